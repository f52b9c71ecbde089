import Testing

@testable import QRCode

/// Checks the hand-copied tables against independent derivations.
@Suite struct QRTablesTests {
    /// Modules left for codewords once every function pattern is drawn (Nayuki's closed form).
    static func rawDataModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    // Independent transcription (from Project Nayuki's QR generator), indexed [level][version].
    static let ecPerBlock: [[Int]] = [
        [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]
    static let blockCounts: [[Int]] = [
        [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]

    @Test(arguments: QRErrorCorrection.allCases)
    func blockTableIsConsistent(_ correction: QRErrorCorrection) {
        for version in 1...40 {
            let layout = QRTables.layout(version: version, correction: correction)
            let context = "version \(version) \(correction)"
            #expect(layout.ecPerBlock == Self.ecPerBlock[correction.tableIndex][version - 1], "\(context)")
            #expect(layout.blockCount == Self.blockCounts[correction.tableIndex][version - 1], "\(context)")
            #expect(layout.group2Blocks == 0 || layout.group2Data == layout.group1Data + 1, "\(context)")
            #expect(layout.group2Blocks > 0 || layout.group2Data == 0, "\(context)")
            let raw = Self.rawDataModules(version)
            #expect(layout.totalCodewords == raw / 8, "\(context)")
            #expect(QRTables.remainderBits(version: version) == raw % 8, "\(context)")
        }
    }

    /// Table 7 of ISO/IEC 18004, byte mode.
    @Test func byteCapacities() {
        let expected: [QRErrorCorrection: [Int: Int]] = [
            .low: [1: 17, 9: 230, 10: 271, 40: 2953],
            .medium: [1: 14, 9: 180, 10: 213, 40: 2331],
            .quartile: [1: 11, 9: 130, 10: 151, 40: 1663],
            .high: [1: 7, 9: 98, 10: 119, 40: 1273],
        ]
        for (correction, table) in expected {
            for (version, capacity) in table {
                #expect(QRCode.byteCapacity(version: version, correction: correction) == capacity)
            }
        }
    }

    /// Annex E: first at 6, last at size − 7, the others evenly spaced by an even step.
    @Test func alignmentPositionsFollowTheSpacingRule() {
        #expect(QRTables.alignmentPositions(version: 1).isEmpty)
        for version in 2...40 {
            let count = version / 7 + 2
            let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
            let size = 17 + 4 * version
            let expected = [6] + (1..<count).map { size - 7 - (count - 1 - $0) * step }
            #expect(QRTables.alignmentPositions(version: version) == expected, "version \(version)")
        }
    }
}
