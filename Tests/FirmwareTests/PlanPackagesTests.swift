import Firmware
import Foundation
import Signing
import Testing

/// A catalog entry's Samsung packages checked in one reading before any tablet is touched: size, the catalog's
/// sha256 (over the whole file, MD5 line included), MD5, tar and lz4; each refusal names the package, why and the fix.
@Suite struct PlanPackagesTests {
    static func entry(_ fixture: SamsungFirmwareFixture) throws -> FirmwareEntry {
        try #require(try fixture.catalog().entries.first { $0.board == "gta7litewifi" })
    }

    static func refusal(_ entry: FirmwareEntry) -> FirmwareFlashError? {
        do {
            try PlanPackages(entry: entry, readers: 2).prepare()
            return nil
        } catch {
            return error
        }
    }

    @Test func intactPackagesPassAndTheirSha256IsTheWholeFiles() throws {
        let fixture = try SamsungFirmwareFixture(count: 0)
        let entry = try Self.entry(fixture)
        let plan = PlanPackages(entry: entry, readers: 2)
        try plan.prepare()
        #expect(plan.packages.count == entry.packages.count && entry.packages.count == 4)
        for file in entry.packages {
            #expect(Digest.hex(Digest.sha256([UInt8](try Data(contentsOf: file.file)))) == file.sha256, "\(file.path)")
        }
    }

    @Test func aCatalogSha256ThatDiffersIsNamedWithBoth() throws {
        let fixture = try SamsungFirmwareFixture(count: 0)
        var entry = try Self.entry(fixture)
        let right = entry.packages[1].sha256
        entry.packages[1].sha256 = String(repeating: "0", count: 64)
        let error = try #require(Self.refusal(entry))
        #expect(error.summary == "The firmware package \(entry.packages[1].path) does not match the catalog; no tablet was touched.")
        #expect(error.reason == "Its sha256 is \(right); the catalog says \(entry.packages[1].sha256).")
        #expect(error.action.hasPrefix("Download the package again (it may be damaged)"))
    }

    @Test func aDamagedDownloadIsNamedByItsSha256BeforeItsMD5() throws {
        let fixture = try SamsungFirmwareFixture(count: 0)
        let entry = try Self.entry(fixture)
        let file = entry.packages[1].file
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[700] ^= 0xFF   // inside the first entry's data: same size, MD5 and sha256 both wrong
        try Data(bytes).write(to: file)
        let error = try #require(Self.refusal(entry))
        #expect(error.reason == "Its sha256 is \(Digest.hex(Digest.sha256(bytes))); the catalog says \(entry.packages[1].sha256).")
    }

    @Test func aTruncatedOrMissingPackageIsRefusedWithoutReadingIt() throws {
        let fixture = try SamsungFirmwareFixture(count: 0)
        let entry = try Self.entry(fixture)
        let file = entry.packages[2].file
        let bytes = [UInt8](try Data(contentsOf: file))
        try Data(bytes.prefix(bytes.count - 100)).write(to: file)
        #expect(Self.refusal(entry)?.reason == "It has \(bytes.count - 100) bytes; the catalog says \(bytes.count).")
        try FileManager.default.removeItem(at: file)
        #expect(Self.refusal(entry)?.reason == "The file \(file.path) is missing or unreadable.")
    }
}
