import Devices
import Fastboot
import Foundation
import Simulator
import Testing
import TestSupport

/// Valise's FastbootDevice against the simulated tablet over TCP.
@Suite struct FastbootDeviceTests {
    @Test func getvarReadsTheBootloaderVariables() throws {
        let fixture = try FastbootFixture(index: 1)
        do {
            _ = try FastbootDevice.connect(fixture.address, timeout: .seconds(2))
            Issue.record("fastboot answered while the tablet runs Android")
        } catch {
            #expect(error.kind == .unreachable)
        }
        fixture.enterFastboot()
        let device = try FastbootDevice.connect(fixture.address)
        defer { device.close() }
        let identity = fixture.tablet.persona.identity
        #expect(device.label == "\(identity.serial) (tcp:127.0.0.1:\(fixture.port))")
        #expect(try device.getVar("product") == identity.device)
        #expect(try device.maxDownloadSize() == 0x1000_0000)
        #expect(try device.getVar("current-slot") == "a")
        #expect(try device.getVar("has-slot:boot") == "yes")
        #expect(try device.getVar("partition-size:boot_a") == "0x4000000")
        #expect(try device.getVar("unlocked") == "yes")
        #expect(try device.getVar("is-userspace") == "no")
        try device.setActive(.b)
        #expect(try device.getVar("current-slot") == "b")
        #expect(throws: FastbootError.self) { try device.getVar("no-such-variable") }
        _ = try device.run(.getVar("all"))
        #expect(device.messages.contains { $0.text == "slot-count:2" })
    }

    @Test func aSparseImageLargerThanMaxDownloadSizeIsSplitAndReassembled() throws {
        let fixture = try FastbootFixture(index: 3, faults: ["max-download=1MiB"])
        fixture.enterFastboot()
        let source = SparseFixture.bytes(3 << 20, seed: 21)
        let layout = SparseImageLayout(blockSize: 4096, totalBlocks: 1200, chunks: [
            .init(.raw(sourceOffset: 0, sourceLength: 1 << 20), block: 0, blocks: 256),
            .init(.fill(0x0102_0304), block: 256, blocks: 100),
            .init(.raw(sourceOffset: 1 << 20, sourceLength: 2 << 20), block: 600, blocks: 512),
        ])
        let sparse = SparseImageWriter.serialize(layout, source: source)
        var expanded: [UInt8] = []
        try SparseFixture.apply(sparse, to: &expanded)
        let image = DebianFastbootTests.write(sparse, to: fixture.file("system.sparse.img"))
        let raw = DebianFastbootTests.write(expanded, to: fixture.file("system.raw.img"))

        let device = try FastbootDevice.connect(fixture.address)
        defer { device.close() }
        let report = try device.flash("system", image: image)
        #expect(report.pieces == 4)
        #expect(fixture.tablet.bootloader.flashCount("system_a") == 4)
        #expect(fixture.tablet.bootloader.flashedDigest("system_a") == DebianFastbootTests.sha256(raw))

        // A raw image over the limit goes the same way.
        let rawReport = try device.flash("boot_b", image: raw)
        #expect(rawReport.pieces > 1)
        #expect(fixture.tablet.bootloader.flashedDigest("boot_b") == DebianFastbootTests.sha256(raw))
    }

    @Test func aLockedBootloaderRefusesWithPlainWords() throws {
        let fixture = try FastbootFixture(index: 4, faults: ["locked"])
        fixture.enterFastboot()
        let device = try FastbootDevice.connect(fixture.address)
        defer { device.close() }
        let image = DebianFastbootTests.write(FastbootFixture.image(size: 64 << 10, seed: 1), to: fixture.file("boot.img"))
        #expect(try device.getVar("unlocked") == "no")
        do {
            try device.flash("boot", image: image)
            Issue.record("flashed a locked tablet")
        } catch {
            #expect(error.kind == .locked)
            #expect(error.summary.contains("bootloader is locked"))
            #expect(error.reason.contains("Flashing is not allowed in Lock State"))
            #expect(error.action.contains("fastboot flashing unlock"))
        }
        #expect(fixture.tablet.bootloader.flashedDigest("boot_a") == nil)
        try device.setFlashingLocked(false)
        try device.flash("boot", image: image)
        #expect(fixture.tablet.bootloader.flashedDigest("boot_a") == DebianFastbootTests.sha256(image))
    }

    @Test func aWrongBoardImageIsRefusedBeforeAnyWrite() throws {
        let fixture = try FastbootFixture(index: 0, faults: ["board=gta9wifi"])
        fixture.enterFastboot()
        let device = try FastbootDevice.connect(fixture.address)
        defer { device.close() }
        let bytes = FastbootFixture.image(size: 64 << 10, seed: 2, header: [("board", fixture.tablet.persona.identity.device)])
        let image = DebianFastbootTests.write(bytes, to: fixture.file("bootloader.img"))
        do {
            try device.flash("bootloader", image: image)
            Issue.record("flashed another board's image")
        } catch {
            #expect(error.kind == .wrongBoard)
            #expect(error.summary.contains("is a gta9wifi"))
            #expect(error.reason.contains("nothing was written"))
        }
        #expect(fixture.tablet.bootloader.flashCount("bootloader_a") == 0)
    }

    @Test func aDropMidDownloadFailsThenTheRetrySucceeds() throws {
        let fixture = try FastbootFixture(index: 5, faults: ["fastboot-drop-after=256KiB"])
        fixture.enterFastboot()
        let image = DebianFastbootTests.write(FastbootFixture.image(size: 2 << 20, seed: 3), to: fixture.file("vendor_boot.img"))
        let first = try FastbootDevice.connect(fixture.address)
        do {
            try first.flash("vendor_boot", image: image)
            Issue.record("the download was not cut")
        } catch {
            #expect(error.kind == .disconnected)
            #expect(error.isTransient)
            #expect(error.summary.contains("sending partition vendor_boot"))
            #expect(error.action.contains("starts again from the partition that failed"))
        }
        first.close()
        #expect(fixture.tablet.bootloader.flashCount("vendor_boot_a") == 0)
        #expect(fixture.tablet.mode == .fastboot)
        let retry = try FastbootDevice.connect(fixture.address)
        defer { retry.close() }
        try retry.flash("vendor_boot", image: image)
        #expect(fixture.tablet.bootloader.flashedDigest("vendor_boot_a") == DebianFastbootTests.sha256(image))
    }

    @Test func adbRebootBootloaderThenFastbootRebootChangesTheReportedBuild() throws {
        let fixture = try FastbootFixture(index: 6)
        let adb = try fixture.connectADB()
        try adb.reboot(.bootloader)
        fixture.waitFor(.fastboot)
        #expect(throws: (any Error).self) { try fixture.connectADB().property("ro.serialno") }

        let device = try FastbootDevice.connect(fixture.address)
        let header: [(key: String, value: String)] = [("board", fixture.tablet.persona.identity.device), ("bootloader", "VALBL-2025.01")]
        let image = DebianFastbootTests.write(FastbootFixture.image(size: 128 << 10, seed: 4, header: header), to: fixture.file("bl.img"))
        try device.flash("bootloader", image: image)
        #expect(try device.getVar("version-bootloader") != "VALBL-2025.01", "the new bootloader runs after the reboot")
        try device.rebootBootloader()
        fixture.waitFor(.fastboot)
        let again = try FastbootDevice.connect(fixture.address)
        try again.reboot()
        fixture.waitFor(.android)
        #expect(throws: FastbootError.self) { try FastbootDevice.connect(fixture.address, timeout: .seconds(2)).getVar("product") }
        let back = try fixture.connectADB()
        defer { back.close() }
        #expect(try back.property("ro.bootloader") == "VALBL-2025.01")
    }

    @Test func tooLongCommandsAreRefusedBeforeSending() throws {
        let fixture = try FastbootFixture(index: 7)
        fixture.enterFastboot()
        let device = try FastbootDevice.connect(fixture.address)
        defer { device.close() }
        #expect(throws: FastbootError.self) { try device.getVar(String(repeating: "v", count: 60)) }
        #expect(try device.getVar("product") == fixture.tablet.persona.identity.device, "the connection is still usable")
    }
}
