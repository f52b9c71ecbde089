import Fastboot
import Testing

@Suite struct SparseResparserTests {
    @Test func aRawImageSplitsIntoPiecesThatReassembleIt() throws {
        let source = SparseFixture.bytes(300 * 4096, seed: 11)
        let layout = try SparseImageLayout.raw(length: UInt64(source.count))
        let limit = 256 << 10
        let pieces = try SparseResparser.split(layout, limit: limit)
        #expect(pieces.count == 5)
        var partition = [UInt8](repeating: 0xEE, count: source.count)
        for (index, piece) in pieces.enumerated() {
            let image = SparseImageWriter.serialize(piece, source: source)
            #expect(image.count <= limit, "piece \(index) is \(image.count) bytes")
            if index < pieces.count - 1 { #expect(image.count >= limit * 7 / 8, "piece \(index) is only \(image.count) bytes") }
            #expect(piece.totalBlocks == 300 && piece.blockSize == 4096, "every piece describes the whole partition")
            let header = try SparseImageHeader(parsing: Array(image.prefix(28)))
            #expect(header.totalBlocks == 300)
            try SparseFixture.apply(image, to: &partition)
        }
        #expect(partition == source)
    }

    @Test func aSparseImageWithFillsAndGapsSplitsLikeTheOriginal() throws {
        let source = SparseFixture.bytes(64 * 4096, seed: 3)
        let layout = SparseImageLayout(blockSize: 4096, totalBlocks: 200, chunks: [
            .init(.fill(0), block: 0, blocks: 10),
            .init(.raw(sourceOffset: 0, sourceLength: 30 * 4096), block: 10, blocks: 30),
            .init(.fill(0xDEAD_BEEF), block: 50, blocks: 60),
            .init(.raw(sourceOffset: 30 * 4096, sourceLength: 34 * 4096), block: 120, blocks: 34),
            .init(.dontCare, block: 154, blocks: 6),
            .init(.raw(sourceOffset: 0, sourceLength: 4096), block: 199, blocks: 1),
        ])
        let whole = SparseImageWriter.serialize(layout, source: source)
        var expected = SparseFixture.bytes(200 * 4096, seed: 99)
        let initial = expected
        try SparseFixture.apply(whole, to: &expected)
        for limit in [64 << 10, 100_000, 200 << 10] {
            let pieces = try SparseResparser.split(layout, limit: limit)
            #expect(pieces.count > 1)
            var partition = initial
            for piece in pieces {
                let image = SparseImageWriter.serialize(piece, source: source)
                #expect(image.count <= limit)
                try SparseFixture.apply(image, to: &partition)
            }
            #expect(partition == expected, "limit \(limit)")
        }
    }

    @Test func anImageUnderTheLimitStaysWhole() throws {
        let layout = try SparseImageLayout.raw(length: 10 * 4096)
        #expect(try SparseResparser.split(layout, limit: 1 << 20) == [layout])
    }

    @Test func aLimitBelowOneBlockIsRefused() throws {
        let layout = try SparseImageLayout.raw(length: 10 * 4096)
        #expect(throws: FastbootProtocolError.limitTooSmall(limit: 4000, blockSize: 4096)) { try SparseResparser.split(layout, limit: 4000) }
        let tight = 28 + 36 + 4096
        let pieces = try SparseResparser.split(layout, limit: tight)
        #expect(pieces.count == 10)
        #expect(pieces.allSatisfy { SparseImageWriter.serializedSize($0) <= tight })
    }
}
