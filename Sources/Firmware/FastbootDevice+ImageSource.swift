import Devices
import Diagnostics
import Fastboot
import Foundation

extension FastbootDevice {
    /// The downloads that flash an image of `size` bytes with chunks `layout`: the file as it is when it fits in
    /// max-download-size (capped at 1 GiB), else sparse pieces each covering the whole partition.
    func downloads(layout: SparseImageLayout, size: UInt64, partition: String) throws(FastbootError) -> [[SparseSegment]] {
        let limit = min(try maxDownloadSize(), SparseResparser.limitCap)
        if size <= UInt64(limit) { return [[.source(offset: 0, length: Int(size))]] }
        do {
            return try SparseResparser.split(layout, limit: limit).map(SparseImageWriter.segments)
        } catch {
            throw FastbootError(.badImage, tablet: label, summary: Say.imageCannotBeSplit(partition: partition, tablet: label),
                                reason: "\(error)", action: Say.checkImageFileFix)
        }
    }

    /// Flashes `partition` with `downloads`, reading image bytes from `source`; `sent` is told the bytes sent so far.
    func flash(_ partition: String, downloads: [[SparseSegment]], source: ImageSource,
               sent: @escaping (Int) -> Void) throws(FastbootError) {
        var total = 0
        for segments in downloads {
            try download(segments, source: source, partition: partition) { total += $0; sent(total) }
            try run(.flash(partition), partition: partition)
        }
    }

    /// Downloads `size` bytes of `source` and writes nothing (`fastboot stage`).
    public func stage(size: UInt64, source: ImageSource) throws(FastbootError) {
        try download([.source(offset: 0, length: Int(size))], source: source, partition: "(staged)") { _ in }
    }

    /// One `download:` of `segments`; `sent` is told each piece of image sent.
    func download(_ segments: [SparseSegment], source: ImageSource, partition: String, sent: @escaping (Int) -> Void) throws(FastbootError) {
        let count = segments.reduce(0) { $0 + $1.count }
        guard let size = UInt32(exactly: count) else {
            throw FastbootError(.imageTooLarge, tablet: label, summary: Say.imageTooLarge(partition: partition),
                                reason: Say.imageTooLargeReason, action: Say.imageTooLargeFix)
        }
        try run(.download(size), partition: partition) { send in
            for segment in segments {
                switch segment {
                case .bytes(let bytes):
                    try send(bytes)
                case .zeros(var left):
                    while left > 0 {
                        let now = min(left, 1 << 20)
                        try send([UInt8](repeating: 0, count: now))
                        left -= now
                    }
                case let .source(offset, length):
                    var done = 0
                    let alignment = UInt64(max(source.alignment, 4096))
                    while done < length {
                        let at = offset + UInt64(done)
                        let piece = try source.read(at: at, count: min(length - done, Int(alignment - at % alignment)))
                        if piece.isEmpty { return }
                        try send(piece)
                        done += piece.count
                        sent(piece.count)
                    }
                }
            }
        }
    }
}
