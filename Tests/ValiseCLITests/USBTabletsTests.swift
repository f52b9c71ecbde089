import Devices
import Foundation
import TestSupport
import Testing

/// `valise` over libusb against emulated USB tablets, each forwarded to a simulated tablet.
@Suite(.serialized) struct USBTabletsTests {
    /// The shipped 16-slot case map (a two-level hub at 1-1).
    static let valise1 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Profiles/cases/valise-1.yaml").standardized.path

    /// Four simulated tablets in slots 1, 2, 5 and 16 of valise-1; a fastboot tablet at 1-2; one held by another program at 1-3.
    static func caseOfFour() throws -> (USBTestbed, [TabletFixture]) {
        let fixtures = try (0..<4).map { try TabletFixture(index: $0) }
        let bed = USBTestbed()
        for (fixture, path) in zip(fixtures, ["1-1.4.4", "1-1.1.1", "1-1.2.1", "1-1.1.2"]) {
            bed.plugged.append(.init(serial: fixture.tablet.serial, port: fixture.tablet.port, portPath: path))
        }
        bed.plugged.append(.init(serial: "VALFASTBOOT", port: 1, portPath: "1-2", options: ["fastboot"]))
        bed.plugged.append(.init(serial: "VALHELD", port: 1, portPath: "1-3"))
        bed.busy = ["VALHELD"]
        return (bed, fixtures)
    }

    @Test func fourTabletsBehindAHubGetTheirSlotsModelsAndStates() throws {
        let (bed, fixtures) = try Self.caseOfFour()
        let run = try bed.run([bed.step("json", "devices --json --case '\(Self.valise1)'"),
                               bed.step("table", "devices --case '\(Self.valise1)'")].joined(separator: "\n"))
        let json = run.step("json")
        #expect(json.status == 0, "\(json.stderr)\n\(run.output)")
        let lines = try JSONDecoder().decode([DeviceSummary].self, from: Data(json.stdout.utf8))
        // Sorted by slot: 1-1.1.1 is slot 1, 1-1.1.2 slot 2, 1-1.2.1 slot 5, 1-1.4.4 slot 16; then the unmapped ones.
        try #require(lines.count == 6, "\(json.stdout)")
        #expect(lines.map(\.slot) == [1, 2, 5, 16, nil, nil])
        #expect(lines.prefix(4).map(\.serial) == [1, 3, 2, 0].map { fixtures[$0].tablet.serial })
        for (line, index) in zip(lines, [1, 3, 2, 0]) {
            let identity = fixtures[index].tablet.persona.identity
            #expect(line.state == .device && line.caseName == "valise-1")
            #expect(line.model == identity.model && line.android == identity.androidRelease && line.battery != nil)
        }
        #expect(lines[0].address == "usb 1-1.1.1")
        let fastboot = try #require(lines.first { $0.serial == "VALFASTBOOT" })
        #expect(fastboot.state == .fastboot && fastboot.address == "usb 1-2")
        let held = try #require(lines.first { $0.serial == "VALHELD" })
        #expect(held.state == .busy)
        #expect(held.problem?.contains("adb kill-server") == true && held.problem?.contains("--via-adb-server") == true)
        let table = run.step("table")
        #expect(table.stdout.hasPrefix("SLOT  SERIAL"), "status \(table.status): \(table.stderr)\n\(run.output)")
        let tableLines = table.stdout.split(separator: "\n")
        #expect(tableLines.count > 1 && tableLines[1].hasPrefix("1     \(fixtures[1].tablet.serial)"))
        #expect(table.stderr.contains("VALHELD") && table.stderr.contains("adb kill-server"))
    }

    @Test func shellPushAndPullOverUSBWithWholePacketPayloads() throws {
        let fixture = try TabletFixture(index: 5)
        let bed = USBTestbed()
        bed.plugged.append(.init(serial: fixture.tablet.serial, port: fixture.tablet.port, portPath: "1-1.3"))
        let serial = fixture.tablet.serial
        // Sizes that make whole 512-byte USB packets (ZLPs), a 1 MiB packet exactly, and odd ones.
        let sizes = [512, 4096, 65536, 1 << 20, (3 << 20) + 512, 100_001]
        for size in sizes { try Data(pseudoRandomBytes(size, seed: UInt64(size))).write(to: bed.folder.file("f\(size).bin")) }
        var script = [bed.step("shell", "shell \(serial) 'getprop ro.serialno; exit 7'")]
        for size in sizes {
            script.append(bed.step("push\(size)", "push \(serial) f\(size).bin /sdcard/Download/f\(size).bin"))
            script.append(bed.step("pull\(size)", "pull \(serial) /sdcard/Download/f\(size).bin back\(size).bin"))
        }
        let run = try bed.run(script.joined(separator: "\n"))
        let shell = run.step("shell")
        #expect(shell.status == 7 && shell.stdout == serial + "\n", "\(shell.stderr)\n\(run.output)")
        for size in sizes {
            #expect(run.step("push\(size)").status == 0, "push \(size): \(run.step("push\(size)").stderr)\n\(run.output)")
            #expect(run.step("pull\(size)").status == 0, "pull \(size): \(run.step("pull\(size)").stderr)")
            let back = try Data(contentsOf: bed.folder.file("back\(size).bin"))
            #expect(back == Data(pseudoRandomBytes(size, seed: UInt64(size))), "size \(size)")
        }
        #expect(!run.output.contains("adbd would drop the connection"), "\(run.output)")
    }

    @Test func unplugDuringAPushFailsAtOnceSayingUnplugged() throws {
        let fixture = try TabletFixture(index: 6)
        let bed = USBTestbed()
        let serial = fixture.tablet.serial
        bed.plugged.append(.init(serial: serial, port: fixture.tablet.port, portPath: "1-1.2"))
        // The unplug comes once the tablet has begun writing the file (its partial copy appears).
        let sdcard = try #require(fixture.tablet.persona.hostPath(forDevicePath: "/sdcard")).path
        let script = """
            truncate -s 512M big.bin
            "$VALISE" push \(serial) big.bin /sdcard/big.bin >push.out 2>push.err & pid=$!
            for i in $(seq 1200); do ls -A '\(sdcard)' | grep -q '^\\.big\\.bin\\.sync-' && break; sleep 0.05; done
            date +%s.%N >unplugged.at; touch "$CONTROL/unplug-\(serial)"
            wait $pid; echo $? >push.status; date +%s.%N >ended.at
            """
        let run = try bed.run(script, timeout: 300)
        let push = run.step("push")
        #expect(push.status == 1, "\(push.stdout)\(push.stderr)\n\(run.output)")
        #expect(push.stderr.contains("disconnected") && push.stderr.contains("unplugged"), "\(push.stderr)")
        #expect(push.stderr.contains("slot") || push.stderr.contains("usb 1-1.2"), "\(push.stderr)")
        let unplugged = Double(try String(contentsOf: bed.folder.file("unplugged.at"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let ended = Double(try String(contentsOf: bed.folder.file("ended.at"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1e12
        #expect(ended - unplugged < 3, "the push took \(ended - unplugged) s to notice the unplug")
    }

    @Test func watchPrintsArrivalsAndDepartures() throws {
        let fixture = try TabletFixture(index: 7)
        let bed = USBTestbed()
        let serial = fixture.tablet.serial
        bed.spares.append(.init(serial: serial, port: fixture.tablet.port, portPath: "1-1.1.3"))
        let script = """
            "$VALISE" devices --watch --json --watch-seconds 7 --case '\(Self.valise1)' >watch.out 2>watch.err & pid=$!
            sleep 2; touch "$CONTROL/plug-\(serial)"
            sleep 2.5; touch "$CONTROL/unplug-\(serial)"
            wait $pid; echo $? >watch.status
            """
        let run = try bed.run(script, timeout: 300)
        let watch = run.step("watch")
        #expect(watch.status == 0, "\(watch.stderr)\n\(run.output)")
        struct Event: Decodable { var event: String; var tablet: DeviceSummary }
        let events = try watch.stdout.split(separator: "\n").map { try JSONDecoder().decode(Event.self, from: Data($0.utf8)) }
        #expect(events.map(\.event) == ["arrived", "left"], "\(watch.stdout)\n\(run.output)")
        #expect(events.first?.tablet.serial == serial && events.first?.tablet.slot == 3 && events.first?.tablet.state == .device)
        #expect(events.first?.tablet.model == fixture.tablet.persona.identity.model)
        #expect(events.last?.tablet.serial == serial && events.last?.tablet.slot == 3)
    }
}
