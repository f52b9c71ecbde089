// Mask evaluation, ISO/IEC 18004:2015 §7.8.3 (Table 11). The whole symbol is scored,
// format information included. Rule 3 looks for 1011101 with four light modules on
// either side inside the symbol (the quiet zone is not counted), each window scoring once.

extension QRMatrix {
    /// N1 + N2 + N3 + N4 for the grid as it stands.
    var penalty: Int {
        var rows: [[Bool]] = []
        var columns: [[Bool]] = []
        rows.reserveCapacity(size)
        columns.reserveCapacity(size)
        for i in 0..<size {
            rows.append((0..<size).map { self[$0, i] })
            columns.append((0..<size).map { self[i, $0] })
        }
        let lines = rows + columns
        return lines.reduce(0) { $0 + Self.runPenalty($1) + Self.finderLikePenalty($1) }
            + blockPenalty(rows) + balancePenalty
    }

    /// Rule 1: each run of five or more same-coloured modules scores 3 + (length − 5).
    static func runPenalty(_ line: [Bool]) -> Int {
        var total = 0
        var runLength = 0
        var previous: Bool?
        for module in line {
            if module == previous {
                runLength += 1
            } else {
                if runLength >= 5 { total += runLength - 2 }
                previous = module
                runLength = 1
            }
        }
        if runLength >= 5 { total += runLength - 2 }
        return total
    }

    /// Rule 3: each occurrence of 1011101 0000 or 0000 1011101 scores 40.
    static func finderLikePenalty(_ line: [Bool]) -> Int {
        let patterns: [[Bool]] = [
            [true, false, true, true, true, false, true, false, false, false, false],
            [false, false, false, false, true, false, true, true, true, false, true],
        ]
        guard line.count >= 11 else { return 0 }
        var total = 0
        for start in 0...(line.count - 11) {
            for pattern in patterns where (0..<11).allSatisfy({ line[start + $0] == pattern[$0] }) {
                total += 40
            }
        }
        return total
    }

    /// Rule 2: each 2×2 block of one colour scores 3 (overlapping blocks all count).
    func blockPenalty(_ rows: [[Bool]]) -> Int {
        var total = 0
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = rows[y][x]
                if rows[y][x + 1] == colour && rows[y + 1][x] == colour && rows[y + 1][x + 1] == colour {
                    total += 3
                }
            }
        }
        return total
    }

    /// Rule 4: 10 points for every full 5 % the dark proportion departs from 50 %.
    var balancePenalty: Int {
        let dark = modules.reduce(0) { $0 + ($1 ? 1 : 0) }
        let total = size * size
        // floor(|100·dark/total − 50| / 5) = floor(|20·dark − 10·total| / total)
        return abs(20 * dark - 10 * total) / total * 10
    }
}
