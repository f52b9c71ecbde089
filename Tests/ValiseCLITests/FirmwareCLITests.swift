import Devices
import Foundation
import Simulator
import Testing
import TestSupport

/// `valise firmware check` and `flash` against simulated tablets over TCP (ADB, then fastboot over TCP).
@Suite(.serialized) struct FirmwareCLITests {
    @Test func checkThenFlashACaseOfThree() throws {
        // 0: an SM-T220 behind the catalog; 1: its bootloader says another board; 2: its first download is cut.
        let fixture = try FirmwareCLIFixture(faults: [[], ["board=gta9wifi"], ["fastboot-drop-after=16KiB"]])
        let (a, b, c) = (fixture.tablets[0], fixture.tablets[1], fixture.tablets[2])
        let catalog = ["--catalog", fixture.catalog.path]

        let check = try fixture.valise(["check"] + catalog + fixture.addresses)
        #expect(check.status == 2, "\(check.output)")
        #expect(check.text.hasPrefix("SERIAL  "), "\(check.output)")
        for tablet in fixture.tablets { #expect(check.text.split(separator: "\n").contains { $0.hasPrefix(tablet.serial) && $0.hasSuffix("needs flashing") }, "\(check.output)") }
        #expect(check.stderr.contains("\(a.serial): build "), "\(check.output)")

        let flash = try fixture.valise(["flash", "--all"] + catalog + fixture.addresses)
        #expect(flash.status == 2, "\(flash.output)")
        #expect(flash.text.contains("\(a.serial): [1/4] flashing bootloader (64 KiB)"), "\(flash.output)")
        #expect(flash.text.contains("\(a.serial): restarting the bootloader"), "\(flash.output)")
        #expect(flash.text.contains("\(a.serial): runs T220XXU9ZZA1, security patch 2026-06-01: confirmed"), "\(flash.output)")
        #expect(flash.text.contains("\(c.serial): Tablet \(c.serial) (tcp:127.0.0.1:\(c.fastbootPort ?? 0)) was disconnected while sending partition bootloader. Trying bootloader again (attempt 2)."), "\(flash.output)")
        #expect(flash.text.contains("\(c.serial): runs X200XXU9ZZA1, security patch 2026-06-01: confirmed"), "\(flash.output)")
        let rows = flash.text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(rows.contains(["SERIAL", "MODEL", "BEFORE", "AFTER", "RESULT"]), "\(flash.output)")
        #expect(rows.contains { $0.first == a.serial && $0.suffix(2) == ["T220XXU9ZZA1", "flashed"] }, "\(flash.output)")
        #expect(rows.contains { $0.first == b.serial && $0.suffix(3) == ["refused:", "wrong", "board"] }, "\(flash.output)")
        #expect(rows.contains { $0.first == c.serial && $0.suffix(4) == ["X200XXU9ZZA1", "flashed", "(1", "retried)"] }, "\(flash.output)")
        #expect(flash.stderr.contains("Error: Tablet \(b.serial) (127.0.0.1:\(b.port)) is a gta9wifi, not a X306F: the firmware was not flashed."), "\(flash.output)")
        #expect(flash.stderr.contains("Nothing was written."), "\(flash.output)")
        #expect(flash.stderr.contains("Help: docs/troubleshooting.md#firmware-wrong-board"), "\(flash.output)")

        // Nothing reached the wrong board, which went back to Android; the cut partition was written once, the others once.
        for partition in ["bootloader_a", "boot_a", "vbmeta_a", "system_a"] {
            #expect(b.bootloader.flashCount(partition) == 0)
            #expect(a.bootloader.flashCount(partition) == 1)
            #expect(c.bootloader.flashCount(partition) == 1)
        }
        fixture.waitForAndroid()
        #expect(b.mode == .android)
        #expect(a.persona.identity.buildFingerprint == (try fixture.catalogFingerprint("gta7litewifi")))
        #expect(a.persona.identity.securityPatch == "2026-06-01")
        #expect(c.persona.identity.buildFingerprint == (try fixture.catalogFingerprint("gta8wifi")))

        let after = try fixture.valise(["check"] + catalog + fixture.addresses)
        let lines = after.text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix(a.serial) && $0.contains("T220XXU9ZZA1") && $0.hasSuffix("up to date") }, "\(after.output)")
        #expect(lines.contains { $0.hasPrefix(c.serial) && $0.hasSuffix("up to date") }, "\(after.output)")
        #expect(lines.contains { $0.hasPrefix(b.serial) && $0.hasSuffix("needs flashing") }, "\(after.output)")

        // Up to date: nothing to do.
        let again = try fixture.valise(["flash", "--serial", a.serial] + catalog + fixture.addresses)
        #expect(again.status == 0, "\(again.output)")
        #expect(a.bootloader.flashCount("boot_a") == 1)
    }

    @Test func anInterruptedFlashGoesOnFromThePartitionThatFailed() throws {
        let fixture = try FirmwareCLIFixture(faults: [[]], systemMiB: 48)
        let tablet = fixture.tablets[0]
        let arguments = ["flash", "--serial", tablet.serial, "--catalog", fixture.catalog.path] + fixture.addresses
        let first = try fixture.valise(arguments, killAt: "[4/4] flashing system")
        #expect(first.contains("vbmeta done"), "\(first)")
        #expect(tablet.mode == .fastboot)
        #expect(tablet.bootloader.flashCount("system_a") == 0)

        // The tablet stays in fastboot mode: found there by its fastboot endpoint, and flashed from system on.
        let second = try fixture.valise(arguments)
        #expect(second.status == 0, "\(second.output)")
        #expect(second.text.contains("\(tablet.serial): going on from partition system (the earlier ones were flashed before)"), "\(second.output)")
        #expect(!second.text.contains("flashing boot "), "\(second.output)")
        #expect(second.text.split(separator: "\n").contains { $0.hasPrefix(tablet.serial) && $0.contains("(fastboot mode)") && $0.hasSuffix("flashed") }, "\(second.output)")
        #expect(second.text.contains("\(tablet.serial): [4/4] system 50 %"), "\(second.output)")
        for partition in ["bootloader_a", "boot_a", "vbmeta_a", "system_a"] { #expect(tablet.bootloader.flashCount(partition) == 1) }
        #expect(tablet.persona.identity.buildFingerprint == (try fixture.catalogFingerprint("gta7litewifi")))
    }

    @Test func aBadCatalogOrMissingEndpointIsExplained() throws {
        let fixture = try FirmwareCLIFixture(faults: [[]])
        let bad = fixture.folder.appendingPathComponent("bad.yaml")
        try Data("products:\n  gta7litewifi:\n    bootloadr: X\n".utf8).write(to: bad)
        let run = try fixture.valise(["check", "--catalog", bad.path, "--tcp", "127.0.0.1:\(fixture.tablets[0].port)"])
        #expect(run.status == 65, "\(run.output)")
        #expect(run.stderr.contains("Error: The firmware catalog has 5 problems:"), "\(run.output)")
        #expect(run.stderr.contains("\(bad.path):3:5: unknown key 'bootloadr' in product 'gta7litewifi' — did you mean 'bootloader'?"), "\(run.output)")

        let tablet = fixture.tablets[0]
        let flash = try fixture.valise(["flash", "--all", "--catalog", fixture.catalog.path, "--tcp", "127.0.0.1:\(tablet.port)"])
        #expect(flash.status == 2, "\(flash.output)")
        #expect(flash.stderr.contains("Valise does not know where tablet 127.0.0.1:\(tablet.port) answers fastboot."), "\(flash.output)")
        #expect(flash.stderr.contains("Fix: Give --fastboot-tcp HOST:PORT for each --tcp tablet, in the same order"), "\(flash.output)")
        let mismatch = try fixture.valise(["flash", "--all", "--catalog", fixture.catalog.path, "--tcp", "127.0.0.1:\(tablet.port)",
                                           "--fastboot-tcp", "127.0.0.1:1-2"])
        #expect(mismatch.status == 64, "\(mismatch.output)")
    }
}
