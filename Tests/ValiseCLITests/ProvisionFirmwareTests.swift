import Foundation
import Simulator
import Testing
import TestSupport

/// `valise provision --firmware-catalog`: the engine's firmware step flashes the tablets behind the catalog
/// (over fastboot, each image read once for the case), then every other step runs on the new build.
@Suite(.serialized) struct ProvisionFirmwareTests {
    /// The demo class with an agent, in the fixture's folder; the environment with the parc keys made.
    static func classFile(_ fixture: FirmwareCLIFixture) throws -> (URL, [String: String]) {
        let classFile = try DemoProfiles.copy(to: fixture.folder.appendingPathComponent("profiles"))
        var environment = fixture.environment
        environment["VALISE_DEMO_WIFI_PSK"] = "valise-demo-wifi"
        #expect(try Tools.run(CLITests.binary.path, ["keys", "init", "--organization", "Parc"], environment: environment).status == 0)
        return (classFile, environment)
    }

    @Test func aTabletInFastbootModeWithABoardTheCatalogLacksStopsWithTheFix() throws {
        let fixture = try FirmwareCLIFixture(faults: [[], ["board=rk3566tab"]])
        let (a, b) = (fixture.tablets[0], fixture.tablets[1])
        b.reboot("bootloader")
        let (classFile, environment) = try Self.classFile(fixture)
        let run = try Tools.run(CLITests.binary.path, ["provision", "--profile", classFile.path, "--all", "--firmware-catalog", fixture.catalog.path]
                                + fixture.addresses, environment: environment, timeout: 300)
        #expect(run.status == 2, "\(run.output)")
        #expect(run.text.contains("failed: Tablet \(b.serial) (127.0.0.1:\(b.port)) is in fastboot mode, and the catalog has no entry for its board rk3566tab."),
                "\(run.output)")
        #expect(run.text.contains("Fix: Add an entry for rk3566tab to the catalog"), "\(run.output)")
        #expect(run.text.contains("1 of 2 tablets provisioned"), "\(run.output)")
        #expect(a.persona.isAgentListening && b.mode == .fastboot)
        for partition in ["bootloader_a", "boot_a", "vbmeta_a", "system_a"] { #expect(b.bootloader.flashCount(partition) == 0) }
    }

    @Test func aCaseIsFlashedThenProvisioned() throws {
        // 0 and 2 are behind the demo catalog; 1 has a bootloader of another board and is refused before any write.
        let fixture = try FirmwareCLIFixture(faults: [[], ["board=gta9wifi"], []])
        let (a, b, c) = (fixture.tablets[0], fixture.tablets[1], fixture.tablets[2])
        let (classFile, environment) = try Self.classFile(fixture)
        let valise = CLITests.binary.path

        let run = try Tools.run(valise, ["provision", "--profile", classFile.path, "--all", "--firmware-catalog", fixture.catalog.path]
                                + fixture.addresses, environment: environment, timeout: 300)
        #expect(run.status == 2, "\(run.output)")
        #expect(run.text.contains("firmware: [1/4] flashing bootloader"), "\(run.output)")
        #expect(run.text.contains("\(a.serial)  firmware: runs T220XXU9ZZA1, security patch 2026-06-01: confirmed"), "\(run.output)")
        #expect(run.text.contains("2 of 3 tablets provisioned"), "\(run.output)")
        #expect(run.text.contains("is a gta9wifi, not a X306F: the firmware was not flashed."), "\(run.output)")
        // The summary names the refused tablet (its serial was read before the flash was refused).
        #expect(run.text.split(separator: "\n").contains { $0.hasPrefix("02 ") && $0.contains("DEMO-5A-02  \(b.serial)  needs a hand") },
                "\(run.output)")
        for partition in ["bootloader_a", "boot_a", "vbmeta_a", "system_a"] {
            #expect(a.bootloader.flashCount(partition) == 1 && c.bootloader.flashCount(partition) == 1)
            #expect(b.bootloader.flashCount(partition) == 0)
        }
        // Provisioned on the new build: agent, owner and bundle after the flash.
        for tablet in [a, c] {
            #expect(tablet.persona.isAgentListening && tablet.persona.identity.securityPatch == "2026-06-01")
            #expect(tablet.persona.identity.timeZone == "America/Marigot")
        }
        #expect(!b.persona.isAgentListening)

        let report = try Tools.run(valise, ["report", "--format", "csv"], environment: environment)
        #expect(report.text.contains(a.serial) && report.text.contains("T220XXU9ZZA1"), "\(report.output)")
    }
}
