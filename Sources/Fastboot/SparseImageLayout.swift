/// A sparse image described without its data: chunks whose RAW bytes come from a source (a file) at an offset.
///
/// The I/O layer streams those ranges; nothing here reads a file.
public struct SparseImageLayout: Sendable, Equatable {
    /// One chunk.
    public struct Chunk: Sendable, Equatable {
        /// What the chunk holds.
        public enum Kind: Sendable, Equatable {
            /// Data read from the source at `sourceOffset`; `sourceLength` bytes exist there, the rest of the
            /// chunk's blocks is zero padding (the end of a raw file that is not a whole number of blocks).
            case raw(sourceOffset: UInt64, sourceLength: UInt64)
            /// A 4-byte pattern.
            case fill(UInt32)
            /// Blocks left as they are.
            case dontCare
        }

        /// What it holds.
        public var kind: Kind
        /// Its first output block.
        public var block: UInt32
        /// Its output blocks.
        public var blocks: UInt32

        /// Creates a chunk.
        public init(_ kind: Kind, block: UInt32, blocks: UInt32) {
            self.kind = kind
            self.block = block
            self.blocks = blocks
        }

        /// Bytes after its header in the serialized image.
        func bodySize(blockSize: Int) -> Int {
            switch kind {
            case .raw: return Int(blocks) * blockSize
            case .fill: return 4
            case .dontCare: return 0
            }
        }
    }

    /// The block size.
    public var blockSize: Int
    /// Blocks in the expanded image.
    public var totalBlocks: UInt32
    /// Chunks in block order (gaps between them are implicit DONT_CARE).
    public var chunks: [Chunk]

    /// Creates a layout.
    public init(blockSize: Int, totalBlocks: UInt32, chunks: [Chunk]) {
        self.blockSize = blockSize
        self.totalBlocks = totalBlocks
        self.chunks = chunks
    }

    /// Bytes of the expanded image.
    public var expandedSize: UInt64 { UInt64(totalBlocks) * UInt64(blockSize) }

    /// A raw image of `length` bytes as RAW chunks of at most `maxChunkBytes` (the last block zero-padded).
    public static func raw(length: UInt64, blockSize: Int = SparseImage.defaultBlockSize,
                           maxChunkBytes: Int = 64 << 20) throws(FastbootProtocolError) -> SparseImageLayout {
        guard blockSize > 0, blockSize % 4 == 0 else { throw .badSparseImage("block size \(blockSize) is not a multiple of 4") }
        let total = (length + UInt64(blockSize) - 1) / UInt64(blockSize)
        guard total <= UInt64(UInt32.max) else { throw .badSparseImage("an image of \(length) bytes has too many blocks") }
        let perChunk = UInt32(max(1, maxChunkBytes / blockSize))
        var chunks: [Chunk] = []
        var block: UInt32 = 0
        while UInt64(block) < total {
            let count = UInt32(min(UInt64(perChunk), total - UInt64(block)))
            let offset = UInt64(block) * UInt64(blockSize)
            chunks.append(Chunk(.raw(sourceOffset: offset, sourceLength: min(length - offset, UInt64(count) * UInt64(blockSize))),
                                block: block, blocks: count))
            block += count
        }
        return SparseImageLayout(blockSize: blockSize, totalBlocks: UInt32(total), chunks: chunks)
    }

    /// Reads the chunk headers of a sparse image through `read(offset, count)` (which returns up to `count`
    /// bytes at `offset` of the file), skipping RAW data; CRC32 chunks are dropped.
    public static func indexing(_ read: (UInt64, Int) throws -> [UInt8]) throws -> SparseImageLayout {
        let header = try SparseImageHeader(parsing: read(0, SparseImage.headerSize))
        var offset = UInt64(header.fileHeaderSize)
        var block: UInt32 = 0
        var chunks: [Chunk] = []
        for _ in 0..<header.totalChunks {
            let chunk = try SparseChunkHeader(parsing: read(offset, Int(header.chunkHeaderSize)))
            let body = offset + UInt64(header.chunkHeaderSize)
            let bodySize: UInt64 = chunk.type == .raw ? UInt64(chunk.blocks) * UInt64(header.blockSize) : chunk.type == .dontCare ? 0 : 4
            guard UInt64(chunk.totalSize) == UInt64(header.chunkHeaderSize) + bodySize else {
                throw FastbootProtocolError.badSparseImage("\(chunk.type) chunk of \(chunk.blocks) blocks has total size \(chunk.totalSize)")
            }
            switch chunk.type {
            case .raw: chunks.append(Chunk(.raw(sourceOffset: body, sourceLength: bodySize), block: block, blocks: chunk.blocks))
            case .fill:
                let pattern = try read(body, 4)
                guard pattern.count == 4 else { throw FastbootProtocolError.badSparseImage("truncated FILL chunk") }
                chunks.append(Chunk(.fill(pattern.readLittleEndian(UInt32.self, at: 0)), block: block, blocks: chunk.blocks))
            case .dontCare, .crc32: break
            }
            if chunk.type != .crc32 {
                guard UInt64(block) + UInt64(chunk.blocks) <= UInt64(header.totalBlocks) else {
                    throw FastbootProtocolError.badSparseImage("chunks cover more than the image's \(header.totalBlocks) blocks")
                }
                block += chunk.blocks
            }
            offset = body + bodySize
        }
        guard block == header.totalBlocks else {
            throw FastbootProtocolError.badSparseImage("chunks cover \(block) of the image's \(header.totalBlocks) blocks")
        }
        return SparseImageLayout(blockSize: Int(header.blockSize), totalBlocks: header.totalBlocks, chunks: chunks)
    }
}
