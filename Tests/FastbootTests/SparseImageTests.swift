import Fastboot
import TestSupport
import Testing

@Suite struct SparseImageTests {
    /// 8 blocks of 16 bytes: RAW 2, FILL 3, DONT_CARE 1, RAW 1, CRC32, DONT_CARE 1.
    static func handMade() -> (image: [UInt8], data: [UInt8], events: [SparseImageEvent]) {
        let raw1 = SparseFixture.bytes(32, seed: 1), raw2 = SparseFixture.bytes(16, seed: 2)
        var crc = CRC32()
        crc.update(raw1)
        crc.update(pattern: 0xAABB_CCDD, repeating: 12)
        crc.update(pattern: 0, repeating: 4)
        crc.update(raw2)
        var crcBody: [UInt8] = []
        for shift in [0, 8, 16, 24] { crcBody.append(UInt8(truncatingIfNeeded: crc.value >> UInt32(shift))) }
        let header = SparseImageHeader(blockSize: 16, totalBlocks: 8, totalChunks: 6)
        var image = header.encoded()
        image += SparseFixture.chunk(.raw, blocks: 2, body: raw1)
        image += SparseFixture.chunk(.fill, blocks: 3, body: [0xDD, 0xCC, 0xBB, 0xAA])
        image += SparseFixture.chunk(.dontCare, blocks: 1, body: [])
        image += SparseFixture.chunk(.raw, blocks: 1, body: raw2)
        image += SparseFixture.chunk(.crc32, blocks: 0, body: crcBody)
        image += SparseFixture.chunk(.dontCare, blocks: 1, body: [])
        let events: [SparseImageEvent] = [
            .header(header), .raw(block: 0, bytes: Array(raw1[0..<16])), .raw(block: 1, bytes: Array(raw1[16..<32])),
            .fill(block: 2, blocks: 3, pattern: 0xAABB_CCDD), .dontCare(block: 5, blocks: 1), .raw(block: 6, bytes: raw2),
            .dontCare(block: 7, blocks: 1), .end,
        ]
        return (image, raw1 + raw2, events)
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        var crc = CRC32()
        crc.update(Array("123456789".utf8))
        #expect(crc.value == 0xCBF4_3926)
        var pattern = CRC32(), bytes = CRC32()
        pattern.update(pattern: 0x0403_0201, repeating: 3000)
        bytes.update((0..<3000).flatMap { _ in [UInt8(1), 2, 3, 4] })
        #expect(pattern == bytes)
        var zeros = CRC32(), zeroBytes = CRC32()
        zeros.update(pattern: 0, repeating: 1 << 16)
        zeroBytes.update([UInt8](repeating: 0, count: 1 << 18))
        #expect(zeros == zeroBytes)
        var prefixed = CRC32()
        prefixed.update([1, 2, 3])
        var expected = prefixed
        prefixed.update(pattern: 0xDEAD_BEEF, repeating: 5)
        expected.update((0..<5).flatMap { _ in [UInt8(0xEF), 0xBE, 0xAD, 0xDE] })
        #expect(prefixed == expected)
    }

    @Test func readerDecodesEveryChunkTypeUnderEveryChunking() {
        let fixture = Self.handMade()
        DecoderVerifier.verify({ SparseUnderTest(segment: 16) }, transcript: fixture.image, expected: fixture.events)
        #expect(SparseImage.isSparse(fixture.image))
        #expect(!SparseImage.isSparse([0x3A, 0xFF]))
    }

    @Test func headerFieldsAreChecked() {
        var badMagic = Self.handMade().image
        badMagic[0] = 0
        DecoderVerifier.verifyFails({ SparseUnderTest() }, transcript: badMagic, matching: { $0 == .badSparseImage("bad magic") })
        var major = Self.handMade().image
        major[4] = 2
        DecoderVerifier.verifyFails({ SparseUnderTest() }, transcript: major, matching: { $0.description.contains("major version 2") })
        var oddBlock = Self.handMade().image
        oddBlock[12] = 18
        DecoderVerifier.verifyFails({ SparseUnderTest() }, transcript: oddBlock,
                                            matching: { $0.description.contains("not a multiple of 4") })
    }

    @Test func chunkSizesCountsAndChecksumsAreChecked() {
        let header = SparseImageHeader(blockSize: 16, totalBlocks: 2, totalChunks: 1)
        let lying = header.encoded() + SparseChunkHeader(type: .raw, blocks: 2, totalSize: 40).encoded()
        DecoderVerifier.verifyFails({ SparseUnderTest() }, transcript: lying, expectedOutputs: [.header(header)],
                                            matching: { $0.description.contains("total size 40") })
        let short = header.encoded() + SparseFixture.chunk(.dontCare, blocks: 1, body: [])
        DecoderVerifier.verifyFails({ SparseUnderTest() }, transcript: short,
                                            expectedOutputs: [.header(header), .dontCare(block: 0, blocks: 1)],
                                            matching: { $0.description.contains("cover 1 of") })
        let unknown = header.encoded() + [0xC5, 0xCA, 0, 0, 1, 0, 0, 0, 12, 0, 0, 0]
        DecoderVerifier.verifyFails({ SparseUnderTest() }, transcript: unknown, expectedOutputs: [.header(header)],
                                            matching: { $0.description.contains("unknown chunk type 0xcac5") })
        let checked = SparseImageHeader(blockSize: 16, totalBlocks: 1, totalChunks: 2)
        let wrongCRC = checked.encoded() + SparseFixture.chunk(.fill, blocks: 1, body: [1, 0, 0, 0])
            + SparseFixture.chunk(.crc32, blocks: 0, body: [9, 9, 9, 9])
        DecoderVerifier.verifyFails({ SparseUnderTest() }, transcript: wrongCRC,
                                            expectedOutputs: [.header(checked), .fill(block: 0, blocks: 1, pattern: 1)],
                                            matching: { if case .sparseChecksumMismatch(0x0909_0909, _) = $0 { true } else { false } })
    }

    @Test func writerRoundTripsThroughTheReaderAndTheIndex() throws {
        let source = SparseFixture.bytes(10 * 4096 + 100, seed: 7)
        let layout = SparseImageLayout(blockSize: 4096, totalBlocks: 40, chunks: [
            .init(.raw(sourceOffset: 4096, sourceLength: 3 * 4096), block: 2, blocks: 3),
            .init(.fill(0x5A5A_5A5A), block: 5, blocks: 10),
            .init(.raw(sourceOffset: 8 * 4096, sourceLength: 2 * 4096 + 100), block: 20, blocks: 3),
        ])
        let image = SparseImageWriter.serialize(layout, source: source)
        #expect(image.count == SparseImageWriter.serializedSize(layout))
        #expect(SparseImageWriter.writtenChunks(layout).count == 6)
        var partition: [UInt8] = []
        try SparseFixture.apply(image, to: &partition)
        #expect(partition.count == 40 * 4096)
        #expect(Array(partition[(2 * 4096)..<(5 * 4096)]) == Array(source[4096..<(4 * 4096)]))
        #expect(partition[(5 * 4096)..<(15 * 4096)].allSatisfy { $0 == 0x5A })
        #expect(Array(partition[(20 * 4096)..<(22 * 4096 + 100)]) == Array(source[(8 * 4096)...]))
        #expect(partition[(22 * 4096 + 100)..<(23 * 4096)].allSatisfy { $0 == 0 }, "the last block is zero-padded")
        let indexed = try SparseImageLayout.indexing { offset, count in Array(image[Int(offset)..<min(image.count, Int(offset) + count)]) }
        #expect(SparseImageWriter.serialize(indexed, source: image) == image)
    }

    @Test func rawLayoutsCoverTheFileInBoundedChunks() throws {
        let layout = try SparseImageLayout.raw(length: 10 * 4096 + 1, maxChunkBytes: 4 * 4096)
        #expect(layout.totalBlocks == 11)
        #expect(layout.chunks.map(\.blocks) == [4, 4, 3])
        let last: SparseImageLayout.Chunk.Kind = .raw(sourceOffset: 32_768, sourceLength: 8193)
        #expect(layout.chunks.last?.kind == last)
        #expect(throws: FastbootProtocolError.self) { try SparseImageLayout.raw(length: 10, blockSize: 6) }
    }
}
