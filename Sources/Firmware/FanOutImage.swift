import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One image read once, in chunks, and fed to every tablet flashing it.
///
/// Each tablet reads through its own `Reader`, at increasing offsets. A chunk is read from the file by the first
/// reader that needs it and dropped once every reader has gone past it; no reader may run more than `window`
/// chunks ahead of the slowest, so memory stays at about `window × chunkSize` whatever the image size and the
/// number of tablets. A reader going back (a retried partition) reads the file itself, without holding others.
/// A reader must `finish()` when its tablet stops (done, refused or failed), or the others wait for it.
///
/// Thread safety: one condition guards the chunks and positions; file reads happen outside it.
public final class FanOutImage: @unchecked Sendable {
    /// The file.
    public let url: URL
    /// Bytes per chunk.
    public let chunkSize: Int
    /// Chunks kept ahead of the slowest reader.
    public let window: Int
    private let file: FileImageSource
    private let condition = NSCondition()
    private var chunks: [Int: [UInt8]] = [:]
    private var loading: Set<Int> = []
    /// Per reader: the chunk it is at; nil once finished.
    private var positions: [Int?]
    private var failure: (any Error)?
    private var loads = 0
    private var peakChunks = 0

    /// glibc raises its mmap threshold on the fly (up to 32 MiB) once a large block is freed, and then keeps freed
    /// chunks in per-thread arenas: with 16 tablet threads passing 1 MiB chunks around, a 2 GiB flash held about
    /// 140 MiB. A fixed threshold keeps every chunk in its own mapping, returned to the system when dropped.
    private static let boundedMalloc: Bool = {
        #if canImport(Glibc)
        // mallopt(M_MMAP_THRESHOLD = -3, 256 KiB), found at run time: malloc.h is not part of the Glibc module.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        return unsafeBitCast(symbol, to: Mallopt.self)(-3, 256 << 10) == 1
        #else
        return true
        #endif
    }()

    /// Prepares `url` for `readers` tablets.
    public init(url: URL, readers: Int, chunkSize: Int = 1 << 20, window: Int = 8) throws {
        _ = Self.boundedMalloc
        self.url = url
        self.chunkSize = chunkSize
        self.window = max(window, 1)
        file = try FileImageSource(url: url)
        positions = Array(repeating: 0, count: readers)
    }

    /// The reader of tablet `index` (0 ..< readers).
    public func reader(_ index: Int) -> Reader { Reader(image: self, index: index) }

    /// How many chunks were read from the file, and the most held at once.
    public var statistics: (chunkReads: Int, peakChunks: Int) { condition.withLock { (loads, peakChunks) } }

    /// One tablet's view of the image.
    public final class Reader: ImageSource, @unchecked Sendable {
        let image: FanOutImage
        let index: Int
        init(image: FanOutImage, index: Int) {
            self.image = image
            self.index = index
        }
        public var alignment: Int { image.chunkSize }
        public func read(at offset: UInt64, count: Int) throws -> [UInt8] { try image.read(index, at: offset, count: count) }
        public func finish() { image.finish(index) }
        deinit { image.finish(index) }
    }

    func finish(_ reader: Int) {
        condition.withLock {
            guard positions.indices.contains(reader), positions[reader] != nil else { return }
            positions[reader] = nil
            dropPassed()
            condition.broadcast()
        }
    }

    func read(_ reader: Int, at offset: UInt64, count: Int) throws -> [UInt8] {
        let index = Int(offset / UInt64(chunkSize))
        let within = Int(offset % UInt64(chunkSize))
        condition.lock()
        guard positions.indices.contains(reader), let position = positions[reader], index >= position else {
            condition.unlock()
            return try file.read(at: offset, count: count)
        }
        if index > position {
            positions[reader] = index
            dropPassed()
            condition.broadcast()
        }
        while true {
            if let failure {
                condition.unlock()
                throw failure
            }
            if let chunk = chunks[index] {
                condition.unlock()
                if within == 0 && count >= chunk.count { return chunk }
                let end = min(chunk.count, within + count)
                return within < end ? Array(chunk[within..<end]) : []
            }
            let slowest = positions.compactMap { $0 }.min() ?? index
            if !loading.contains(index) && index < slowest + window {
                loading.insert(index)
                condition.unlock()
                let result = Result { try file.read(at: UInt64(index) * UInt64(chunkSize), count: chunkSize) }
                condition.lock()
                loading.remove(index)
                switch result {
                case .success(let bytes):
                    chunks[index] = bytes
                    loads += 1
                    peakChunks = max(peakChunks, chunks.count)
                case .failure(let error): failure = error
                }
                condition.broadcast()
                continue
            }
            condition.wait()
        }
    }

    /// Drops the chunks every active reader has gone past (condition held).
    private func dropPassed() {
        guard let slowest = positions.compactMap({ $0 }).min() else {
            chunks.removeAll()
            return
        }
        for key in chunks.keys where key < slowest { chunks[key] = nil }
    }
}
