import Devices
import Foundation
import Testing
import TestSupport
import Transports

/// Valise next to Debian's adb (libusb backend) holding the emulated tablets, and `valise doctor`.
@Suite(.serialized) struct USBAdbServerTests {
    @Test func viaAdbServerListsShellsPushesAndPullsWhileLibusbSeesBusy() throws {
        let adb = try Tools.locate("adb", package: "adb")
        let fixtures = try (0..<2).map { try TabletFixture(index: 10 + $0) }
        let bed = USBTestbed()
        bed.oddMaxData = true   // Debian's adb 29 mishandles ZLPs (docs/usb.md)
        for (fixture, path) in zip(fixtures, ["1-1.1.1", "1-1.1.2"]) {
            bed.plugged.append(.init(serial: fixture.tablet.serial, port: fixture.tablet.port, portPath: path))
        }
        let serial = fixtures[1].tablet.serial
        try Data(pseudoRandomBytes(3 << 20)).write(to: bed.folder.file("cours.bin"))
        let probe = try TCPSocket.listen(host: "127.0.0.1", port: 0)
        let port = probe.localPort
        probe.close()
        let map = USBTabletsTests.valise1
        let script = """
            trap '\(adb) kill-server >/dev/null 2>&1' EXIT
            \(adb) start-server >/dev/null 2>&1
            for i in $(seq 1 50); do [ "$(\(adb) devices | grep -c 'device$')" -ge 2 ] && break; sleep 0.2; done
            \(adb) devices -l >adb.out
            \(bed.step("server", "devices --json --via-adb-server --case '\(map)'"))
            \(bed.step("shell", "shell --via-adb-server \(serial) 'echo bonjour; exit 4'"))
            \(bed.step("push", "push --via-adb-server \(serial) cours.bin /sdcard/cours.bin"))
            \(bed.step("pull", "pull --via-adb-server \(serial) /sdcard/cours.bin retour.bin"))
            \(bed.step("libusb", "devices --json --case '\(map)'"))
            \(bed.step("doctor", "doctor --case '\(map)' --rules-dir '\(bed.folder.url.path)/none'"))
            """
        let run = try bed.run(script, environment: ["ADB_LIBUSB": "1", "ANDROID_ADB_SERVER_PORT": String(port)], timeout: 300)
        let listed = (try? String(contentsOf: bed.folder.file("adb.out"), encoding: .utf8)) ?? ""
        for fixture in fixtures { #expect(listed.contains("\(fixture.tablet.serial)") && listed.contains(" device "), "\(listed)\n\(run.output)") }

        let server = run.step("server")
        #expect(server.status == 0, "\(server.stderr)\n\(run.output)")
        let lines = try JSONDecoder().decode([DeviceSummary].self, from: Data(server.stdout.utf8))
        #expect(lines.map(\.serial) == fixtures.map(\.tablet.serial))
        #expect(lines.map(\.slot) == [1, 2] && lines.allSatisfy { $0.state == .device && $0.battery != nil })
        #expect(lines.map(\.model) == fixtures.map(\.tablet.persona.identity.model))

        let shell = run.step("shell")
        #expect(shell.status == 4 && shell.stdout == "bonjour\n", "\(shell.stderr)")
        #expect(run.step("push").status == 0, "\(run.step("push").stderr)\n\(run.output)")
        #expect(run.step("pull").status == 0, "\(run.step("pull").stderr)")
        #expect(try Data(contentsOf: bed.folder.file("retour.bin")) == Data(pseudoRandomBytes(3 << 20)))

        // libusb directly: the server holds both tablets, so both are busy, with the fix.
        let direct = try JSONDecoder().decode([DeviceSummary].self, from: Data(run.step("libusb").stdout.utf8))
        #expect(direct.map(\.state) == [.busy, .busy] && direct.map(\.slot) == [1, 2], "\(run.step("libusb").stdout)")

        let doctor = run.step("doctor")
        #expect(doctor.status == 2)
        #expect(doctor.stdout.contains("warning  adb-server: An adb server on 127.0.0.1:\(port) holds 2 tablets"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("(usb 1-1.1.1)"))
        #expect(doctor.stdout.contains("2 tablets held by another program: slot 1"))
        #expect(doctor.stdout.contains("problem  udev:") && doctor.stdout.contains("sudo valise setup-usb"))
    }

    @Test func doctorAfterSetupUSBFindsTheRulesAndCountsTabletsPerRootPort() throws {
        let fixtures = try (0..<4).map { try TabletFixture(index: 20 + $0) }
        let bed = USBTestbed()
        for (index, fixture) in fixtures.enumerated() {
            bed.plugged.append(.init(serial: fixture.tablet.serial, port: fixture.tablet.port, portPath: "1-1.1.\(index + 1)"))
        }
        let rules = bed.folder.file("rules").path
        let script = [bed.step("setup", "setup-usb --rules-dir '\(rules)' --no-reload"), bed.step("keys", "keys init --organization Parc"),
                      bed.step("fine", "doctor --rules-dir '\(rules)' --case '\(USBTabletsTests.valise1)'"),
                      bed.step("crowded", "doctor --json --rules-dir '\(rules)' --max-per-root-port 3")].joined(separator: "\n")
        let run = try bed.run(script, environment: ["ANDROID_ADB_SERVER_PORT": "1"])
        #expect(run.step("setup").status == 0, "\(run.step("setup").stderr)")
        let written = try String(contentsOfFile: rules + "/70-valise-tablets.rules", encoding: .utf8)
        #expect(written.split(separator: "\n").filter { $0.hasPrefix("SUBSYSTEM==\"usb\"") && $0.contains("TAG+=\"uaccess\"") }.count == 18)
        let fine = run.step("fine")
        #expect(fine.status == 0, "\(fine.stdout)\(fine.stderr)\n\(run.output)")
        #expect(fine.stdout.contains("ok       usb: libusb") && fine.stdout.contains("4 tablets"))
        #expect(fine.stdout.contains("ok       udev: udev rules for Android tablets: \(rules)/70-valise-tablets.rules (18 vendors)"))
        #expect(fine.stdout.contains("4 tablets of 4 answer over USB") && fine.stdout.contains("1-1: 4"))
        let crowded = run.step("crowded")
        #expect(crowded.status == 2)
        let findings = try JSONDecoder().decode([DoctorFinding].self, from: Data(crowded.stdout.utf8))
        let ports = try #require(findings.first { $0.check == "root-ports" })
        #expect(ports.level == .warning && ports.message.contains("1-1 has 4") && ports.fix?.contains("another USB port") == true)
    }
}
