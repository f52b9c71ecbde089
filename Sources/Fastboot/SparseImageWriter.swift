/// A piece of a serialized sparse image: bytes made here, or a range the I/O layer copies from the source.
public enum SparseSegment: Sendable, Equatable {
    /// Header bytes (file or chunk header, fill pattern).
    case bytes([UInt8])
    /// `length` bytes of the source at `offset`.
    case source(offset: UInt64, length: Int)
    /// Zero padding.
    case zeros(Int)

    /// Its length.
    public var count: Int {
        switch self {
        case .bytes(let bytes): return bytes.count
        case .source(_, let length), .zeros(let length): return length
        }
    }
}

/// Serializes a layout as a sparse image whose gaps (before, between and after chunks) are DONT_CARE chunks.
public enum SparseImageWriter {
    /// The chunks as written, gaps included.
    public static func writtenChunks(_ layout: SparseImageLayout) -> [SparseImageLayout.Chunk] {
        var result: [SparseImageLayout.Chunk] = []
        var block: UInt32 = 0
        for chunk in layout.chunks {
            if chunk.block > block { result.append(.init(.dontCare, block: block, blocks: chunk.block - block)) }
            if case .dontCare = chunk.kind, let last = result.last, case .dontCare = last.kind {
                result[result.count - 1].blocks += chunk.blocks
            } else {
                result.append(chunk)
            }
            block = chunk.block + chunk.blocks
        }
        if block < layout.totalBlocks { result.append(.init(.dontCare, block: block, blocks: layout.totalBlocks - block)) }
        return result
    }

    /// The size of the serialized image.
    public static func serializedSize(_ layout: SparseImageLayout) -> Int {
        writtenChunks(layout).reduce(SparseImage.headerSize) {
            $0 + SparseImage.chunkHeaderSize + $1.bodySize(blockSize: layout.blockSize)
        }
    }

    /// The image as segments, in order.
    public static func segments(_ layout: SparseImageLayout) -> [SparseSegment] {
        let chunks = writtenChunks(layout)
        let header = SparseImageHeader(blockSize: UInt32(layout.blockSize), totalBlocks: layout.totalBlocks, totalChunks: UInt32(chunks.count))
        var segments: [SparseSegment] = [.bytes(header.encoded())]
        for chunk in chunks {
            let body = chunk.bodySize(blockSize: layout.blockSize)
            let total = UInt32(SparseImage.chunkHeaderSize + body)
            switch chunk.kind {
            case let .raw(offset, length):
                segments.append(.bytes(SparseChunkHeader(type: .raw, blocks: chunk.blocks, totalSize: total).encoded()))
                let available = Int(min(UInt64(body), length))
                if available > 0 { segments.append(.source(offset: offset, length: available)) }
                if body > available { segments.append(.zeros(body - available)) }
            case .fill(let pattern):
                var bytes = SparseChunkHeader(type: .fill, blocks: chunk.blocks, totalSize: total).encoded()
                bytes.appendLittleEndian(pattern)
                segments.append(.bytes(bytes))
            case .dontCare:
                segments.append(.bytes(SparseChunkHeader(type: .dontCare, blocks: chunk.blocks, totalSize: total).encoded()))
            }
        }
        return segments
    }

    /// The whole image in memory, RAW data taken from `source` (for tests and small images).
    public static func serialize(_ layout: SparseImageLayout, source: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(serializedSize(layout))
        for segment in segments(layout) {
            switch segment {
            case .bytes(let header): bytes += header
            case let .source(offset, length): bytes += source[Int(offset)..<(Int(offset) + length)]
            case .zeros(let count): bytes += repeatElement(0, count: count)
            }
        }
        return bytes
    }
}
