import Testing

@testable import QRCode

@Suite struct ReedSolomonTests {
    @Test func fieldTablesAreInverse() {
        #expect(GF256.exp[0] == 1 && GF256.exp[8] == 0x1D && GF256.exp[255] == 1)
        for a in 1...255 { #expect(Int(GF256.exp[GF256.log[a]]) == a) }
        #expect(GF256.multiply(0x53, 0xCA) == 0x8F) // 0x11D field, not AES's 0x11B
    }

    /// ISO/IEC 18004 Annex A: g(x) for 10 EC codewords, as powers of α.
    @Test func generatorForTenCodewords() {
        let rs = ReedSolomon(degree: 10)
        #expect(rs.generatorExponents == [0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
        #expect(rs.generator == [1, 216, 194, 159, 111, 199, 94, 95, 113, 157, 193])
    }

    @Test func generatorForSevenCodewords() {
        #expect(ReedSolomon(degree: 7).generatorExponents == [0, 87, 229, 146, 149, 238, 102, 21])
    }

    /// ISO/IEC 18004 Annex I: "01234567" in numeric mode at 1-M.
    @Test func isoAnnexIExample() {
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon(degree: 10).remainder(of: data) == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
    }

    /// The well-known "HELLO WORLD" alphanumeric 1-M symbol.
    @Test func helloWorldExample() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon(degree: 10).remainder(of: data) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    /// A codeword (data followed by its remainder) is divisible by the generator: it has the roots α^0...α^(n-1).
    @Test func codewordsEvaluateToZeroAtRoots() {
        let data: [UInt8] = (0..<40).map { UInt8(($0 * 37 + 11) & 0xFF) }
        let rs = ReedSolomon(degree: 22)
        let codeword = data + rs.remainder(of: data)
        for i in 0..<22 {
            let root = GF256.exp[i]
            let value = codeword.reduce(UInt8(0)) { GF256.multiply($0, root) ^ $1 }
            #expect(value == 0, "root α^\(i)")
        }
    }

    /// Table C.1 and D.1 of ISO/IEC 18004.
    @Test func formatAndVersionInformation() {
        #expect(QRMatrix.formatBits(correction: .medium, mask: 0) == 0b101_0100_0001_0010)
        #expect(QRMatrix.formatBits(correction: .low, mask: 0) == 0b111_0111_1100_0100)
        #expect(QRMatrix.formatBits(correction: .quartile, mask: 0) == 0b011_0101_0101_1111)
        #expect(QRMatrix.formatBits(correction: .high, mask: 7) == 0b000_1000_0011_1011)
        #expect(QRMatrix.versionBits(version: 7) == 0x07C94)
        #expect(QRMatrix.versionBits(version: 40) == 0x28C69)
    }
}
