import Devices
import Diagnostics
import Fastboot
import Foundation
import Signing

/// The images of one catalog entry for one run: each checked once against the catalog (size, sha256), and
/// each shared by the tablets flashing it (a `FanOutImage` per partition, `readers` tablets).
///
/// Thread safety: a lock guards the checks and the fan-outs.
public final class PlanImages: @unchecked Sendable {
    /// What Valise knows about an image once it was checked.
    public struct Facts: Sendable {
        /// Its chunks (a sparse file's own, or RAW chunks over a raw file).
        public var layout: SparseImageLayout
        /// Its file size.
        public var size: UInt64
        /// The Valise header at the start of the expanded image, if any.
        public var header: ValiseImageHeader?
    }

    /// The entry.
    public let entry: FirmwareEntry
    /// How many tablets read each image.
    public let readers: Int
    private let lock = NSLock()
    private var checked: [Int: Result<Facts, FirmwareFlashError>] = [:]
    private var fanOuts: [Int: FanOutImage] = [:]

    /// The images of `entry`, for `readers` tablets.
    public init(entry: FirmwareEntry, readers: Int) {
        self.entry = entry
        self.readers = max(1, readers)
    }

    /// Checks every image of the plan (once per run); throws the first difference from the catalog.
    public func checkAll(tablet: String) throws(FirmwareFlashError) -> [Facts] {
        var result: [Facts] = []
        for index in entry.steps.indices { result.append(try facts(index, tablet: tablet)) }
        return result
    }

    /// The facts of step `index`'s image, checked against the catalog.
    public func facts(_ index: Int, tablet: String) throws(FirmwareFlashError) -> Facts {
        let outcome = lock.withLock {
            if let done = checked[index] { return done }
            let done = Self.check(entry.steps[index], tablet: tablet)
            checked[index] = done
            return done
        }
        return try outcome.get()
    }

    /// Where tablet `reader` reads step `index`'s image.
    public func source(_ index: Int, reader: Int) throws -> ImageSource {
        let step = entry.steps[index]
        guard readers > 1 else { return try FileImageSource(url: step.image) }
        let image = try lock.withLock {
            if let image = fanOuts[index] { return image }
            let image = try FanOutImage(url: step.image, readers: readers)
            fanOuts[index] = image
            return image
        }
        return image.reader(reader)
    }

    /// Tablet `reader` will not read the images of steps `indices` (already done, or it stopped).
    public func release(_ indices: some Sequence<Int>, reader: Int) {
        let images = lock.withLock { indices.compactMap { fanOuts[$0] } }
        for image in images { image.finish(reader) }
        let pending = lock.withLock { Array(indices.filter { fanOuts[$0] == nil }) }
        guard readers > 1, !pending.isEmpty else { return }
        // Fan-outs not made yet: make them so that this reader is marked as gone.
        for index in pending { (try? source(index, reader: reader))?.finish() }
    }

    /// The chunk reads and peak chunks held by each fan-out so far (for the benchmark and tests).
    public var statistics: [(partition: String, chunkReads: Int, peakChunks: Int)] {
        lock.withLock { fanOuts.sorted { $0.key < $1.key }.map { (entry.steps[$0.key].partition, $0.value.statistics.0, $0.value.statistics.1) } }
    }

    static func check(_ step: FlashStep, tablet: String) -> Result<Facts, FirmwareFlashError> {
        func failure(_ reason: String, _ action: String) -> Result<Facts, FirmwareFlashError> {
            .failure(FirmwareFlashError(.badImage, tablet: tablet, summary: Say.imageDiffers(image: step.path, partition: step.partition),
                                        reason: reason + " " + Say.nothingWritten, action: action, helpTopic: "firmware-image-mismatch"))
        }
        let digest: (size: UInt64, sha256: String)
        switch FileDigest.of(step.image) {
        case .success(let found): digest = found
        case .failure(.missing):
            return failure(Say.fileMissing(step.image.path), Say.copyFirmwareFilesFix(packages: false))
        case .failure(.unreadable):
            return failure(Say.readingLocalFileFailed(step.image.path), Say.checkDiskFix)
        }
        let size = digest.size
        guard size == step.size else {
            return failure(Say.sizeDiffers(size, catalog: step.size), Say.truncatedFix(packages: false))
        }
        guard digest.sha256 == step.sha256 else {
            return failure(Say.sha256Differs(digest.sha256, catalog: step.sha256), Say.damagedFix(packages: false))
        }
        guard let file = try? FileImageSource(url: step.image) else {
            return failure(Say.fileMissing(step.image.path), Say.copyFirmwareFilesFix(packages: false))
        }
        do {
            let read: (UInt64, Int) throws -> [UInt8] = { try file.read(at: $0, count: $1) }
            let layout = SparseImage.isSparse(try read(0, 4)) ? try SparseImageLayout.indexing(read) : try SparseImageLayout.raw(length: size)
            var header: ValiseImageHeader?
            if let first = layout.chunks.first, first.block == 0, case let .raw(offset, length) = first.kind {
                header = ValiseImageHeader(parsing: try read(offset, Int(min(length, UInt64(ValiseImageHeader.maxLength)))))
            }
            return .success(Facts(layout: layout, size: size, header: header))
        } catch {
            return failure(Say.notAPartitionImageSaying("\(error)"), Say.downloadImageAgainThenRunFix)
        }
    }
}
