/// What a sparse image says to do with the partition, in order.
public enum SparseImageEvent: Sendable, Equatable {
    /// The file header.
    case header(SparseImageHeader)
    /// Write these bytes (whole blocks) starting at block `block`.
    case raw(block: UInt32, bytes: [UInt8])
    /// Fill `blocks` blocks from `block` with the 4-byte little-endian `pattern`.
    case fill(block: UInt32, blocks: UInt32, pattern: UInt32)
    /// Leave `blocks` blocks from `block` as they are.
    case dontCare(block: UInt32, blocks: UInt32)
    /// The image ended; every block was covered.
    case end
}

/// Decodes a sparse image fed in any pieces into write events, checking sizes, counts and CRC32 chunks.
///
/// RAW data comes out in segments of at most `maxSegmentBytes` (whole blocks), so a large chunk is never held whole.
public struct SparseImageReader: Sendable {
    private enum State: Sendable {
        case header
        case skipHeaderExtra(Int)
        case chunkHeader
        case raw(remainingBlocks: UInt32)
        case fillPattern(blocks: UInt32)
        case checksum
        case skip(Int)
        case done
    }

    private var buffer = FastbootByteBuffer()
    private var state = State.header
    private var header: SparseImageHeader?
    private var chunksSeen: UInt32 = 0
    private var block: UInt32 = 0
    private var crc: CRC32?
    private let segmentBytes: Int

    /// A reader; with `verifyChecksums` it computes a CRC32 of the expanded data to check CRC32 chunks.
    public init(verifyChecksums: Bool = true, maxSegmentBytes: Int = 1 << 20) {
        crc = verifyChecksums ? CRC32() : nil
        segmentBytes = max(1, maxSegmentBytes)
    }

    /// Bytes received and not yet decoded.
    public var bufferedCount: Int { buffer.count }
    /// Whether `.end` was produced.
    public var isFinished: Bool { if case .done = state { return true } else { return false } }

    /// Adds bytes of the image.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { buffer.append(bytes) }

    /// The next event, nil when more bytes are needed.
    public mutating func next() throws(FastbootProtocolError) -> SparseImageEvent? {
        while true {
            switch state {
            case .header:
                guard buffer.count >= SparseImage.headerSize else { return nil }
                let parsed = try SparseImageHeader(parsing: buffer.take(SparseImage.headerSize))
                header = parsed
                state = .skipHeaderExtra(Int(parsed.fileHeaderSize) - SparseImage.headerSize)
                return .header(parsed)
            case .skipHeaderExtra(let extra):
                state = .skip(extra)
            case .skip(let count):
                guard buffer.count >= count else { return nil }
                buffer.skip(count)
                state = .chunkHeader
            case .chunkHeader:
                guard let header else { return nil }
                if chunksSeen == header.totalChunks { return try finish() }
                let size = Int(header.chunkHeaderSize)
                guard buffer.count >= size else { return nil }
                let chunk = try SparseChunkHeader(parsing: buffer.take(size))
                chunksSeen += 1
                if let event = try begin(chunk, header: header) { return event }
            case .raw(let remaining):
                guard let header else { return nil }
                let blockSize = Int(header.blockSize)
                let wanted = min(Int(remaining), max(1, segmentBytes / blockSize))
                guard buffer.count >= wanted * blockSize else { return nil }
                let bytes = buffer.take(wanted * blockSize)
                crc?.update(bytes)
                let start = block
                block += UInt32(wanted)
                let left = remaining - UInt32(wanted)
                state = left == 0 ? .chunkHeader : .raw(remainingBlocks: left)
                return .raw(block: start, bytes: bytes)
            case .fillPattern(let blocks):
                guard let header, buffer.count >= 4 else { return nil }
                let pattern = buffer.take(4).readLittleEndian(UInt32.self, at: 0)
                crc?.update(pattern: pattern, repeating: UInt64(blocks) * UInt64(header.blockSize) / 4)
                let start = block
                block += blocks
                state = .chunkHeader
                return .fill(block: start, blocks: blocks, pattern: pattern)
            case .checksum:
                guard buffer.count >= 4 else { return nil }
                let expected = buffer.take(4).readLittleEndian(UInt32.self, at: 0)
                if let computed = crc?.value, computed != expected {
                    throw .sparseChecksumMismatch(expected: expected, computed: computed)
                }
                state = .chunkHeader
            case .done:
                return nil
            }
        }
    }

    private mutating func begin(_ chunk: SparseChunkHeader, header: SparseImageHeader) throws(FastbootProtocolError) -> SparseImageEvent? {
        let headerSize = UInt64(header.chunkHeaderSize)
        let body: UInt64
        switch chunk.type {
        case .raw: body = UInt64(chunk.blocks) * UInt64(header.blockSize)
        case .fill, .crc32: body = 4
        case .dontCare: body = 0
        }
        guard UInt64(chunk.totalSize) == headerSize + body else {
            throw .badSparseImage("\(chunk.type) chunk of \(chunk.blocks) blocks has total size \(chunk.totalSize)")
        }
        if chunk.type != .crc32 {
            guard UInt64(block) + UInt64(chunk.blocks) <= UInt64(header.totalBlocks) else {
                throw .badSparseImage("chunks cover more than the image's \(header.totalBlocks) blocks")
            }
        }
        switch chunk.type {
        case .raw:
            if chunk.blocks > 0 { state = .raw(remainingBlocks: chunk.blocks) }
            return nil
        case .fill:
            state = .fillPattern(blocks: chunk.blocks)
            return nil
        case .crc32:
            state = .checksum
            return nil
        case .dontCare:
            crc?.update(pattern: 0, repeating: UInt64(chunk.blocks) * UInt64(header.blockSize) / 4)
            let start = block
            block += chunk.blocks
            return .dontCare(block: start, blocks: chunk.blocks)
        }
    }

    private mutating func finish() throws(FastbootProtocolError) -> SparseImageEvent? {
        guard let header else { return nil }
        guard block == header.totalBlocks else {
            throw .badSparseImage("chunks cover \(block) of the image's \(header.totalBlocks) blocks")
        }
        state = .done
        return .end
    }
}
