import Foundation

/// One package read once and its entries' bytes (decompressed) handed to every tablet of a case.
///
/// The package is streamed once by `run()`; each tablet pulls its bytes through its own `Reader`, in order. No
/// reader gets more than `window` pieces ahead of the slowest, so memory stays bounded whatever the package size.
/// A tablet that stops (done, refused, unplugged) must `detach()`, and the others carry on without it.
///
/// Thread safety: one condition guards the queues; the package is read on the thread calling `run()`.
public final class PackageBroadcast: @unchecked Sendable {
    /// The package.
    public let package: SamsungPackage
    /// Pieces a reader may have waiting before the package's reading pauses.
    public let window: Int
    private let condition = NSCondition()
    private var queues: [[(entry: String, bytes: [UInt8])]?]
    private var finished = false
    private var failure: (any Error)?
    /// Pieces handed out, and the most waiting at once for one reader (for tests and benchmarks).
    public private(set) var peakQueued = 0

    /// Prepares `package` for `readers` tablets.
    public init(package: SamsungPackage, readers: Int, window: Int = 16) {
        self.package = package
        self.window = max(window, 1)
        queues = Array(repeating: [], count: readers)
    }

    /// Tablet `index`'s reader.
    public func reader(_ index: Int) -> Reader { Reader(broadcast: self, index: index) }

    /// Reads the package once, feeding every reader still attached; returns when done or when all detached.
    public func run() {
        do {
            try package.stream { entry, bytes in
                condition.lock()
                defer { condition.unlock() }
                while queues.contains(where: { ($0?.count ?? 0) >= window }) { condition.wait() }
                guard queues.contains(where: { $0 != nil }) else { throw CancellationError() }
                for index in queues.indices where queues[index] != nil {
                    queues[index]?.append((entry, bytes))
                    peakQueued = max(peakQueued, queues[index]?.count ?? 0)
                }
                condition.broadcast()
            }
        } catch {
            condition.withLock { failure = error is CancellationError ? nil : error }
        }
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    fileprivate func take(_ index: Int, beforeWaiting: () -> Void) throws -> (entry: String, bytes: [UInt8])? {
        condition.lock()
        defer { condition.unlock() }
        if queues[index]?.isEmpty == true && !finished {
            condition.unlock()
            beforeWaiting()
            condition.lock()
        }
        while queues[index]?.isEmpty == true && !finished { condition.wait() }
        if let failure { throw failure }
        guard let first = queues[index]?.first else { return nil }
        queues[index]?.removeFirst()
        condition.broadcast()
        return first
    }

    fileprivate func detach(_ index: Int) {
        condition.withLock {
            queues[index] = nil
            condition.broadcast()
        }
    }

    /// One tablet's view: each entry's bytes in order, copied from the shared pieces straight to where they go
    /// (no copy of its own: a case of tablets holds the window's pieces once, whatever the count).
    public final class Reader: @unchecked Sendable {
        private let broadcast: PackageBroadcast
        private let index: Int
        private var piece: [UInt8] = []
        private var position = 0
        private var entry = ""
        private var delivered = 0

        fileprivate init(broadcast: PackageBroadcast, index: Int) {
            self.broadcast = broadcast
            self.index = index
        }

        /// Writes the next `destination.count` bytes of `entry` (the tar name), which must start at `offset` (the
        /// bytes read so far), into `destination`. `beforeWaiting` runs before the reader waits for the package to
        /// go on: a tablet waiting here must not keep what the slowest one needs to catch up (its bus turn).
        public func read(entry name: String, offset: Int, into destination: UnsafeMutableRawBufferPointer,
                         beforeWaiting: () -> Void = {}) throws {
            if entry != name { piece = []; position = 0; entry = name; delivered = 0 }
            guard offset == delivered else { throw SamsungPackageProblem.unreadable("\(name): a read at \(offset), \(delivered) expected") }
            var filled = 0
            while filled < destination.count {
                if position == piece.count {
                    guard let next = try broadcast.take(index, beforeWaiting: beforeWaiting), next.entry == name else {
                        throw SamsungPackageProblem.sizeMismatch(entry: name, expected: offset + destination.count, got: offset + filled)
                    }
                    (piece, position) = (next.bytes, 0)
                }
                let count = min(piece.count - position, destination.count - filled)
                piece.withUnsafeBytes { source in
                    UnsafeMutableRawBufferPointer(rebasing: destination[filled..<(filled + count)])
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + count)]))
                }
                position += count
                filled += count
            }
            delivered += filled
        }

        /// The next `count` bytes of `entry`, as an array.
        public func read(entry name: String, offset: Int, count: Int) throws -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            try bytes.withUnsafeMutableBytes { try read(entry: name, offset: offset, into: $0) }
            return bytes
        }

        /// This tablet stopped: the package no longer waits for it.
        public func detach() {
            piece = []
            broadcast.detach(index)
        }
    }
}
