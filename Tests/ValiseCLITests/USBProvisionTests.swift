import Foundation
import Simulator
import TestSupport
import Testing

/// Provisioning over (emulated) USB: slots and cases from the case map, station mode with hooks,
/// unplug and replug in the middle of a job.
@Suite(.serialized) struct USBProvisionTests {
    /// The demo class (agent APK added) copied into the testbed's folder as profiles/5A.yaml.
    static func profiles(in bed: USBTestbed) throws {
        try DemoProfiles.copy(to: bed.folder.file("profiles"))
    }

    static let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

    @Test func aCaseOnUSBIsProvisionedInTheSlotsItsCaseMapGives() throws {
        let fixtures = try (0..<2).map { try TabletFixture(index: 10 + $0) }
        let bed = USBTestbed()
        for (fixture, path) in zip(fixtures, ["1-1.1.1", "1-1.2.1"]) {
            bed.plugged.append(.init(serial: fixture.tablet.serial, port: fixture.tablet.port, portPath: path))
        }
        try Self.profiles(in: bed)
        let run = try bed.run(["\"$VALISE\" keys init --organization Parc >/dev/null",
                               bed.step("provision", "provision --profile profiles/5A.yaml --all --case '\(USBTabletsTests.valise1)'"),
                               bed.step("report", "report --format csv")].joined(separator: "\n"), environment: Self.environment)
        let provision = run.step("provision")
        #expect(provision.status == 0, "\(provision.stdout)\(provision.stderr)\n\(run.output)")
        #expect(provision.stdout.contains("2 of 2 tablets provisioned"), "\(provision.stdout)")
        let lines = run.step("report").stdout.split(separator: "\r\n").dropFirst()
        for (fixture, slot) in zip(fixtures, [1, 5]) {
            #expect(fixture.tablet.persona.isAgentListening)
            #expect(lines.contains { $0.contains(",valise-1,\(slot),DEMO-5A-0\(slot),\(fixture.tablet.serial),") && $0.contains(",provisioned,") },
                    "\(lines)")
        }
    }

    @Test func watchResumesATabletUnpluggedMidJobAndRunsTheHooks() throws {
        // The agent's install takes the tablet about 3 s (`install-rate`): the unplug half a second after the attach
        // lands in the job whatever the bus's speed. The tablet finishes an install it was given (as Android does);
        // it is plugged back once that install is done, so the resumed job finds the agent there.
        let fixture = try TabletFixture(index: 12, faults: ["slow=2ms", "install-rate=100B"])
        let serial = fixture.tablet.serial
        let apps = try #require(fixture.tablet.persona.hostPath(forDevicePath: "/data/app")).path
        let bed = USBTestbed()
        bed.spares.append(.init(serial: serial, port: fixture.tablet.port, portPath: "1-1.1.3"))
        try Self.profiles(in: bed)
        let script = """
            "$VALISE" keys init --organization Parc >/dev/null
            "$VALISE" watch --profile profiles/5A.yaml --case '\(USBTabletsTests.valise1)' \\
                --on-attach 'echo "$SLOT $SERIAL $PORT_PATH $MODEL" >>attach.log' \\
                --on-detach 'echo "$SLOT $SERIAL $PORT_PATH" >>detach.log' >watch.out 2>watch.err & pid=$!
            sleep 1; touch "$CONTROL/plug-\(serial)"
            for i in $(seq 300); do [ -s attach.log ] && break; sleep 0.1; done
            sleep 0.5; touch "$CONTROL/unplug-\(serial)"
            for i in $(seq 300); do [ -s detach.log ] && break; sleep 0.1; done
            "$VALISE" report --format csv >mid.csv
            for i in $(seq 100); do find '\(apps)' -path '*fr.valise.agent-*/base.apk' 2>/dev/null | grep -q . && break; sleep 0.1; done
            sleep 1; touch "$CONTROL/plug-\(serial)"
            for i in $(seq 600); do "$VALISE" report --format csv | grep -q ',provisioned,' && break; sleep 0.2; done
            kill -INT $pid; wait $pid; echo $? >watch.status
            """
        let run = try bed.run(script, environment: Self.environment, timeout: 300)
        let watch = run.step("watch")
        #expect(watch.status == 0, "\(watch.stdout)\(watch.stderr)\n\(run.output)")
        #expect(watch.stdout.contains("1 of 1 tablets provisioned"), "\(watch.stdout)")
        let model = fixture.tablet.persona.identity.model
        let attach = try String(contentsOf: bed.folder.file("attach.log"), encoding: .utf8)
        #expect(attach == "3 \(serial) 1-1.1.3 \(model)\n3 \(serial) 1-1.1.3 \(model)\n", "\(attach)")
        let detach = try String(contentsOf: bed.folder.file("detach.log"), encoding: .utf8)
        #expect(detach == "3 \(serial) 1-1.1.3\n", "\(detach)")
        let mid = try String(contentsOf: bed.folder.file("mid.csv"), encoding: .utf8)
        #expect(!mid.contains(",provisioned,"), "the unplug came after the job finished: \(mid)")
        let applied = fixture.tablet.persona.applications
        #expect(!applied.isEmpty && applied.values.allSatisfy { $0 == 1 }, "applied twice: \(applied)")
    }
}

/// Firmware over (emulated) USB: the tablet reboots to its bootloader and comes back on the same port as a
/// fastboot device, is flashed over its bulk endpoints, then comes back as an ADB device on the new build.
@Suite(.serialized) struct USBFirmwareTests {
    @Test func aTabletOnUSBIsFlashedThroughItsFastbootInterface() throws {
        let fixture = try TabletFixture(index: 13)
        let tablet = fixture.tablet
        let fastbootPort = try #require(tablet.fastbootPort)
        let bed = USBTestbed()
        bed.plugged.append(.init(serial: tablet.serial, port: tablet.port, portPath: "1-1.1.1", options: ["reboots-to=\(fastbootPort)"]))
        try Self.demoFirmware(in: bed)
        let before = tablet.persona.identity.buildFingerprint
        let run = try bed.run(bed.step("flash", "firmware flash --all --catalog firmware/catalog.yaml --case '\(USBTabletsTests.valise1)'"), timeout: 300)
        let flash = run.step("flash")
        #expect(flash.status == 0, "\(flash.stdout)\(flash.stderr)\n\(run.output)")
        #expect(flash.stdout.contains("\(tablet.serial): in fastboot mode"), "\(flash.stdout)")
        #expect(flash.stdout.contains(": confirmed"), "\(flash.stdout)")
        for partition in ["bootloader_a", "boot_a", "vbmeta_a", "system_a"] { #expect(tablet.bootloader.flashCount(partition) == 1, "\(partition)") }
        #expect(tablet.persona.identity.buildFingerprint != before && tablet.mode == .android)
        #expect(run.output.contains("comes back as fastboot at 1-1.1.1") && run.output.contains("comes back as adb at 1-1.1.1"), "\(run.output)")
    }

    /// The demo firmware (Scripts/make-demo-firmware, every board on fastboot) in the testbed's folder, firmware/catalog.yaml.
    static func demoFirmware(in bed: USBTestbed, systemMiB: Int = 0) throws {
        let python = try Tools.locate("python3", package: "python3")
        let made = try Tools.run(python, [ProvisionCLITests.repository.appendingPathComponent("Scripts/make-demo-firmware").path, bed.folder.file("firmware").path, "--all-fastboot"]
                                 + (systemMiB > 0 ? ["--system-mib", "\(systemMiB)"] : []))
        #expect(made.status == 0, "\(made.output)")
    }

    /// A station (`valise watch --firmware-catalog`, hooks to attach.log and detach.log) with `tablet` plugged in at
    /// 1-1.1.2 (slot 2 of valise-1), in Android or in its bootloader; `meanwhile` runs once it is plugged in, and the
    /// station stops once the tablet is provisioned. Its output is step "watch".
    static func station(_ tablet: SimulatedTablet, inBootloader: Bool = false, systemMiB: Int = 0, meanwhile: String = "") throws -> (USBTestbed, USBTestbed.Run) {
        let bed = USBTestbed()
        let fastbootPort = try #require(tablet.fastbootPort)
        bed.spares.append(inBootloader
            ? .init(serial: tablet.serial, port: fastbootPort, portPath: "1-1.1.2", options: ["fastboot", "reboots-to=\(tablet.port)"])
            : .init(serial: tablet.serial, port: tablet.port, portPath: "1-1.1.2", options: ["reboots-to=\(fastbootPort)"]))
        try USBProvisionTests.profiles(in: bed)
        try demoFirmware(in: bed, systemMiB: systemMiB)
        let script = """
            "$VALISE" keys init --organization Parc >/dev/null
            "$VALISE" watch --profile profiles/5A.yaml --case '\(USBTabletsTests.valise1)' --firmware-catalog firmware/catalog.yaml \\
                --on-attach 'echo "$SLOT $SERIAL" >>attach.log' --on-detach 'echo "$SLOT $SERIAL" >>detach.log' >watch.out 2>watch.err & pid=$!
            sleep 1; touch "$CONTROL/plug-\(tablet.serial)"
            \(meanwhile)
            for i in $(seq 900); do "$VALISE" report --format csv | grep -q ',provisioned,' && break; sleep 0.2; done
            sleep 0.5; kill -INT $pid; wait $pid; echo $? >watch.status
            """
        return (bed, try bed.run(script, environment: USBProvisionTests.environment, timeout: 400))
    }

    /// The station flashed `tablet` once (each partition written once) and provisioned it in slot 2; its reboots and
    /// unplugs during the flash were not taken for a tablet leaving: one attach hook, no detach hook.
    static func expectFlashedAndProvisioned(_ tablet: SimulatedTablet, _ bed: USBTestbed, _ run: USBTestbed.Run) throws {
        let watch = run.step("watch")
        #expect(watch.status == 0, "\(watch.stdout)\(watch.stderr)\n\(run.output)")
        #expect(watch.stdout.contains("firmware: [1/4] flashing bootloader") && watch.stdout.contains(": confirmed"), "\(watch.stdout)")
        #expect(watch.stdout.contains("done: provisioned as DEMO-5A-02") && watch.stdout.contains("1 of 1 tablets provisioned"), "\(watch.stdout)")
        for partition in ["bootloader_a", "boot_a", "vbmeta_a", "system_a"] { #expect(tablet.bootloader.flashCount(partition) == 1, "\(partition)") }
        #expect(tablet.persona.isAgentListening && tablet.mode == .android)
        #expect(try String(contentsOf: bed.folder.file("attach.log"), encoding: .utf8) == "2 \(tablet.serial)\n")
        #expect(!FileManager.default.fileExists(atPath: bed.folder.file("detach.log").path), "\(watch.stdout)")
    }

    @Test func stationModeFlashesATabletBehindTheCatalogWithoutTakingItsRebootForAnUnplug() throws {
        let fixture = try TabletFixture(index: 14)
        let (bed, run) = try Self.station(fixture.tablet)
        try Self.expectFlashedAndProvisioned(fixture.tablet, bed, run)
        #expect(run.output.contains("comes back as fastboot at 1-1.1.2") && run.output.contains("comes back as adb at 1-1.1.2"), "\(run.output)")
    }

    @Test func stationModeGoesOnWithAFlashWhenTheTabletIsUnpluggedAndPluggedBackMidPartition() throws {
        // Its storage writes 64 MiB in about 4 s: the unplug lands while system is being written, however busy the machine.
        let fixture = try TabletFixture(index: 16, faults: ["flash-rate=16MB"])
        let serial = fixture.tablet.serial
        let (bed, run) = try Self.station(fixture.tablet, systemMiB: 64, meanwhile: """
            for i in $(seq 600); do grep -q 'flashing system' watch.out && break; sleep 0.05; done
            touch "$CONTROL/unplug-\(serial)"; sleep 1; touch "$CONTROL/plug-\(serial)"
            """)
        try Self.expectFlashedAndProvisioned(fixture.tablet, bed, run)
        #expect(run.step("watch").stdout.contains("Trying system again (attempt 2)."), "\(run.step("watch").stdout)")
    }

    @Test func stationModeFlashesATabletPluggedInFastbootModeThenProvisionsIt() throws {
        let fixture = try TabletFixture(index: 15)
        fixture.tablet.reboot("bootloader")   // left in its bootloader (an earlier flash was interrupted)
        let (bed, run) = try Self.station(fixture.tablet, inBootloader: true)
        try Self.expectFlashedAndProvisioned(fixture.tablet, bed, run)
    }
}
