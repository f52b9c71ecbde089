import TestSupport
import Fastboot
import Testing

/// Sparse images built by hand and applied to an in-memory partition.
enum SparseFixture {
    /// Deterministic pseudo-random bytes.
    static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var rng = SeededGenerator(seed: seed)
        var result = [UInt8](repeating: 0, count: count)
        for index in stride(from: 0, to: count, by: 8) {
            let word = rng.next()
            for byte in 0..<min(8, count - index) { result[index + byte] = UInt8(truncatingIfNeeded: word >> (8 * byte)) }
        }
        return result
    }

    /// A chunk as bytes.
    static func chunk(_ type: SparseChunkType, blocks: UInt32, body: [UInt8]) -> [UInt8] {
        SparseChunkHeader(type: type, blocks: blocks, totalSize: UInt32(12 + body.count)).encoded() + body
    }

    /// Applies a sparse image (any chunking) to `partition`, growing it to the image's size if needed.
    static func apply(_ image: [UInt8], to partition: inout [UInt8], chunkSize: Int = 4096) throws {
        var reader = SparseImageReader(verifyChecksums: true, maxSegmentBytes: 64 << 10)
        var blockSize = 4096
        var offset = 0
        var ended = false
        while offset < image.count || !ended {
            if offset < image.count {
                reader.append(image[offset..<min(image.count, offset + chunkSize)])
                offset += chunkSize
            }
            var progressed = false
            while let event = try reader.next() {
                progressed = true
                switch event {
                case .header(let header):
                    blockSize = Int(header.blockSize)
                    if partition.count < Int(header.expandedSize) {
                        partition += [UInt8](repeating: 0, count: Int(header.expandedSize) - partition.count)
                    }
                case let .raw(block, bytes):
                    partition.replaceSubrange(Int(block) * blockSize..<(Int(block) * blockSize + bytes.count), with: bytes)
                case let .fill(block, blocks, pattern):
                    let word: [UInt8] = [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: pattern >> $0) }
                    let fill = [UInt8]((0..<(Int(blocks) * blockSize / 4)).flatMap { _ in word })
                    partition.replaceSubrange(Int(block) * blockSize..<(Int(block) * blockSize + fill.count), with: fill)
                case .dontCare: break
                case .end: ended = true
                }
            }
            if offset >= image.count && !progressed && !ended { throw FastbootProtocolError.badSparseImage("image ended early") }
        }
    }
}
