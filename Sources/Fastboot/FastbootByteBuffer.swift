/// Bytes received and not yet decoded, consumed from the front without moving the rest each time.
struct FastbootByteBuffer: Sendable {
    private var storage: [UInt8] = []
    private var start = 0

    /// How many bytes wait.
    var count: Int { storage.count - start }

    /// Adds bytes at the end.
    mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if start > 0 && start >= storage.count / 2 {
            storage.removeFirst(start)
            start = 0
        }
        storage.append(contentsOf: bytes)
    }

    /// The first `length` bytes, removed.
    mutating func take(_ length: Int) -> [UInt8] {
        let bytes = Array(storage[start..<(start + length)])
        start += length
        if start == storage.count {
            storage.removeAll(keepingCapacity: true)
            start = 0
        }
        return bytes
    }

    /// Drops the first `length` bytes without copying them.
    ///
    /// Use this, not `_ = take(length)`: Swift 6.3.1's optimizer (SIL DCE, -O) frees the discarded array `take`
    /// allocates before copying the bytes into it, a heap use-after-free that corrupted malloc's heap in the
    /// sparse-image fuzzer (a file header with extra bytes to skip).
    mutating func skip(_ length: Int) {
        precondition(length >= 0 && length <= count, "skipping \(length) of \(count) bytes")
        start += length
        if start == storage.count {
            storage.removeAll(keepingCapacity: true)
            start = 0
        }
    }

    /// The byte `offset` bytes in.
    subscript(offset: Int) -> UInt8 { storage[start + offset] }
}

extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    func readLittleEndian<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
        var value: T = 0
        for index in 0..<MemoryLayout<T>.size {
            value |= T(self[offset + index]) << (8 * index)
        }
        return value
    }
}
