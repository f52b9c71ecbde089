import TestSupport
import Testing
@testable import ADB

/// Sync replies as the host reads them (§4.3), and the tablet-side encoders that produce them.
@Suite struct SyncReplyTests {
    static func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }

    static func isUnexpected(_ error: ADBProtocolError) -> Bool {
        if case .unexpected = error { return true }
        return false
    }

    static let allKinds: [SyncReplyKind] = [.statV1, .statV2, .listing(v2: false), .listing(v2: true), .fileData, .status]

    /// A STA2 reply written field by field from `sync_stat_v2`, every field distinct.
    static let handWrittenStat2: [UInt8] =
        Array("STA2".utf8)
        + [0x00, 0x00, 0x00, 0x00]                            // 4  error 0
        + [0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01]    // 8  dev 0x0102030405060708
        + [0x18, 0x17, 0x16, 0x15, 0x14, 0x13, 0x12, 0x11]    // 16 ino 0x1112131415161718
        + [0xA4, 0x81, 0x00, 0x00]                            // 24 mode 0o100644
        + [0x01, 0x00, 0x00, 0x00]                            // 28 nlink 1
        + [0xD0, 0x07, 0x00, 0x00]                            // 32 uid 2000
        + [0xFF, 0x03, 0x00, 0x00]                            // 36 gid 1023
        + [0x89, 0x67, 0x45, 0x23, 0x01, 0x00, 0x00, 0x00]    // 40 size 0x123456789
        + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]    // 48 atime -1
        + [0x00, 0xF1, 0x53, 0x65, 0x00, 0x00, 0x00, 0x00]    // 56 mtime 1700000000
        + [0x01, 0xF1, 0x53, 0x65, 0x00, 0x00, 0x00, 0x00]    // 64 ctime 1700000001

    static var handWrittenStat2Value: SyncStat {
        var stat = SyncStat(error: 0, mode: 0o100644, size: 0x1_2345_6789, mtime: 1_700_000_000)
        stat.dev = 0x0102_0304_0506_0708
        stat.ino = 0x1112_1314_1516_1718
        stat.nlink = 1
        stat.uid = 2000
        stat.gid = 1023
        stat.atime = -1
        stat.ctime = 1_700_000_001
        return stat
    }

    @Test func statV1() {
        let reply = Array("STAT".utf8) + [0xED, 0x41, 0, 0] + [0x00, 0x10, 0, 0] + [0x00, 0xF1, 0x53, 0x65]
        let stat = SyncStat(mode: 0o40755, size: 4096, mtime: 1_700_000_000)
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.statV1) }, transcript: reply, expected: [.stat(stat)])
        #expect(stat.exists && stat.isDirectory && !stat.isRegularFile)
    }

    @Test func statV1AllZerosMeansMissing() throws {
        var decoder = SyncReplyDecoder()
        decoder.append(Array("STAT".utf8) + [UInt8](repeating: 0, count: 12))
        let reply = try decoder.next(.statV1)
        #expect(reply == .stat(SyncStat()))
        guard case .stat(let stat) = reply else { return }
        #expect(!stat.exists)
        #expect(decoder.bufferedCount == 0)
    }

    @Test func statV2FieldsAtTheirOffsets() throws {
        #expect(Self.handWrittenStat2.count == 72)
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.statV2) }, transcript: Self.handWrittenStat2,
                               expected: [.stat(Self.handWrittenStat2Value)])
        #expect(Self.handWrittenStat2Value.v2Reply(.stat2) == Self.handWrittenStat2)
        let lst2 = Array("LST2".utf8) + Self.handWrittenStat2.dropFirst(4)
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.statV2) }, transcript: lst2, expected: [.stat(Self.handWrittenStat2Value)])
    }

    @Test func statV2ErrorMeansMissing() throws {
        var bytes = Self.handWrittenStat2
        bytes.replaceSubrange(4..<8, with: [2, 0, 0, 0])   // ENOENT
        var decoder = SyncReplyDecoder()
        decoder.append(bytes)
        guard case .stat(let stat) = try decoder.next(.statV2) else {
            Issue.record("no stat")
            return
        }
        #expect(stat.error == 2)
        #expect(!stat.exists)
    }

    @Test func listingV1EndsWithDone() {
        let dent = Array("DENT".utf8) + [0xA4, 0x81, 0, 0] + [5, 0, 0, 0] + [1, 0, 0, 0] + [5, 0, 0, 0] + Array("a.txt".utf8)
        let done = Array("DONE".utf8) + [UInt8](repeating: 0, count: 16)
        let sub = SyncDirectoryEntry(name: "sub dir", stat: SyncStat(mode: 0o40771, size: 3452, mtime: 99))
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.listing(v2: false)) }, transcript: dent + sub.v1Record + done, expected: [
            .entry(SyncDirectoryEntry(name: "a.txt", stat: SyncStat(mode: 0o100644, size: 5, mtime: 1))),
            .entry(sub), .done,
        ])
        #expect(SyncDirectoryEntry.doneRecord(v2: false) == done)
    }

    @Test func listingV2EndsWithDone() {
        var other = SyncStat(error: 13, mode: 0o120777, size: 1 << 40, mtime: -5)
        other.ino = 77
        let entries = [
            SyncDirectoryEntry(name: "big.img", stat: Self.handWrittenStat2Value),
            SyncDirectoryEntry(name: "", stat: other),
            SyncDirectoryEntry(name: "ünïcode", stat: SyncStat()),
        ]
        let dnt2 = Array("DNT2".utf8) + Self.handWrittenStat2.dropFirst(4) + [7, 0, 0, 0] + Array("big.img".utf8)
        #expect(entries[0].v2Record == dnt2)
        let done = SyncDirectoryEntry.doneRecord(v2: true)
        #expect(done == Array("DONE".utf8) + [UInt8](repeating: 0, count: 72))
        let transcript = entries.flatMap(\.v2Record) + done
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.listing(v2: true)) }, transcript: transcript,
                               expected: entries.map(SyncReply.entry) + [.done])
    }

    /// `sync_dent_v1` is 20 bytes and `sync_dent_v2` 76 (id, 68-byte stat body, namelen): DONE has that shape.
    @Test func doneRecordsHaveTheDentShape() {
        let v1 = SyncDirectoryEntry.doneRecord(v2: false), v2 = SyncDirectoryEntry.doneRecord(v2: true)
        #expect(v1.count == 20)
        #expect(v2.count == 76)
        #expect(v2.count == SyncDirectoryEntry(name: "", stat: SyncStat()).v2Record.count)
        #expect(v1.count == SyncDirectoryEntry(name: "", stat: SyncStat()).v1Record.count)
        #expect(Array(v2.prefix(4)) == Array("DONE".utf8) && v2.dropFirst(4).allSatisfy { $0 == 0 })
    }

    /// A listing followed by the next request's reply in one buffer: the DONE must not leave bytes behind.
    @Test func listingV2ThenStatus() throws {
        var decoder = SyncReplyDecoder()
        decoder.append(SyncDirectoryEntry.doneRecord(v2: true) + SyncRequest.frame(.okay))
        #expect(try decoder.next(.listing(v2: true)) == .done)
        #expect(try decoder.next(.status) == .okay)
        #expect(decoder.bufferedCount == 0)
    }

    @Test func emptyListings() {
        for v2 in [false, true] {
            DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.listing(v2: v2)) },
                                   transcript: SyncDirectoryEntry.doneRecord(v2: v2), expected: [.done])
        }
    }

    @Test func fileDataChunksThenDone() {
        let big = (0..<65536).map { UInt8(truncatingIfNeeded: $0 ^ ($0 >> 8)) }
        var transcript: [UInt8] = []
        for chunk in [Array("hello".utf8), big, []] {
            transcript += Array("DATA".utf8) + Self.le32(UInt32(chunk.count)) + chunk
        }
        transcript += Array("DONE".utf8) + Self.le32(0x1234)   // its length field means nothing
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.fileData) }, transcript: transcript,
                               expected: [.data(Array("hello".utf8)), .data(big), .data([]), .done])
    }

    @Test func statusOkay() {
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.status) }, transcript: SyncRequest.frame(.okay), expected: [.okay])
    }

    @Test(arguments: [SyncReplyKind.listing(v2: false), .listing(v2: true), .fileData, .status])
    func failCarriesItsMessage(kind: SyncReplyKind) {
        let message = "open failed: No such file or directory"
        let transcript = Array("FAIL".utf8) + Self.le32(UInt32(message.utf8.count)) + Array(message.utf8)
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(kind) }, transcript: transcript, expected: [.fail(message)])
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(kind) }, transcript: SyncRequest.fail(""), expected: [.fail("")])
    }

    @Test(arguments: [SyncReplyKind.statV1, .statV2])
    func failIsNotAStatReply(kind: SyncReplyKind) {
        DecoderVerifier.verifyFails({ SyncReplyDecoderUnderTest(kind) }, transcript: SyncRequest.fail("x"), matching: Self.isUnexpected)
    }

    @Test func overlongFailMessageIsRefused() {
        let header = Array("FAIL".utf8) + Self.le32(UInt32(SyncLimits.maxFailMessage + 1))
        DecoderVerifier.verifyFails({ SyncReplyDecoderUnderTest(.status) }, transcript: header, matching: Self.isUnexpected)
    }

    @Test func dataOver64KiBIsRefused() {
        let header = Array("DATA".utf8) + Self.le32(65537)
        DecoderVerifier.verifyFails({ SyncReplyDecoderUnderTest(.fileData) }, transcript: header, matching: Self.isUnexpected)
    }

    @Test(arguments: allKinds)
    func unexpectedIDIsRefused(kind: SyncReplyKind) {
        let frame = Array("QUIT".utf8) + [UInt8](repeating: 0, count: 72)
        DecoderVerifier.verifyFails({ SyncReplyDecoderUnderTest(kind) }, transcript: frame, matching: Self.isUnexpected)
    }

    @Test func wrongRecordForTheListingVersionIsRefused() {
        let v2 = SyncDirectoryEntry(name: "a", stat: SyncStat()).v2Record
        DecoderVerifier.verifyFails({ SyncReplyDecoderUnderTest(.listing(v2: false)) }, transcript: v2, matching: Self.isUnexpected)
        let v1 = SyncDirectoryEntry(name: "a", stat: SyncStat()).v1Record + [UInt8](repeating: 0, count: 60)
        DecoderVerifier.verifyFails({ SyncReplyDecoderUnderTest(.listing(v2: true)) }, transcript: v1, matching: Self.isUnexpected)
    }

    @Test func encodersDecodeBack() {
        let stat = Self.handWrittenStat2Value
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.statV2) }, transcript: stat.v2Reply(.lstat2) + stat.v2Reply(.stat2),
                               expected: [.stat(stat), .stat(stat)])
        let v1 = SyncStat(mode: 0o100600, size: 123_456, mtime: 1_600_000_000)
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.statV1) }, transcript: v1.v1Reply, expected: [.stat(v1)])
        let entry = SyncDirectoryEntry(name: "f", stat: v1)
        DecoderVerifier.verify({ SyncReplyDecoderUnderTest(.listing(v2: false)) }, transcript: entry.v1Record + SyncDirectoryEntry.doneRecord(v2: false),
                               expected: [.entry(entry), .done])
    }

    @Test func sameDecoderAcrossKinds() throws {
        // One sync session: STA2, then a pull, then a push's status, all in one buffer.
        var decoder = SyncReplyDecoder()
        decoder.append(Self.handWrittenStat2 + Array("DATA".utf8) + [1, 0, 0, 0, 0x42] + SyncRequest.frame(.done) + SyncRequest.frame(.okay))
        #expect(try decoder.next(.statV2) == .stat(Self.handWrittenStat2Value))
        #expect(try decoder.next(.fileData) == .data([0x42]))
        #expect(try decoder.next(.fileData) == .done)
        #expect(try decoder.next(.status) == .okay)
        #expect(try decoder.next(.status) == nil)
        #expect(decoder.bufferedCount == 0)
    }
}
