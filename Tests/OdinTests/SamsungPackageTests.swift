import Foundation
import Odin
import SamsungFirmware
import Simulator
import TestSupport
import Testing

/// Data arrives in the chunks fed (that is the point: never whole); the adapter joins them per entry.
struct TarUnderTest: VerifiableDecoder {
    var reader = TarStreamReader()
    var data: [UInt8]?
    var ready: [TarStreamReader.Event] = []
    mutating func feed(_ bytes: ArraySlice<UInt8>) { reader.append(bytes) }
    mutating func nextOutput() throws(SamsungPackageProblem) -> TarStreamReader.Event? {
        while ready.isEmpty, let event = try reader.next() {
            switch event {
            case .data(let bytes): data = (data ?? []) + bytes
            case .entryEnd:
                if let joined = data { ready.append(.data(joined)) }
                data = nil
                ready.append(.entryEnd)
            default: ready.append(event)
            }
        }
        return ready.isEmpty ? nil : ready.removeFirst()
    }
    var leftoverByteCount: Int? { reader.bufferedCount }
}

@Suite struct SamsungPackageTests {
    let boot = imageBytes(300_000, seed: 3)
    let recovery = imageBytes(70_001, seed: 5)

    @Test func md5MatchesKnownDigestsWholeOrInPieces() {
        #expect(MD5.hex([UInt8]()) == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(MD5.hex(Array("The quick brown fox jumps over the lazy dog".utf8)) == "9e107d9d372bb6826bd81d3542a419d6")
        var pieces = MD5()
        for start in stride(from: 0, to: boot.count, by: 999) { pieces.update(boot[start..<min(boot.count, start + 999)]) }
        #expect(pieces.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() == MD5.hex(boot))
    }

    @Test func tarEntriesDecodeUnderEveryChunking() {
        let small = [UInt8](1...100)
        let transcript = SamsungPackageFixture.tar([("boot.img", small), ("empty.img", [])])
        DecoderVerifier.verify({ TarUnderTest() }, transcript: transcript,
                               expected: [.entry(name: "boot.img", size: 100), .data(small), .entryEnd,
                                          .entry(name: "empty.img", size: 0), .entryEnd, .end])
    }

    @Test func aGoodPackageVerifiesMapsToThePITAndStreamsDecompressed() throws {
        let fixture = try SamsungPackageFixture()
        defer { fixture.remove() }
        let url = try fixture.package("AP_X200XXU3CWK1_CL1_FA13.tar.md5", tar: SamsungPackageFixture.tar([
            ("boot.img.lz4", LZ4FrameDecoder.compress(boot)), ("recovery.img", recovery),
        ]))
        let package = try SamsungPackage(url: url)
        #expect(package.kind == .ap)
        try package.verify()
        let plan = try package.plan(for: SamsungDemoPIT.tablet)
        #expect(plan.map(\.partition.partitionName) == ["BOOT", "RECOVERY"])
        #expect(plan.map(\.flashSize) == [boot.count, recovery.count])
        var received: [String: [UInt8]] = [:]
        var chunks = 0
        try package.stream { name, bytes in
            received[name, default: []] += bytes
            chunks += 1
        }
        #expect(received == ["boot.img.lz4": boot, "recovery.img": recovery])
        #expect(chunks > 2, "entries arrive in pieces, never whole")
    }

    @Test func badPackagesAreRefusedBeforeAnyWrite() throws {
        let fixture = try SamsungPackageFixture()
        defer { fixture.remove() }
        let tar = SamsungPackageFixture.tar([("boot.img", boot)])
        let wrong = try fixture.package("AP_wrong.tar.md5", tar: tar, md5: String(repeating: "0", count: 32))
        #expect(throws: SamsungPackageProblem.md5Mismatch(expected: String(repeating: "0", count: 32), computed: MD5.hex(tar))) {
            try SamsungPackage(url: wrong).verify()
        }
        let truncated = try fixture.package("AP_cut.tar.md5", tar: Array(tar.prefix(100_000)))
        #expect(throws: SamsungPackageProblem.truncatedTar(offset: 100_000)) { try SamsungPackage(url: truncated).verify() }
        #expect(throws: SamsungPackageProblem.truncatedTar(offset: 512)) {
            try SamsungPackage(url: truncated).plan(for: SamsungDemoPIT.tablet)
        }
        var frame = LZ4FrameDecoder.compress(boot)
        for index in 20..<200 { frame[index] ^= 0x5A }
        let garbled = try fixture.package("AP_lz4.tar.md5", tar: SamsungPackageFixture.tar([("boot.img.lz4", frame)]))
        #expect(throws: SamsungPackageProblem.self) { try SamsungPackage(url: garbled).verify() }
        let stranger = try fixture.package("AP_vendor.tar.md5", tar: SamsungPackageFixture.tar([("vendor_boot.img", recovery)]))
        try SamsungPackage(url: stranger).verify()
        #expect(throws: SamsungPackageProblem.notInPIT(entry: "vendor_boot.img",
                                                       partitions: SamsungDemoPIT.tablet.entries.map(\.flashFileName))) {
            try SamsungPackage(url: stranger).plan(for: SamsungDemoPIT.tablet)
        }
        try Data("not a package".utf8).write(to: fixture.folder.appendingPathComponent("CSC_x.tar.md5"))
        #expect(throws: SamsungPackageProblem.noTrailer) {
            try SamsungPackage(url: fixture.folder.appendingPathComponent("CSC_x.tar.md5"))
        }
    }
}
