// QR Code tables from ISO/IEC 18004:2015: error-correction blocks (Table 9) and
// alignment pattern centres (Annex E). Both are checked in QRTablesTests against
// independent derivations (raw module counts, the Annex E spacing rule).

/// How one version's codewords split into Reed–Solomon blocks at one correction level.
struct QRBlockLayout: Sendable, Equatable {
    /// Error-correction codewords in every block.
    let ecPerBlock: Int
    /// Number of blocks in group 1.
    let group1Blocks: Int
    /// Data codewords per block in group 1.
    let group1Data: Int
    /// Number of blocks in group 2 (0 when there is no group 2).
    let group2Blocks: Int
    /// Data codewords per block in group 2 (group1Data + 1, or 0).
    let group2Data: Int

    /// All data codewords of the symbol.
    var dataCodewords: Int { group1Blocks * group1Data + group2Blocks * group2Data }
    /// All blocks of the symbol.
    var blockCount: Int { group1Blocks + group2Blocks }
    /// All codewords (data and error correction) of the symbol.
    var totalCodewords: Int { dataCodewords + blockCount * ecPerBlock }
    /// Data codewords of each block, in order (group 1 first).
    var dataLengths: [Int] {
        Array(repeating: group1Data, count: group1Blocks) + Array(repeating: group2Data, count: group2Blocks)
    }
}

enum QRTables {
    /// The block layout of `version` (1...40) at `correction`.
    static func layout(version: Int, correction: QRErrorCorrection) -> QRBlockLayout {
        blocks[version - 1][correction.tableIndex]
    }

    /// Row/column coordinates of alignment pattern centres for `version` (1...40).
    static func alignmentPositions(version: Int) -> [Int] {
        alignment[version - 1]
    }

    /// Remainder bits appended after the final codeword (0, 3, 4 or 7).
    static func remainderBits(version: Int) -> Int {
        switch version {
        case 2...6: 7
        case 14...20, 28...34: 3
        case 21...27: 4
        default: 0
        }
    }

    private static func B(_ ec: Int, _ b1: Int, _ d1: Int, _ b2: Int, _ d2: Int) -> QRBlockLayout {
        QRBlockLayout(ecPerBlock: ec, group1Blocks: b1, group1Data: d1, group2Blocks: b2, group2Data: d2)
    }

    /// Indexed [version - 1][L, M, Q, H]; B(EC per block, group-1 blocks, data each, group-2 blocks, data each).
    private static let blocks: [[QRBlockLayout]] = [
        /*  1 */ [B( 7,  1,  19,  0,   0), B(10,  1,  16,  0,   0), B(13,  1,  13,  0,   0), B(17,  1,   9,  0,   0)],
        /*  2 */ [B(10,  1,  34,  0,   0), B(16,  1,  28,  0,   0), B(22,  1,  22,  0,   0), B(28,  1,  16,  0,   0)],
        /*  3 */ [B(15,  1,  55,  0,   0), B(26,  1,  44,  0,   0), B(18,  2,  17,  0,   0), B(22,  2,  13,  0,   0)],
        /*  4 */ [B(20,  1,  80,  0,   0), B(18,  2,  32,  0,   0), B(26,  2,  24,  0,   0), B(16,  4,   9,  0,   0)],
        /*  5 */ [B(26,  1, 108,  0,   0), B(24,  2,  43,  0,   0), B(18,  2,  15,  2,  16), B(22,  2,  11,  2,  12)],
        /*  6 */ [B(18,  2,  68,  0,   0), B(16,  4,  27,  0,   0), B(24,  4,  19,  0,   0), B(28,  4,  15,  0,   0)],
        /*  7 */ [B(20,  2,  78,  0,   0), B(18,  4,  31,  0,   0), B(18,  2,  14,  4,  15), B(26,  4,  13,  1,  14)],
        /*  8 */ [B(24,  2,  97,  0,   0), B(22,  2,  38,  2,  39), B(22,  4,  18,  2,  19), B(26,  4,  14,  2,  15)],
        /*  9 */ [B(30,  2, 116,  0,   0), B(22,  3,  36,  2,  37), B(20,  4,  16,  4,  17), B(24,  4,  12,  4,  13)],
        /* 10 */ [B(18,  2,  68,  2,  69), B(26,  4,  43,  1,  44), B(24,  6,  19,  2,  20), B(28,  6,  15,  2,  16)],
        /* 11 */ [B(20,  4,  81,  0,   0), B(30,  1,  50,  4,  51), B(28,  4,  22,  4,  23), B(24,  3,  12,  8,  13)],
        /* 12 */ [B(24,  2,  92,  2,  93), B(22,  6,  36,  2,  37), B(26,  4,  20,  6,  21), B(28,  7,  14,  4,  15)],
        /* 13 */ [B(26,  4, 107,  0,   0), B(22,  8,  37,  1,  38), B(24,  8,  20,  4,  21), B(22, 12,  11,  4,  12)],
        /* 14 */ [B(30,  3, 115,  1, 116), B(24,  4,  40,  5,  41), B(20, 11,  16,  5,  17), B(24, 11,  12,  5,  13)],
        /* 15 */ [B(22,  5,  87,  1,  88), B(24,  5,  41,  5,  42), B(30,  5,  24,  7,  25), B(24, 11,  12,  7,  13)],
        /* 16 */ [B(24,  5,  98,  1,  99), B(28,  7,  45,  3,  46), B(24, 15,  19,  2,  20), B(30,  3,  15, 13,  16)],
        /* 17 */ [B(28,  1, 107,  5, 108), B(28, 10,  46,  1,  47), B(28,  1,  22, 15,  23), B(28,  2,  14, 17,  15)],
        /* 18 */ [B(30,  5, 120,  1, 121), B(26,  9,  43,  4,  44), B(28, 17,  22,  1,  23), B(28,  2,  14, 19,  15)],
        /* 19 */ [B(28,  3, 113,  4, 114), B(26,  3,  44, 11,  45), B(26, 17,  21,  4,  22), B(26,  9,  13, 16,  14)],
        /* 20 */ [B(28,  3, 107,  5, 108), B(26,  3,  41, 13,  42), B(30, 15,  24,  5,  25), B(28, 15,  15, 10,  16)],
        /* 21 */ [B(28,  4, 116,  4, 117), B(26, 17,  42,  0,   0), B(28, 17,  22,  6,  23), B(30, 19,  16,  6,  17)],
        /* 22 */ [B(28,  2, 111,  7, 112), B(28, 17,  46,  0,   0), B(30,  7,  24, 16,  25), B(24, 34,  13,  0,   0)],
        /* 23 */ [B(30,  4, 121,  5, 122), B(28,  4,  47, 14,  48), B(30, 11,  24, 14,  25), B(30, 16,  15, 14,  16)],
        /* 24 */ [B(30,  6, 117,  4, 118), B(28,  6,  45, 14,  46), B(30, 11,  24, 16,  25), B(30, 30,  16,  2,  17)],
        /* 25 */ [B(26,  8, 106,  4, 107), B(28,  8,  47, 13,  48), B(30,  7,  24, 22,  25), B(30, 22,  15, 13,  16)],
        /* 26 */ [B(28, 10, 114,  2, 115), B(28, 19,  46,  4,  47), B(28, 28,  22,  6,  23), B(30, 33,  16,  4,  17)],
        /* 27 */ [B(30,  8, 122,  4, 123), B(28, 22,  45,  3,  46), B(30,  8,  23, 26,  24), B(30, 12,  15, 28,  16)],
        /* 28 */ [B(30,  3, 117, 10, 118), B(28,  3,  45, 23,  46), B(30,  4,  24, 31,  25), B(30, 11,  15, 31,  16)],
        /* 29 */ [B(30,  7, 116,  7, 117), B(28, 21,  45,  7,  46), B(30,  1,  23, 37,  24), B(30, 19,  15, 26,  16)],
        /* 30 */ [B(30,  5, 115, 10, 116), B(28, 19,  47, 10,  48), B(30, 15,  24, 25,  25), B(30, 23,  15, 25,  16)],
        /* 31 */ [B(30, 13, 115,  3, 116), B(28,  2,  46, 29,  47), B(30, 42,  24,  1,  25), B(30, 23,  15, 28,  16)],
        /* 32 */ [B(30, 17, 115,  0,   0), B(28, 10,  46, 23,  47), B(30, 10,  24, 35,  25), B(30, 19,  15, 35,  16)],
        /* 33 */ [B(30, 17, 115,  1, 116), B(28, 14,  46, 21,  47), B(30, 29,  24, 19,  25), B(30, 11,  15, 46,  16)],
        /* 34 */ [B(30, 13, 115,  6, 116), B(28, 14,  46, 23,  47), B(30, 44,  24,  7,  25), B(30, 59,  16,  1,  17)],
        /* 35 */ [B(30, 12, 121,  7, 122), B(28, 12,  47, 26,  48), B(30, 39,  24, 14,  25), B(30, 22,  15, 41,  16)],
        /* 36 */ [B(30,  6, 121, 14, 122), B(28,  6,  47, 34,  48), B(30, 46,  24, 10,  25), B(30,  2,  15, 64,  16)],
        /* 37 */ [B(30, 17, 122,  4, 123), B(28, 29,  46, 14,  47), B(30, 49,  24, 10,  25), B(30, 24,  15, 46,  16)],
        /* 38 */ [B(30,  4, 122, 18, 123), B(28, 13,  46, 32,  47), B(30, 48,  24, 14,  25), B(30, 42,  15, 32,  16)],
        /* 39 */ [B(30, 20, 117,  4, 118), B(28, 40,  47,  7,  48), B(30, 43,  24, 22,  25), B(30, 10,  15, 67,  16)],
        /* 40 */ [B(30, 19, 118,  6, 119), B(28, 18,  47, 31,  48), B(30, 34,  24, 34,  25), B(30, 20,  15, 61,  16)],
    ]

    /// Indexed [version - 1].
    private static let alignment: [[Int]] = [
        /*  1 */ [],
        /*  2 */ [6, 18],
        /*  3 */ [6, 22],
        /*  4 */ [6, 26],
        /*  5 */ [6, 30],
        /*  6 */ [6, 34],
        /*  7 */ [6, 22, 38],
        /*  8 */ [6, 24, 42],
        /*  9 */ [6, 26, 46],
        /* 10 */ [6, 28, 50],
        /* 11 */ [6, 30, 54],
        /* 12 */ [6, 32, 58],
        /* 13 */ [6, 34, 62],
        /* 14 */ [6, 26, 46, 66],
        /* 15 */ [6, 26, 48, 70],
        /* 16 */ [6, 26, 50, 74],
        /* 17 */ [6, 30, 54, 78],
        /* 18 */ [6, 30, 56, 82],
        /* 19 */ [6, 30, 58, 86],
        /* 20 */ [6, 34, 62, 90],
        /* 21 */ [6, 28, 50, 72, 94],
        /* 22 */ [6, 26, 50, 74, 98],
        /* 23 */ [6, 30, 54, 78, 102],
        /* 24 */ [6, 28, 54, 80, 106],
        /* 25 */ [6, 32, 58, 84, 110],
        /* 26 */ [6, 30, 58, 86, 114],
        /* 27 */ [6, 34, 62, 90, 118],
        /* 28 */ [6, 26, 50, 74, 98, 122],
        /* 29 */ [6, 30, 54, 78, 102, 126],
        /* 30 */ [6, 26, 52, 78, 104, 130],
        /* 31 */ [6, 30, 56, 82, 108, 134],
        /* 32 */ [6, 34, 60, 86, 112, 138],
        /* 33 */ [6, 30, 58, 86, 114, 142],
        /* 34 */ [6, 34, 62, 90, 118, 146],
        /* 35 */ [6, 30, 54, 78, 102, 126, 150],
        /* 36 */ [6, 24, 50, 76, 102, 128, 154],
        /* 37 */ [6, 28, 54, 80, 106, 132, 158],
        /* 38 */ [6, 32, 58, 84, 110, 136, 162],
        /* 39 */ [6, 26, 54, 82, 110, 138, 166],
        /* 40 */ [6, 30, 58, 86, 114, 142, 170],
    ]
}

extension QRErrorCorrection {
    /// Column in `QRTables.blocks`.
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// The two error-correction-level bits of the format information (L=01, M=00, Q=11, H=10).
    var formatBits: Int {
        switch self {
        case .low: 1
        case .medium: 0
        case .quartile: 3
        case .high: 2
        }
    }
}
