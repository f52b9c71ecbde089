import Diagnostics
import Fastboot
import Foundation

/// What a flash sent.
public struct FastbootFlashReport: Sendable, Equatable {
    /// The partition as named.
    public var partition: String
    /// Downloads it took (1 unless the image was larger than max-download-size).
    public var pieces: Int
    /// Bytes sent, sparse headers included.
    public var bytesSent: Int
}

extension FastbootDevice {
    /// Bytes per packet of a data phase (as the AOSP host's 1 MiB transport chunks).
    static let packetBytes = 1 << 20

    /// Flashes `image` (raw or sparse) to `partition`.
    ///
    /// An image with a Valise header naming another board than the tablet's `product` is refused before anything
    /// is sent. An image larger than max-download-size (capped at 1 GiB) goes as sparse pieces, each at most that
    /// size and each covering the whole partition. Data is streamed from the file; it is never read whole.
    @discardableResult
    public func flash(_ partition: String, image url: URL, checkBoard: Bool = true) throws(FastbootError) -> FastbootFlashReport {
        let file = try ImageFile(url: url, tablet: label)
        defer { file.close() }
        let layout = try file.layout()
        if checkBoard, let board = try file.header(layout)?.board {
            let product = try getVar(FastbootVariable.product)
            guard product == board else {
                throw FastbootError(.wrongBoard, tablet: label,
                                    summary: Say.imageForOtherBoard(url.lastPathComponent, board: "\(board)", tablet: label, product: product),
                                    reason: Say.otherBoardReason, action: Say.useImageForProductFix(product))
            }
        }
        let limit = min(try maxDownloadSize(), SparseResparser.limitCap)
        var report = FastbootFlashReport(partition: partition, pieces: 0, bytesSent: 0)
        let downloads: [[SparseSegment]]
        if file.size <= UInt64(limit) {
            downloads = [[.source(offset: 0, length: Int(file.size))]]
        } else {
            do {
                downloads = try SparseResparser.split(layout, limit: limit).map(SparseImageWriter.segments)
            } catch {
                throw FastbootError(.badImage, tablet: label, summary: Say.imageCannotBeSplit(url.lastPathComponent, tablet: label),
                                    reason: "\(error)", action: Say.checkImageFileFix)
            }
        }
        for segments in downloads {
            report.bytesSent += try download(segments, from: file, partition: partition)
            try run(.flash(partition), partition: partition)
            report.pieces += 1
        }
        return report
    }

    /// `download:` of the bytes `segments` describe, streamed from `file`; returns the byte count.
    func download(_ segments: [SparseSegment], from file: ImageFile, partition: String) throws(FastbootError) -> Int {
        let total = segments.reduce(0) { $0 + $1.count }
        guard let size = UInt32(exactly: total) else {
            throw FastbootError.protocolViolation(.downloadTooLarge(total), tablet: label, partition: partition)
        }
        try run(.download(size), partition: partition) { send in
            var pending: [UInt8] = []
            pending.reserveCapacity(Self.packetBytes)
            func flush(_ force: Bool) throws {
                while pending.count >= Self.packetBytes || (force && !pending.isEmpty) {
                    let count = min(pending.count, Self.packetBytes)
                    try send(Array(pending[0..<count]))
                    pending.removeFirst(count)
                }
            }
            for segment in segments {
                switch segment {
                case .bytes(let bytes):
                    pending += bytes
                case .zeros(let count):
                    pending += repeatElement(0, count: count)
                case let .source(offset, length):
                    var done = 0
                    while done < length {
                        let chunk = try file.read(at: offset + UInt64(done), count: min(Self.packetBytes, length - done))
                        if chunk.isEmpty { return }
                        pending += chunk
                        done += chunk.count
                        try flush(false)
                    }
                }
                try flush(false)
            }
            try flush(true)
        }
        return total
    }
}

/// An image file read in pieces.
final class ImageFile {
    let url: URL
    let size: UInt64
    private let handle: FileHandle
    private let tablet: String

    init(url: URL, tablet: String) throws(FastbootError) {
        self.url = url
        self.tablet = tablet
        do {
            handle = try FileHandle(forReadingFrom: url)
            size = try handle.seekToEnd()
        } catch {
            throw FastbootError(.badImage, tablet: tablet, summary: Say.cannotReadImage(url.path, tablet: tablet),
                                reason: Say.imageFileMissing, action: Say.checkImagePathFix)
        }
    }

    func close() { try? handle.close() }

    /// Up to `count` bytes at `offset`.
    func read(at offset: UInt64, count: Int) throws -> [UInt8] {
        try handle.seek(toOffset: offset)
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }

    /// The image as chunks: a sparse file's own, or RAW chunks over a raw file.
    func layout() throws(FastbootError) -> SparseImageLayout {
        do {
            if SparseImage.isSparse(try read(at: 0, count: 4)) {
                return try SparseImageLayout.indexing { offset, count in try self.read(at: offset, count: count) }
            }
            return try SparseImageLayout.raw(length: size)
        } catch {
            throw FastbootError(.badImage, tablet: tablet, summary: Say.notAPartitionImage(url.lastPathComponent),
                                reason: "\(error)", action: Say.downloadImageAgainFix,
                                detail: "\(error)")
        }
    }

    /// The Valise header at the start of the expanded image, if any.
    func header(_ layout: SparseImageLayout) throws(FastbootError) -> ValiseImageHeader? {
        guard let first = layout.chunks.first, first.block == 0, case let .raw(offset, length) = first.kind else { return nil }
        do {
            return ValiseImageHeader(parsing: try read(at: offset, count: Int(min(length, UInt64(ValiseImageHeader.maxLength)))))
        } catch {
            return nil
        }
    }
}
