/// Splits an image larger than the device's max-download-size into sparse pieces of at most `limit` bytes
/// each, like libsparse's `sparse_file_resparse`: every piece describes the whole partition (same block size
/// and total blocks) and holds only its share of the data, the rest being DONT_CARE.
///
/// A RAW chunk that does not fit is split when at least 1/8 of the budget remains (so pieces are at least
/// 7/8 full); FILL chunks are never split.
public enum SparseResparser {
    /// The AOSP host never sends pieces above 1 GiB (`RESPARSE_LIMIT`), whatever the device offers.
    public static let limitCap = 1 << 30

    /// The pieces for `layout`, each serializing to at most `limit` bytes.
    public static func split(_ layout: SparseImageLayout, limit: Int) throws(FastbootProtocolError) -> [SparseImageLayout] {
        let blockSize = layout.blockSize
        let headers = SparseImage.headerSize, chunkHeader = SparseImage.chunkHeaderSize
        // The smallest useful piece: header, a leading skip, one block of RAW, a trailing skip.
        guard limit >= headers + 3 * chunkHeader + blockSize else { throw .limitTooSmall(limit: limit, blockSize: blockSize) }
        if SparseImageWriter.serializedSize(layout) <= limit { return [layout] }

        var pieces: [SparseImageLayout] = []
        var current: [SparseImageLayout.Chunk] = []
        var size = headers
        var cursor: UInt32 = 0
        func close() {
            pieces.append(SparseImageLayout(blockSize: blockSize, totalBlocks: layout.totalBlocks, chunks: current))
            current = []
            size = headers
            cursor = 0
        }
        for original in layout.chunks {
            if case .dontCare = original.kind { continue }
            var chunk = original
            while chunk.blocks > 0 {
                let gap = chunk.block > cursor ? chunkHeader : 0
                let budget = limit - chunkHeader - size // keeps room for the trailing skip
                let whole = gap + chunkHeader + chunk.bodySize(blockSize: blockSize)
                if whole <= budget {
                    current.append(chunk)
                    size += whole
                    cursor = chunk.block + chunk.blocks
                    break
                }
                let room = budget - gap - chunkHeader
                if case let .raw(offset, length) = chunk.kind, room >= blockSize, current.isEmpty || room >= limit / 8 {
                    let fit = UInt32(room / blockSize)
                    let taken = UInt64(fit) * UInt64(blockSize)
                    current.append(.init(.raw(sourceOffset: offset, sourceLength: min(length, taken)), block: chunk.block, blocks: fit))
                    size += gap + chunkHeader + Int(taken)
                    cursor = chunk.block + fit
                    chunk = .init(.raw(sourceOffset: offset + taken, sourceLength: length > taken ? length - taken : 0),
                                  block: chunk.block + fit, blocks: chunk.blocks - fit)
                    close()
                    continue
                }
                guard !current.isEmpty else { throw .limitTooSmall(limit: limit, blockSize: blockSize) }
                close()
            }
        }
        if !current.isEmpty || pieces.isEmpty { close() }
        return pieces
    }
}
