import Testing

@testable import QRCode

/// Module-by-module comparison with symbols produced by python-qrcode (see ReferenceVectors.swift).
@Suite struct ReferenceTests {
    @Test func byteMode01234567AtVersion1M() throws {
        let code = try QRCode.encode("01234567", correction: .medium)
        #expect(code.version == 1 && code.size == 21)
        #expect(code.mask == 6)
        for (y, row) in reference01234567.enumerated() {
            let drawn = String((0..<21).map { code.isDark(x: $0, y: y) ? "#" : "." })
            #expect(drawn == row, "row \(y)")
        }
    }

    @Test(arguments: referenceSymbols.map(\.name))
    func matchesReference(_ name: String) throws {
        let reference = try #require(referenceSymbols.first { $0.name == name })
        let data = bytes(fromHex: reference.dataHex)
        for (mask, hex) in reference.matrices {
            let code = try QRCode.encode(bytes: data, correction: reference.correction, mask: mask)
            #expect(code.version == reference.version)
            #expect(hexMatrix(code) == String(hex.filter(\.isHexDigit)), "\(name) mask \(mask)")
        }
        let chosen = try QRCode.encode(bytes: data, correction: reference.correction)
        #expect(chosen.version == reference.version)
        #expect(chosen.mask == reference.mask, "\(name): mask chosen by the penalty rules")
    }

    /// Our N1+N2+N3+N4 equals python-qrcode's lost_point for every mask of every reference.
    @Test(arguments: referenceSymbols.map(\.name))
    func penaltiesMatchReference(_ name: String) throws {
        let reference = try #require(referenceSymbols.first { $0.name == name })
        let data = bytes(fromHex: reference.dataHex)
        let layout = QRTables.layout(version: reference.version, correction: reference.correction)
        let codewords = QRCode.dataCodewords(data, version: reference.version, capacity: layout.dataCodewords)
        var matrix = QRMatrix(version: reference.version)
        matrix.placeCodewords(QRCode.interleave(codewords, layout: layout))
        for mask in 0..<8 {
            var trial = matrix
            trial.applyMask(mask)
            trial.drawFormatBits(mask: mask, correction: reference.correction)
            #expect(trial.penalty == reference.scores[mask], "\(name) mask \(mask)")
        }
    }
}
