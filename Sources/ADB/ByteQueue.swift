/// Bytes received and not yet decoded, consumed from the front without moving the rest each time.
///
/// Shared by every decoder here: they append what arrives, look at `view`, and `consume` what
/// they turned into a message.
public struct ByteQueue: Sendable {
    private var storage: [UInt8] = []
    private var start = 0

    /// Creates an empty queue.
    public init() {}

    /// How many bytes wait.
    public var count: Int { storage.count - start }

    /// The waiting bytes (indices start at the slice's `startIndex`; use offsets through `readLittleEndian`).
    public var view: ArraySlice<UInt8> { storage[start...] }

    /// Adds bytes at the end.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        // An empty queue takes a whole array as it is (a received packet's payload): no copy.
        if start == storage.count, let array = bytes as? [UInt8] {
            storage = array
            start = 0
            return
        }
        if start > 0 && start >= storage.count / 2 {
            storage.removeFirst(start)
            start = 0
        }
        storage.append(contentsOf: bytes)
    }

    /// A copy of `length` bytes starting `offset` bytes into the queue.
    public func bytes(at offset: Int, length: Int) -> [UInt8] {
        Array(storage[(start + offset)..<(start + offset + length)])
    }

    /// `length` bytes starting `offset` bytes into the queue, without copying them (valid until the next change).
    public func slice(at offset: Int, length: Int) -> ArraySlice<UInt8> {
        storage[(start + offset)..<(start + offset + length)]
    }

    /// Drops `length` bytes from the front.
    public mutating func consume(_ length: Int) {
        start += length
        if start == storage.count {
            storage.removeAll(keepingCapacity: true)
            start = 0
        }
    }
}
