/// The bytes libFuzzer hands to a target, read from the front: a few configuration bytes, then the rest.
///
/// Compiled into every fuzzer next to its target file. Reading past the end gives zeros, so every input,
/// even the empty one, is a valid configuration.
struct FuzzInput {
    /// The bytes not read yet.
    private(set) var remaining: ArraySlice<UInt8>

    /// Copies the `size` bytes at `data`.
    init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        remaining = Array(UnsafeBufferPointer(start: data, count: size))[...]
    }

    /// The next byte, or 0 at the end.
    mutating func byte() -> UInt8 {
        remaining.popFirst() ?? 0
    }

    /// The next two bytes as a little-endian number.
    mutating func uint16() -> UInt16 {
        UInt16(byte()) | UInt16(byte()) << 8
    }

    /// Everything not read yet, as an array.
    mutating func rest() -> [UInt8] {
        defer { remaining = [] }
        return Array(remaining)
    }

    /// A cut point in `0...count`, from `seed` (so the fuzzer steers it).
    static func cut(_ count: Int, seed: UInt16) -> Int {
        count == 0 ? 0 : Int(seed) % (count + 1)
    }
}

/// Stops the fuzzer with `message` when an invariant does not hold (libFuzzer records the input).
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError(message()) }
}
