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

    /// A file header of 43 bytes (15 extra to skip), chunk headers of 268 bytes, 3 blocks of 4 bytes, then the
    /// skipped bytes and nothing more. The reader dropped the extra bytes with `_ = buffer.take(15)`, which
    /// Swift 6.3.1 -O miscompiles (the discarded array is freed before the bytes are copied into it): a heap
    /// use-after-free that aborted the fuzzer in malloc. The fuzzer input is Fuzz/Corpus/sparse-image/header-extra-bytes.
    static let headerExtraBytes: [UInt8] = [
        58, 255, 38, 237, 1, 0, 0, 0, 43, 0, 12, 1, 4, 0, 0, 0, 3, 0, 0, 0, 101, 102, 103, 104, 195, 202, 85, 110,
        115, 97, 102, 101, 77, 117, 0, 1, 0, 80, 0, 12, 0, 0, 0,
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

    @Test func headerExtraBytesAreSkippedWithoutCopying() throws {
        var reader = SparseImageReader(verifyChecksums: true)
        reader.append(Self.headerExtraBytes)
        let header = try #require(try reader.next())
        guard case .header(let parsed) = header else { Issue.record("not a header: \(header)"); return }
        #expect(parsed.fileHeaderSize == 43 && parsed.chunkHeaderSize == 268)
        #expect(try reader.next() == nil)
        #expect(reader.bufferedCount == 0)

        // The same skip in a whole image: 43-byte file header, 16-byte chunk headers, one RAW chunk of 3 blocks,
        // fed whole and a byte at a time.
        var image = SparseImageHeader(blockSize: 4, totalBlocks: 3, totalChunks: 1).encoded()
        image[8] = 43
        image[10] = 16
        image += (0..<15).map { UInt8($0) }
        image += SparseChunkHeader(type: .raw, blocks: 3, totalSize: 16 + 12).encoded() + [0xEE, 0xEE, 0xEE, 0xEE]
        let data: [UInt8] = Array(1...12)
        image += data
        var expectedHeader = SparseImageHeader(blockSize: 4, totalBlocks: 3, totalChunks: 1)
        expectedHeader.fileHeaderSize = 43
        expectedHeader.chunkHeaderSize = 16
        let expected: [SparseImageEvent] = [.header(expectedHeader), .raw(block: 0, bytes: data), .end]
        for pieces in [[image[...]], image.indices.map { image[$0...$0] }] {
            var reader = SparseImageReader(verifyChecksums: true)
            var events: [SparseImageEvent] = []
            for piece in pieces {
                reader.append(piece)
                while let event = try reader.next() { events.append(event) }
            }
            #expect(events == expected)
            #expect(reader.isFinished && reader.bufferedCount == 0)
        }
    }

    /// Every event of `image` read whole with checksums on, and the error that stopped it, if any.
    static func events(_ image: [UInt8]) -> (events: [SparseImageEvent], error: Error?) {
        var reader = SparseImageReader(verifyChecksums: true)
        reader.append(image)
        var events: [SparseImageEvent] = []
        do {
            while let event = try reader.next() { events.append(event) }
            return (events, nil)
        } catch {
            return (events, error)
        }
    }

    @Test func hugeDontCareChunkDoesNotOverflowTheChecksumLength() {
        // Read to its end: the chunk is reported whole, its length never computed in a type that overflows.
        let (events, error) = Self.events(Self.dontCareCRCOverflow)
        #expect(error == nil)
        #expect(Array(events.dropFirst()) == [.dontCare(block: 0, blocks: 0xFFFF_FFFF), .end])
    }

    @Test(.timeLimit(.minutes(1)))
    func hugeDontCareChunkIsCheckedPromptly() {
        // 16 GiB of zeros are not fed to CRC32 byte by byte: the chunk comes back within the time limit.
        let (events, error) = Self.events(Self.dontCareCRCOf16GiB)
        #expect(error == nil)
        #expect(Array(events.dropFirst()) == [.dontCare(block: 0, blocks: 16), .end])
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
