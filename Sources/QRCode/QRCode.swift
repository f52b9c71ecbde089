// QR Code Model 2 encoder (ISO/IEC 18004:2015), byte mode only.

/// The error-correction level of a QR code: roughly 7 %, 15 %, 25 % or 30 % of codewords restorable.
public enum QRErrorCorrection: Sendable, CaseIterable {
    /// Level L, about 7 % recovery.
    case low
    /// Level M, about 15 % recovery.
    case medium
    /// Level Q, about 25 % recovery.
    case quartile
    /// Level H, about 30 % recovery.
    case high
}

/// The payload does not fit in a version-40 symbol at the requested correction level.
public struct QRCodeError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Length of the rejected payload in bytes.
    public let byteCount: Int
    /// The most bytes a version-40 symbol holds in byte mode at `correction`.
    public let capacity: Int
    /// The requested correction level.
    public let correction: QRErrorCorrection

    /// "too long: N bytes; the largest QR code holds M bytes at this correction level".
    public var description: String {
        "too long: \(byteCount) bytes; the largest QR code holds \(capacity) bytes at this correction level"
    }
}

/// An encoded QR code symbol: a square of dark and light modules, without quiet zone.
public struct QRCode: Sendable {
    /// The symbol version, 1...40: the smallest that holds the payload at the chosen level.
    public let version: Int
    /// Modules per side: 17 + 4 × version.
    public let size: Int
    /// The error-correction level the symbol was encoded with.
    let correction: QRErrorCorrection
    /// The mask pattern applied, 0...7.
    let mask: Int
    /// Row-major, true is dark.
    private let modules: [Bool]

    /// Whether the module in column `x`, row `y` is dark; coordinates outside the symbol
    /// (the quiet zone) are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }

    /// Encodes `text` as UTF-8 in byte mode, in the smallest version that fits at `correction`,
    /// choosing the best of the 8 masks by the standard penalty rules.
    /// - Throws: `QRCodeError` when the text is longer than a version-40 symbol holds.
    ///
    /// Text beyond ASCII is preceded by the ECI designator 26 (UTF-8), without which decoders
    /// read byte mode as ISO-8859-1 or guess (zbar picks Shift-JIS for "º"); this costs 12 bits.
    public static func encode(_ text: String, correction: QRErrorCorrection = .medium) throws -> QRCode {
        let bytes = Array(text.utf8)
        return try encode(bytes: bytes, correction: correction, utf8ECI: bytes.contains { $0 >= 0x80 }, mask: nil)
    }

    /// Encodes `bytes` in byte mode, without ECI, in the smallest version that fits at `correction`,
    /// choosing the best of the 8 masks by the standard penalty rules.
    /// - Throws: `QRCodeError` when the payload is longer than a version-40 symbol holds.
    public static func encode(bytes: [UInt8], correction: QRErrorCorrection = .medium) throws -> QRCode {
        try encode(bytes: bytes, correction: correction, utf8ECI: false, mask: nil)
    }

    /// As `encode(bytes:correction:)`, with an optional UTF-8 ECI header and the mask forced when not nil.
    static func encode(
        bytes: [UInt8], correction: QRErrorCorrection, utf8ECI: Bool = false, mask forcedMask: Int?
    ) throws -> QRCode {
        let fits = { byteCapacity(version: $0, correction: correction, utf8ECI: utf8ECI) >= bytes.count }
        guard let version = (1...40).first(where: fits) else {
            throw QRCodeError(
                byteCount: bytes.count, capacity: byteCapacity(version: 40, correction: correction, utf8ECI: utf8ECI),
                correction: correction)
        }
        let layout = QRTables.layout(version: version, correction: correction)
        let data = dataCodewords(bytes, version: version, capacity: layout.dataCodewords, utf8ECI: utf8ECI)
        var matrix = QRMatrix(version: version)
        matrix.placeCodewords(interleave(data, layout: layout))

        var chosen = forcedMask ?? 0
        if forcedMask == nil {
            var best = Int.max
            for candidate in 0..<8 {
                var trial = matrix
                trial.applyMask(candidate)
                trial.drawFormatBits(mask: candidate, correction: correction)
                let score = trial.penalty
                if score < best { (best, chosen) = (score, candidate) }
            }
        }
        matrix.applyMask(chosen)
        matrix.drawFormatBits(mask: chosen, correction: correction)
        return QRCode(
            version: version, size: matrix.size, correction: correction, mask: chosen, modules: matrix.modules)
    }

    /// Bits of the character count indicator in byte mode.
    static func countBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// Bits of the ECI header 0111 00011010 (UTF-8, assignment number 26).
    static let utf8ECIBits = 12

    /// The most bytes `version` holds in byte mode at `correction`.
    static func byteCapacity(version: Int, correction: QRErrorCorrection, utf8ECI: Bool = false) -> Int {
        let bits = QRTables.layout(version: version, correction: correction).dataCodewords * 8
        return (bits - (utf8ECI ? utf8ECIBits : 0) - 4 - countBits(version: version)) / 8
    }

    /// [ECI 26 header,] mode indicator 0100, character count, the bytes, terminator, zero bits to a byte
    /// boundary, then the pad codewords 0xEC 0x11 alternately up to `capacity` codewords.
    static func dataCodewords(_ bytes: [UInt8], version: Int, capacity: Int, utf8ECI: Bool = false) -> [UInt8] {
        var bits = BitBuffer()
        if utf8ECI {
            bits.append(0b0111, count: 4) // ECI mode
            bits.append(26, count: 8) // designator in its one-byte form (leading 0)
        }
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: countBits(version: version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        bits.append(0, count: min(4, capacity * 8 - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits the data into blocks, appends each block's Reed–Solomon codewords and interleaves:
    /// the i-th data codeword of every block in turn, then the i-th EC codeword of every block.
    static func interleave(_ data: [UInt8], layout: QRBlockLayout) -> [UInt8] {
        let rs = ReedSolomon(degree: layout.ecPerBlock)
        var blocks: [[UInt8]] = []
        var offset = 0
        for length in layout.dataLengths {
            blocks.append(Array(data[offset..<(offset + length)]))
            offset += length
        }
        let ecBlocks = blocks.map { rs.remainder(of: $0) }
        var result: [UInt8] = []
        result.reserveCapacity(layout.totalCodewords)
        for i in 0..<(layout.group2Blocks > 0 ? layout.group2Data : layout.group1Data) {
            for block in blocks where i < block.count { result.append(block[i]) }
        }
        for i in 0..<layout.ecPerBlock {
            for block in ecBlocks { result.append(block[i]) }
        }
        return result
    }

    /// The symbol for a terminal, quiet zone of 4 modules included: each line holds two module rows,
    /// drawn with "▀" (upper dark), "▄" (lower dark), "█" (both) and " " (both light).
    /// Dark modules are the drawn ones, so it reads right in dark-on-light terminals.
    public func terminalText() -> String {
        let quiet = 4
        var lines: [String] = []
        for y in stride(from: -quiet, to: size + quiet, by: 2) {
            var line = ""
            for x in -quiet..<(size + quiet) {
                switch (isDark(x: x, y: y), isDark(x: x, y: y + 1)) {
                case (true, true): line += "█"
                case (true, false): line += "▀"
                case (false, true): line += "▄"
                case (false, false): line += " "
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A big-endian bit accumulator.
struct BitBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    /// Appends the low `count` bits of `value`, most significant first.
    mutating func append(_ value: Int, count bitCount: Int) {
        for i in stride(from: bitCount - 1, through: 0, by: -1) {
            if count % 8 == 0 { bytes.append(0) }
            if (value >> i) & 1 != 0 { bytes[bytes.count - 1] |= 0x80 >> UInt8(count % 8) }
            count += 1
        }
    }
}
