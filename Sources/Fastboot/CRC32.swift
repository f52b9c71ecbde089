/// CRC-32 (IEEE 802.3, reflected, as zlib and libsparse compute it).
public struct CRC32: Sendable, Equatable {
    /// The checksum of everything fed so far.
    public private(set) var value: UInt32 = 0

    /// A checksum of nothing (0).
    public init() {}

    private static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        return crc
    }

    /// Adds bytes.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        value = ~Self.advance(~value, bytes)
    }

    /// Adds `count` copies of a 4-byte little-endian pattern (zeros for DONT_CARE) in O(log count): the register
    /// update for one pattern is affine over GF(2), so it is raised to the power `count` by squaring.
    public mutating func update(pattern: UInt32, repeating count: UInt64) {
        let word: [UInt8] = [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: pattern >> $0) }
        var result = Affine.identity
        var base = Affine(bytes: word)
        var remaining = count
        while remaining > 0 {
            if remaining & 1 == 1 { result = result.then(base) }
            base = base.then(base)
            remaining >>= 1
        }
        value = ~result.apply(~value)
    }

    /// The raw register after `bytes`.
    private static func advance(_ register: UInt32, _ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = register
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc
    }

    /// r ↦ A·r ⊕ c over GF(2)^32; `columns[i]` is A applied to bit i.
    private struct Affine {
        var columns: [UInt32]
        var constant: UInt32

        static let identity = Affine(columns: (0..<32).map { UInt32(1) << $0 }, constant: 0)

        init(columns: [UInt32], constant: UInt32) {
            self.columns = columns
            self.constant = constant
        }

        /// The register update for feeding `bytes`.
        init(bytes: [UInt8]) {
            let constant = CRC32.advance(0, bytes)
            self.constant = constant
            columns = (0..<32).map { CRC32.advance(UInt32(1) << $0, bytes) ^ constant }
        }

        func linear(_ register: UInt32) -> UInt32 {
            var result: UInt32 = 0
            var bits = register
            var index = 0
            while bits != 0 {
                if bits & 1 == 1 { result ^= columns[index] }
                bits >>= 1
                index += 1
            }
            return result
        }

        func apply(_ register: UInt32) -> UInt32 { linear(register) ^ constant }

        /// This update, then `next`.
        func then(_ next: Affine) -> Affine {
            Affine(columns: columns.map { next.linear($0) }, constant: next.apply(constant))
        }
    }
}
