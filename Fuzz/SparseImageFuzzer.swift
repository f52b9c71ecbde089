import Fastboot

// Target sparse-image: Android sparse images (the firmware files Valise flashes) through SparseImageReader,
// fed whole and cut in two, and through SparseImageLayout.indexing, which reads only the chunk headers.
//
// Input: [flags][cut: u16][image…]. flags bit 0: verify CRC32 chunks; bits 1–2: the RAW segment size.
// Both feedings must give the same events; the events must cover the blocks in order, once, and end once.

private func read(_ chunks: [ArraySlice<UInt8>], verify: Bool, segmentBytes: Int) -> Fed<SparseImageEvent, FastbootProtocolError> {
    var reader = SparseImageReader(verifyChecksums: verify, maxSegmentBytes: segmentBytes)
    return feed(chunks, append: { reader.append($0) }) { _ throws(FastbootProtocolError) in try reader.next() }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let flags = input.byte()
    let verify = flags & 1 != 0
    let segmentBytes = [1 << 20, 4096, 4, 0][Int(flags >> 1) & 3]
    let seed = input.uint16()
    let image = input.rest()
    let cut = FuzzInput.cut(image.count, seed: seed)

    let whole = read([image[...]], verify: verify, segmentBytes: segmentBytes)
    require(whole == read([image[..<cut], image[cut...]], verify: verify, segmentBytes: segmentBytes),
            "cutting the image at \(cut) changed the events")

    var header: SparseImageHeader?
    var next: UInt64 = 0
    for (index, event) in whole.items.enumerated() {
        switch event {
        case .header(let parsed):
            require(index == 0, "a header after the first event")
            header = parsed
        case .raw(let block, let bytes):
            let blockSize = Int(header?.blockSize ?? 0)
            require(blockSize > 0 && bytes.count % blockSize == 0 && !bytes.isEmpty, "RAW data not in whole blocks")
            require(UInt64(block) == next, "RAW data out of order")
            next += UInt64(bytes.count / max(blockSize, 1))
        case .fill(let block, let blocks, _), .dontCare(let block, let blocks):
            require(UInt64(block) == next, "a chunk out of order")
            next += UInt64(blocks)
        case .end:
            require(index == whole.items.count - 1, "events after the end")
            require(next == UInt64(header?.totalBlocks ?? 0), "the end before every block was covered")
        }
        require(next <= UInt64(header?.totalBlocks ?? 0), "events cover more blocks than the image has")
    }

    let layout = try? SparseImageLayout.indexing { offset, count in
        guard offset < UInt64(image.count) else { return [] }
        return Array(image[Int(offset)...].prefix(count))
    }
    if let layout {
        require(header.map { $0.totalBlocks == layout.totalBlocks } ?? true,
                "indexing and reading disagree on the size")
        require(layout.chunks.allSatisfy { UInt64($0.block) + UInt64($0.blocks) <= UInt64(layout.totalBlocks) },
                "an indexed chunk past the image's end")
    }
    return 0
}
