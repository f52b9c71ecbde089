/// Bytes received and not yet decoded, consumed from the front without moving the rest each time.
///
/// Shared by every decoder here: they append what arrives (or let a socket write into the queue with
/// `append(upTo:_:)`), look at `view`, and `consume` or `take` what they turned into a message.
/// `storage[start..<end]` holds the bytes; the storage past `end` is room already allocated.
public struct ByteQueue: Sendable {
    private var storage: [UInt8] = []
    private var start = 0
    private var end = 0

    /// Creates an empty queue.
    public init() {}

    /// How many bytes wait.
    public var count: Int { end - start }

    /// The waiting bytes (indices start at the slice's `startIndex`; use offsets through `readLittleEndian`).
    public var view: ArraySlice<UInt8> { storage[start..<end] }

    /// Adds bytes at the end.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        // An empty queue takes a whole array as it is (a received packet's payload): no copy.
        if start == end, let array = bytes as? [UInt8] {
            storage = array
            start = 0
            end = array.count
            return
        }
        let length = bytes.count
        makeRoom(length)
        storage.replaceSubrange(end..<(end + length), with: bytes)
        end += length
    }

    /// Lets `fill` write up to `limit` bytes straight after the waiting ones (a socket read); returns what it wrote.
    public mutating func append(upTo limit: Int, _ fill: (UnsafeMutableRawBufferPointer) throws -> Int) rethrows -> Int {
        makeRoom(limit)
        let written = try storage.withUnsafeMutableBytes { raw in
            try fill(UnsafeMutableRawBufferPointer(rebasing: raw[end..<(end + limit)]))
        }
        precondition(written >= 0 && written <= limit, "a fill wrote \(written) bytes where \(limit) were offered")
        end += written
        return written
    }

    /// A copy of `length` bytes starting `offset` bytes into the queue.
    public func bytes(at offset: Int, length: Int) -> [UInt8] {
        Array(storage[(start + offset)..<(start + offset + length)])
    }

    /// `length` bytes starting `offset` bytes into the queue, without copying them (valid until the next change).
    public func slice(at offset: Int, length: Int) -> ArraySlice<UInt8> {
        storage[(start + offset)..<(start + offset + length)]
    }

    /// Removes and returns the first `length` bytes; when they are all the queue holds of an array it took whole,
    /// that array is handed back without a copy.
    public mutating func take(_ length: Int) -> [UInt8] {
        if start == 0 && end == length && storage.count == length {
            defer { self = ByteQueue() }
            return storage
        }
        defer { consume(length) }
        return bytes(at: 0, length: length)
    }

    /// Drops `length` bytes from the front.
    public mutating func consume(_ length: Int) {
        precondition(length <= count, "consuming \(length) of \(count) bytes")
        start += length
        if start == end {
            start = 0
            end = 0
        }
    }

    /// Makes room for `length` more bytes after `end`: moves the waiting bytes to the front when that frees enough,
    /// else grows the storage (at least doubling it).
    private mutating func makeRoom(_ length: Int) {
        if end + length <= storage.count && (start == 0 || start < storage.count / 2) { return }
        let waiting = count
        if start > 0 {
            if waiting > 0 {
                storage.withUnsafeMutableBytes { raw in
                    raw.baseAddress!.copyMemory(from: raw.baseAddress! + start, byteCount: waiting)    // regions may overlap
                }
            }
            start = 0
            end = waiting
        }
        if end + length > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(end + length - storage.count, storage.count)))
        }
    }
}
