// The module grid: function patterns (finders, separators, timing, alignment,
// format and version information), codeword placement and masking.
// Coordinates: x is the column (0 at the left), y the row (0 at the top).

/// A square grid of modules under construction, remembering which ones are function patterns.
struct QRMatrix: Sendable {
    let version: Int
    let size: Int
    /// Row-major; true is dark.
    private(set) var modules: [Bool]
    /// Row-major; true where a function pattern (or reserved format/version area) lies.
    private(set) var isFunction: [Bool]

    /// An empty grid with every function pattern drawn and the format area reserved (for mask 0).
    init(version: Int) {
        precondition((1...40).contains(version), "QR version out of range")
        self.version = version
        size = 17 + 4 * version
        modules = [Bool](repeating: false, count: size * size)
        isFunction = [Bool](repeating: false, count: size * size)
        drawFunctionPatterns()
    }

    subscript(x: Int, y: Int) -> Bool { modules[y * size + x] }

    private mutating func setFunction(_ x: Int, _ y: Int, _ dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }

    private mutating func drawFunctionPatterns() {
        // Timing patterns first; finders and alignment patterns overwrite their ends.
        for i in 0..<size {
            setFunction(6, i, i % 2 == 0)
            setFunction(i, 6, i % 2 == 0)
        }
        drawFinder(centerX: 3, centerY: 3)
        drawFinder(centerX: size - 4, centerY: 3)
        drawFinder(centerX: 3, centerY: size - 4)

        let positions = QRTables.alignmentPositions(version: version)
        let last = positions.count - 1
        for (i, cx) in positions.enumerated() {
            for (j, cy) in positions.enumerated() {
                // Skip the three corners occupied by finder patterns.
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                drawAlignment(centerX: cx, centerY: cy)
            }
        }
        drawFormatBits(mask: 0, correction: .medium) // reserves the area; redrawn per mask
        drawVersionBits()
    }

    /// A 7×7 finder pattern and its one-module light separator (clipped at the edges).
    private mutating func drawFinder(centerX: Int, centerY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centerX + dx, y = centerY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let distance = max(abs(dx), abs(dy))
                setFunction(x, y, distance != 2 && distance != 4)
            }
        }
    }

    /// A 5×5 alignment pattern.
    private mutating func drawAlignment(centerX: Int, centerY: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(centerX + dx, centerY + dy, max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// The 15-bit format information: 2 level bits, 3 mask bits, BCH(15,5) remainder, XOR 0x5412.
    static func formatBits(correction: QRErrorCorrection, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// The 18-bit version information: 6 version bits and the BCH(18,6) remainder (generator 0x1F25).
    static func versionBits(version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return version << 12 | remainder
    }

    /// Both copies of the format information, and the dark module.
    mutating func drawFormatBits(mask: Int, correction: QRErrorCorrection) {
        let bits = Self.formatBits(correction: correction, mask: mask)
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 != 0 }
        // Around the top-left finder: bits 0–7 down column 8, bits 8–14 leftwards along row 8.
        for i in 0...5 { setFunction(8, i, bit(i)) }
        setFunction(8, 7, bit(6))
        setFunction(8, 8, bit(7))
        setFunction(7, 8, bit(8))
        for i in 9..<15 { setFunction(14 - i, 8, bit(i)) }
        // Beside the top-right finder (row 8) and below the bottom-left one (column 8).
        for i in 0..<8 { setFunction(size - 1 - i, 8, bit(i)) }
        for i in 8..<15 { setFunction(8, size - 15 + i, bit(i)) }
        setFunction(8, size - 8, true)
    }

    /// Both 6×3 copies of the version information (versions 7 and up).
    private mutating func drawVersionBits() {
        guard version >= 7 else { return }
        let bits = Self.versionBits(version: version)
        for i in 0..<18 {
            let dark = (bits >> i) & 1 != 0
            let a = size - 11 + i % 3, b = i / 3
            setFunction(a, b, dark)
            setFunction(b, a, dark)
        }
    }

    /// Places the codewords' bits in the zigzag order of two-module columns, right to left,
    /// skipping function modules; modules left over are the remainder bits (light).
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 } // the vertical timing pattern
            let upward = (right + 1) & 2 == 0
            for vertical in 0..<size {
                let y = upward ? size - 1 - vertical : vertical
                for j in 0..<2 {
                    let x = right - j
                    guard !isFunction[y * size + x], index < bitCount else { continue }
                    modules[y * size + x] = (codewords[index >> 3] >> (7 - UInt8(index & 7))) & 1 != 0
                    index += 1
                }
            }
            right -= 2
        }
    }

    /// Whether mask pattern `mask` (0...7) flips the module at (x, y).
    static func maskFlips(_ mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    /// XORs mask `mask` onto every non-function module (applying it twice undoes it).
    mutating func applyMask(_ mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && Self.maskFlips(mask, x: x, y: y) {
                modules[y * size + x].toggle()
            }
        }
    }
}
