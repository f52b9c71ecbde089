import Firmware
import Foundation
import Odin
import Simulator
import Testing

/// Samsung tablets flashed by the engine through Download mode, beside fastboot ones: `reboot download`, the
/// packages read once for the case, back in Android with the new build confirmed; and everything refused before
/// any write (another model, an older binary revision, a damaged package, a PIT without a package's partition).
@Suite(.serialized) struct SamsungFirmwareTests {
    static let samsungPartitions: Set<String> = ["BOOTLOADER", "BOOT", "VBMETA", "SUPER", "RADIO", "CACHE"]

    @Test func aCaseMixingSamsungAndFastbootBoardsIsFlashedAtOnceAndConfirmed() throws {
        let fixture = try SamsungFirmwareFixture(count: 3)   // SM-T220, Lenovo TB-X306F, SM-X200
        let (t220, lenovo, x200) = (fixture.tablets[0], fixture.tablets[1], fixture.tablets[2])
        let before = FirmwareCase.check((0..<3).map(fixture.flashTablet), catalog: try fixture.catalog())
        #expect(before.map(\.status) == ["needs flashing", "needs flashing", "needs flashing"])
        #expect(before.map { $0.entry?.method } == [.odin, .fastboot, .odin])

        let results = try fixture.flash([0, 1, 2])
        for (index, result) in results.enumerated() {
            if case .failure(let error) = result { Issue.record("tablet \(index): \(error.summary) \(error.reason)") }
        }
        let after = try results.map { try $0.get() }
        #expect(after[0].flashed == ["BL", "AP", "CP", "CSC"])
        #expect(after[0].after.pda == "T220XXU9ZZA1" && after[0].after.bootloader == "T220XXU9ZZA1" && after[0].after.securityPatch == "2026-06-01")
        #expect(after[2].after.pda == "X200XXU9ZZA1")
        #expect(after[1].flashed == ["bootloader", "boot", "vbmeta", "system"])
        for tablet in [t220, x200] {
            #expect(Set(tablet.downloadMode?.partitions.keys.map { $0 } ?? []) == Self.samsungPartitions)
            #expect(tablet.downloadMode?.sessions == 1 && tablet.downloadMode?.left == .reboot && tablet.mode == .android)
        }
        #expect(lenovo.bootloader.flashCount("system_a") == 1 && lenovo.downloadMode == nil)
        let again = FirmwareCase.check((0..<3).map(fixture.flashTablet), catalog: try fixture.catalog())
        #expect(again.map(\.status) == ["up to date", "up to date", "up to date"])
    }

    @Test func anotherModelAndAnOlderBinaryRevisionAreRefusedBeforeAnyWrite() throws {
        let fixture = try SamsungFirmwareFixture(count: 3, identities: { index in
            var identity = TabletIdentity.sample(index: index)
            if index == 0 { identity.model = "SM-T225" }   // a gta7litewifi board sold as another model
            return identity
        })
        let x200 = fixture.tablets[2]
        x200.persona.bootFlashedBuild(["bootloader": "X200XXUAZZB1"])   // binary revision A (10), above the catalog's 9
        let results = try fixture.flash([0, 2])
        guard case .failure(let model) = results[0], case .failure(let rollback) = results[1] else {
            Issue.record("both must be refused: \(results)")
            return
        }
        #expect(model.kind == .wrongModel)
        #expect(model.summary.hasSuffix("is an SM-T225, but the gta7litewifi packages are for the SM-T220: the firmware was not flashed."))
        #expect(model.action.hasPrefix("Add an entry for the SM-T225 to the catalog"))
        #expect(rollback.kind == .olderThanInstalled)
        #expect(rollback.summary.hasSuffix("runs bootloader X200XXUAZZB1 (binary revision A); the catalog's X200XXU9ZZA1 is revision 9: the firmware was not flashed."))
        #expect(rollback.reason.contains("SW REV CHECK FAIL") && rollback.reason.hasSuffix("Nothing was written."))
        #expect(rollback.action == "Put packages of revision A or later (names like X200XXUA…) in the catalog's gta8wifi entry, then run the command again.")
        for index in [0, 2] {
            #expect(fixture.tablets[index].mode == .android && fixture.tablets[index].downloadMode?.sessions == 0)
        }
    }

    @Test func aDamagedPackageIsRefusedBeforeAnyTabletIsTouchedAndTheOtherBoardsGoOn() throws {
        let fixture = try SamsungFirmwareFixture(count: 3)
        // Same size, one byte changed inside the tar: the catalog's size and sha256 are made to agree, the MD5 line does not.
        let ap = fixture.folder.appendingPathComponent("firmware/gta7litewifi/AP_T220XXU9ZZA1.tar.md5")
        var bytes = [UInt8](try Data(contentsOf: ap))
        bytes[5000] ^= 0xFF
        try fixture.replacePackage(board: "gta7litewifi", prefix: "AP_", with: bytes)
        let results = try fixture.flash([0, 1, 2])
        guard case .failure(let error) = results[0] else {
            Issue.record("the SM-T220 must be refused: \(results[0])")
            return
        }
        #expect(error.kind == .badImage)
        #expect(error.summary == "The firmware package gta7litewifi/AP_T220XXU9ZZA1.tar.md5 of the gta7litewifi entry was refused; no tablet was touched.")
        #expect(error.reason.hasPrefix("Its MD5 check failed"))
        #expect(error.action.hasPrefix("Download gta7litewifi/AP_T220XXU9ZZA1.tar.md5 again"))
        #expect(fixture.tablets[0].mode == .android && fixture.tablets[0].downloadMode?.sessions == 0)
        #expect((try? results[1].get()) != nil && (try? results[2].get()) != nil)
    }

    @Test func aPackageFileThePITLacksIsRefusedAndTheTabletGoesBackToAndroidUntouched() throws {
        let fixture = try SamsungFirmwareFixture(count: 1)
        let csc = SamsungFirmwareFixture.tarMD5([("cache.img", [UInt8](repeating: 7, count: 4096)), ("param.bin", [1, 2, 3])],
                                                name: "CSC_OXM_T220OXM9ZZA1.tar.md5")
        try fixture.replacePackage(board: "gta7litewifi", prefix: "CSC_", with: csc)
        let results = try fixture.flash([0])
        guard case .failure(let error) = results[0] else {
            Issue.record("must be refused: \(results[0])")
            return
        }
        #expect(error.kind == .wrongModel)
        #expect(error.reason.hasPrefix("param.bin names no partition of the tablet's PIT"))
        #expect(error.reason.hasSuffix("Nothing was written."))
        #expect(fixture.tablets[0].downloadMode?.partitions.isEmpty == true)
        #expect(fixture.tablets[0].downloadMode?.left == .reboot)
    }

    @Test func aTabletUnpluggedMidSequenceFailsAloneAndTheNextRunTakesItUpInDownloadMode() throws {
        let fixture = try SamsungFirmwareFixture(count: 3)
        let (t220, x200) = (fixture.tablets[0], fixture.tablets[2])
        t220.downloadMode?.inject(.unplugAfterParts(2))
        let first = try fixture.flash([0, 1, 2])
        guard case .failure(let cut) = first[0] else {
            Issue.record("the SM-T220 must fail: \(first[0])")
            return
        }
        #expect(cut.kind == .unreachable)
        #expect(cut.summary.hasSuffix("stopped answering in Download mode: it was not flashed completely."))
        #expect(cut.action.hasPrefix("Check its cable and leave it on its Download mode screen, then run the command again"))
        #expect((try? first[1].get()) != nil && (try? first[2].get()) != nil)
        #expect(x200.mode == .android && t220.mode == .download)

        let standing = try #require(FirmwareCase.check([fixture.flashTablet(0)], catalog: try fixture.catalog()).first)
        #expect(standing.inDownloadMode && standing.entry?.board == "gta7litewifi" && standing.status == "needs flashing")
        let second = try fixture.flash([0])
        let done = try second[0].get()
        #expect(done.before == nil && done.after.pda == "T220XXU9ZZA1" && t220.mode == .android)
        #expect(Set(t220.downloadMode?.partitions.keys.map { $0 } ?? []) == Self.samsungPartitions)
    }

    @Test func aTabletWhoseDownloadModeSaysNoModelIsTakenUpWithThePlanItsCutFlashHad() throws {
        let fixture = try SamsungFirmwareFixture(count: 1, faults: { _ in ["download-hides-model"] })
        let t220 = fixture.tablets[0]
        t220.downloadMode?.inject(.unplugAfterParts(3))
        #expect(throws: FirmwareFlashError.self) { try fixture.flash([0])[0].get() }
        #expect(t220.mode == .download)
        let catalog = try fixture.catalog()
        // Without the journal nothing says what it is; with it, the cut flash's plan.
        let unknown = try #require(FirmwareCase.check([fixture.flashTablet(0)], catalog: catalog).first)
        #expect(unknown.inDownloadMode && unknown.entry == nil && unknown.problem?.contains("does not say its model") == true)
        let known = try #require(FirmwareCase.check([fixture.flashTablet(0)], catalog: catalog, journal: fixture.journal).first)
        #expect(known.entry?.board == "gta7litewifi" && known.status == "needs flashing")
        let done = try fixture.flash([0])[0].get()
        #expect(done.after.pda == "T220XXU9ZZA1" && t220.mode == .android)
        #expect(fixture.journal.planID(serial: t220.serial) == nil)
    }

    /// A package whose MD5 line is right for what it holds, but what it holds is broken.
    @Test(arguments: ["truncated tar", "bad lz4"])
    func aBrokenPackageWithARightMD5IsRefusedBeforeAnyTabletIsTouched(_ damage: String) throws {
        let fixture = try SamsungFirmwareFixture(count: 1)
        let name = "CP_T220XXU9ZZA1.tar.md5"
        let modem = [UInt8](repeating: 9, count: 20_000)
        let bytes = damage == "truncated tar"
            ? SamsungFirmwareFixture.withMD5(Array(SamsungFirmwareFixture.tarMD5([("modem.bin", modem)], name: name).prefix(10_240)), name: name)
            : SamsungFirmwareFixture.tarMD5([("modem.bin.lz4", [0x04, 0x22, 0x4D, 0x18, 0x64, 0x40, 0xA7] + [UInt8](repeating: 0xEE, count: 300))], name: name)
        try fixture.replacePackage(board: "gta7litewifi", prefix: "CP_", with: bytes)
        guard case .failure(let error) = try fixture.flash([0])[0] else {
            Issue.record("must be refused")
            return
        }
        #expect(error.kind == .badImage)
        #expect(error.summary == "The firmware package gta7litewifi/\(name) of the gta7litewifi entry was refused; no tablet was touched.")
        #expect(error.reason.hasPrefix(damage == "truncated tar" ? "It is not a whole tar archive" : "A compressed entry inside cannot be read"), "\(error.reason)")
        #expect(fixture.tablets[0].mode == .android && fixture.tablets[0].downloadMode?.sessions == 0)
    }

    @Test func aTabletTakenUpInDownloadModeRefusesAnOlderBootloaderItselfAndIsNamedWithTheFix() throws {
        let fixture = try SamsungFirmwareFixture(count: 1)
        let t220 = fixture.tablets[0]
        t220.persona.bootFlashedBuild(["bootloader": "T220XXUAZZB1"])   // revision A: Android is not there to say so
        t220.reboot("download")
        guard case .failure(let error) = try fixture.flash([0])[0] else {
            Issue.record("the tablet must refuse the older bootloader")
            return
        }
        #expect(error.kind == .refused)
        #expect(error.summary.hasSuffix("refused the BL package in Download mode: it was not flashed completely."))
        #expect(error.reason.contains("(error code \(SimulatedDownloadMode.rollbackCode))") && error.reason.contains("SW REV CHECK FAIL"))
        #expect(error.action.contains("of its binary revision or later, in the catalog's gta7litewifi entry"))
        #expect(t220.mode == .download && t220.downloadMode?.partitions["BOOTLOADER"] == nil)
    }
}
