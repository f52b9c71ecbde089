import Fastboot
import Testing

/// Sparse images the `sparse-image` fuzzer (Fuzz/SparseImageFuzzer.swift) found to crash or hang the readers.
/// Each must be refused with a `FastbootProtocolError` (or read to its end) promptly, never trap.
@Suite struct SparseImageFuzzRegressionTests {
    /// Block size 0xFFFFFFFC, 0xFFFFFFFF blocks, one DONT_CARE chunk of every block: with checksums on, the
    /// reader's `Int(chunk.blocks) * Int(header.blockSize)` overflows (SparseImageReader.begin).
    static let dontCareCRCOverflow: [UInt8] = [
        58, 255, 38, 237, 1, 0, 0, 0, 28, 0, 12, 0, 252, 255, 255, 255, 255, 255, 255, 255, 1, 0, 0, 0, 0, 0, 0, 0,
        195, 202, 0, 0, 255, 255, 255, 255, 12, 0, 0, 0,
    ]

    /// Block size 1 GiB, 16 blocks, one DONT_CARE chunk of 16 blocks: with checksums on, the reader feeds 16 GiB
    /// of zeros to CRC32 one byte at a time (minutes) before it can return the chunk.
    static let dontCareCRCOf16GiB: [UInt8] = [
        58, 255, 38, 237, 1, 0, 0, 0, 28, 0, 12, 0, 0, 0, 0, 64, 16, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
        195, 202, 0, 0, 16, 0, 0, 0, 12, 0, 0, 0,
    ]

    /// Two blocks; DONT_CARE 1 block, then DONT_CARE 0xFFFFFFFF blocks: `block += chunk.blocks` overflows
    /// UInt32 in SparseImageLayout.indexing before the "more than the image's blocks" check.
    static let indexedBlockCountOverflow: [UInt8] = [
        58, 255, 38, 237, 1, 0, 0, 0, 28, 0, 12, 0, 4, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0,
        195, 202, 0, 0, 1, 0, 0, 0, 12, 0, 0, 0, 195, 202, 0, 0, 255, 255, 255, 255, 12, 0, 0, 0,
    ]

    /// Reads `image` whole with checksums on; the error, if any.
    static func read(_ image: [UInt8]) -> FastbootProtocolError? {
        var reader = SparseImageReader(verifyChecksums: true)
        reader.append(image)
        do {
            while let event = try reader.next() {
                if event == .end { return nil }
            }
            return nil
        } catch {
            return error
        }
    }

    @Test func hugeDontCareChunkDoesNotOverflowTheChecksumLength() {
        _ = Self.read(Self.dontCareCRCOverflow)
    }

    @Test(.timeLimit(.minutes(1)))
    func hugeDontCareChunkIsCheckedPromptly() {
        _ = Self.read(Self.dontCareCRCOf16GiB)
    }

    @Test
    func blockCountOverflowIsRefusedWhenIndexing() {
        let image = Self.indexedBlockCountOverflow
        #expect(throws: FastbootProtocolError.self) {
            try SparseImageLayout.indexing { offset, count in
                guard offset < UInt64(image.count) else { return [] }
                return Array(image[Int(offset)...].prefix(count))
            }
        }
        #expect(Self.read(image) != nil)
    }
}
