import Foundation
import Simulator
import TestSupport
import Testing

/// Samsung tablets flashed over (emulated) USB with the demo catalog's Download-mode packages: `adb reboot
/// download`, found again in Download mode (04E8:685D) on the same port, flashed, back in Android with the new
/// build; a Lenovo tablet of the same case flashed through fastboot at the same time.
@Suite(.serialized) struct USBSamsungTests {
    /// The demo firmware (Samsung boards in Download mode) in the testbed's folder, firmware/catalog.yaml.
    static func demoFirmware(in bed: USBTestbed) throws {
        let python = try Tools.locate("python3", package: "python3")
        let made = try Tools.run(python, [ProvisionCLITests.repository.appendingPathComponent("Scripts/make-demo-firmware").path, bed.folder.file("firmware").path])
        #expect(made.status == 0, "\(made.output)")
    }

    /// `tablet` plugged at `portPath`: a Samsung one comes back in Download mode there, another in fastboot mode.
    static func plug(_ tablet: SimulatedTablet, at portPath: String) throws -> USBTestbed.Plug {
        let option = try tablet.downloadPort.map { "download-to=\($0)" } ?? "reboots-to=\(try #require(tablet.fastbootPort))"
        return .init(serial: tablet.serial, port: tablet.port, portPath: portPath, options: [option])
    }

    @Test func aMixedCaseIsFlashedAtOnceAndAnOlderPackageIsRefusedNamingTheSlot() throws {
        let fixtures = try (18...20).map { try TabletFixture(index: $0) }   // kept alive: their tablets stop with them
        let (t220, lenovo, x200) = (fixtures[0].tablet, fixtures[1].tablet, fixtures[2].tablet)
        x200.persona.bootFlashedBuild(["bootloader": "X200XXUAZZB1"])   // binary revision A: the catalog's 9 is older
        let bed = USBTestbed()
        bed.plugged = [try Self.plug(t220, at: "1-1.1.1"), try Self.plug(lenovo, at: "1-1.1.2"), try Self.plug(x200, at: "1-1.2.1")]
        try Self.demoFirmware(in: bed)
        let options = "--catalog firmware/catalog.yaml --case '\(USBTabletsTests.valise1)'"
        let run = try bed.run([bed.step("before", "firmware check \(options)"), bed.step("flash", "firmware flash --all \(options)"),
                               bed.step("after", "firmware check \(options)")].joined(separator: "\n"), timeout: 400)
        let (before, flash, after) = (run.step("before"), run.step("flash"), run.step("after"))
        #expect(before.status == 2 && before.stdout.components(separatedBy: "needs flashing").count == 4, "\(before.stdout)\(before.stderr)")
        #expect(flash.status == 2, "\(flash.stdout)\(flash.stderr)\n\(run.output)")
        #expect(flash.stdout.contains("\(t220.serial): rebooting to Download mode"), "\(flash.stdout)")
        #expect(flash.stdout.contains("\(t220.serial): in Download mode (usb 1-1.1.1)"), "\(flash.stdout)")
        #expect(flash.stdout.contains("\(t220.serial): [2/4] sending AP"), "\(flash.stdout)")
        #expect(flash.stdout.contains("\(t220.serial): runs T220XXU9ZZA1, security patch 2026-06-01: confirmed"), "\(flash.stdout)\(flash.stderr)\n\(run.output)")
        #expect(flash.stdout.contains("\(lenovo.serial): [1/4] flashing bootloader"), "\(flash.stdout)")
        #expect(flash.stderr.contains("Error: Tablet \(x200.serial) (slot 5 of valise-1, usb 1-2.1) runs bootloader X200XXUAZZB1 (binary revision A)")
                || flash.stderr.contains("runs bootloader X200XXUAZZB1 (binary revision A); the catalog's X200XXU9ZZA1 is revision 9: the firmware was not flashed."),
                "\(flash.stderr)")
        #expect(flash.stderr.contains("Fix: Put packages of revision A or later"), "\(flash.stderr)")
        #expect(flash.stdout.contains("refused: older than installed"), "\(flash.stdout)")
        #expect(Set(t220.downloadMode?.partitions.keys.map { $0 } ?? []) == ["BOOTLOADER", "BOOT", "VBMETA", "SUPER", "RADIO", "CACHE"])
        #expect(lenovo.bootloader.flashCount("system_a") == 1)
        #expect(x200.downloadMode?.sessions == 0 && x200.mode == .android)
        #expect(run.output.contains("\(t220.serial) comes back as odin at 1-1.1.1") && run.output.contains("\(t220.serial) comes back as adb at 1-1.1.1"),
                "\(run.output)")
        #expect(after.stdout.components(separatedBy: "up to date").count == 3 && after.stdout.contains("needs flashing"), "\(after.stdout)")
        if ProcessInfo.processInfo.environment["VALISE_SHOW_TOOL_OUTPUT"] == "1" { print(before.stdout + before.stderr + flash.stdout + flash.stderr + after.stdout) }
        withExtendedLifetime(fixtures) {}
    }

    @Test func provisionFlashesASamsungTabletThroughDownloadModeThenProvisionsIt() throws {
        let fixture = try TabletFixture(index: 24)   // an SM-T220
        let tablet = fixture.tablet
        let bed = USBTestbed()
        bed.plugged = [try Self.plug(tablet, at: "1-1.1.2")]
        try USBProvisionTests.profiles(in: bed)
        try Self.demoFirmware(in: bed)
        let run = try bed.run(["\"$VALISE\" keys init --organization Parc >/dev/null",
                               bed.step("provision", "provision --profile profiles/5A.yaml --all --case '\(USBTabletsTests.valise1)' --firmware-catalog firmware/catalog.yaml")]
                                .joined(separator: "\n"), environment: USBProvisionTests.environment, timeout: 400)
        let provision = run.step("provision")
        #expect(provision.status == 0, "\(provision.stdout)\(provision.stderr)\n\(run.output)")
        #expect(provision.stdout.contains("firmware: in Download mode (usb 1-1.1.2)"), "\(provision.stdout)")
        #expect(provision.stdout.contains("firmware: runs T220XXU9ZZA1, security patch 2026-06-01: confirmed"), "\(provision.stdout)")
        #expect(provision.stdout.contains("done: provisioned as DEMO-5A-02"), "\(provision.stdout)")
        #expect(tablet.persona.isAgentListening && tablet.persona.identity.securityPatch == "2026-06-01")
        withExtendedLifetime(fixture) {}
    }

    @Test func aStationTakesUpATabletLeftInDownloadModeFlashesItThenProvisionsIt() throws {
        let fixture = try TabletFixture(index: 30)   // an SM-T220, left in Download mode by a cut
        let tablet = fixture.tablet
        let downloadPort = try #require(tablet.downloadPort)
        tablet.reboot("download")
        let bed = USBTestbed()
        bed.spares = [.init(serial: tablet.serial, port: downloadPort, portPath: "1-1.1.2", options: ["odin", "download-to=\(downloadPort)", "android-to=\(tablet.port)"])]
        let (run, watch) = try Self.station(plugging: tablet, in: bed)
        #expect(watch.status == 0, "\(watch.stdout)\(watch.stderr)\n\(run.output)")
        #expect(watch.stdout.contains("firmware: in Download mode (usb 1-1.1.2)"), "\(watch.stdout)")
        #expect(!watch.stdout.contains("rebooting to Download mode"), "\(watch.stdout)")
        #expect(watch.stdout.contains("firmware: runs T220XXU9ZZA1, security patch 2026-06-01: confirmed"), "\(watch.stdout)")
        #expect(watch.stdout.contains("done: provisioned as DEMO-5A-02"), "\(watch.stdout)")
        #expect(tablet.persona.isAgentListening && tablet.mode == .android)
        #expect(!FileManager.default.fileExists(atPath: bed.folder.file("detach.log").path), "\(watch.stdout)")
        withExtendedLifetime(fixture) {}
    }

    @Test func aStationFlashesASamsungTabletPluggedInAndroidWithoutTakingItsTripToDownloadModeForAnUnplug() throws {
        let fixture = try TabletFixture(index: 36)   // an SM-T220
        let tablet = fixture.tablet
        let bed = USBTestbed()
        bed.spares = [try Self.plug(tablet, at: "1-1.1.2")]
        let (run, watch) = try Self.station(plugging: tablet, in: bed)
        #expect(watch.status == 0, "\(watch.stdout)\(watch.stderr)\n\(run.output)")
        #expect(watch.stdout.contains("firmware: rebooting to Download mode") && watch.stdout.contains("firmware: in Download mode (usb 1-1.1.2)"), "\(watch.stdout)")
        #expect(watch.stdout.contains("firmware: runs T220XXU9ZZA1, security patch 2026-06-01: confirmed"), "\(watch.stdout)")
        #expect(watch.stdout.contains("done: provisioned as DEMO-5A-02") && watch.stdout.contains("1 of 1 tablets provisioned"), "\(watch.stdout)")
        #expect(try String(contentsOf: bed.folder.file("attach.log"), encoding: .utf8) == "2 \(tablet.serial)\n")
        #expect(!FileManager.default.fileExists(atPath: bed.folder.file("detach.log").path), "\(watch.stdout)")
        #expect(tablet.persona.isAgentListening && tablet.downloadMode?.sessions == 1)
        withExtendedLifetime(fixture) {}
    }

    /// Station mode with the demo catalog: `tablet` plugged in a second after `watch` starts, which is stopped with
    /// Ctrl-C once the tablet is provisioned; the testbed's run and the watch step.
    static func station(plugging tablet: SimulatedTablet, in bed: USBTestbed) throws -> (USBTestbed.Run, USBTestbed.Step) {
        try USBProvisionTests.profiles(in: bed)
        try demoFirmware(in: bed)
        let script = """
            "$VALISE" keys init --organization Parc >/dev/null
            "$VALISE" watch --profile profiles/5A.yaml --case '\(USBTabletsTests.valise1)' --firmware-catalog firmware/catalog.yaml \\
                --on-attach 'echo "$SLOT $SERIAL" >>attach.log' --on-detach 'echo "$SLOT $SERIAL" >>detach.log' >watch.out 2>watch.err & pid=$!
            sleep 1; touch "$CONTROL/plug-\(tablet.serial)"
            for i in $(seq 900); do "$VALISE" report --format csv | grep -q ',provisioned,' && break; sleep 0.2; done
            sleep 0.5; kill -INT $pid; wait $pid; echo $? >watch.status
            """
        let run = try bed.run(script, environment: USBProvisionTests.environment, timeout: 400)
        return (run, run.step("watch"))
    }
}
