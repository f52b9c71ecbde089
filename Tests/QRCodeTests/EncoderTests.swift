import Testing

@testable import QRCode

@Suite struct EncoderTests {
    @Test(arguments: QRErrorCorrection.allCases)
    func tooLongThrows(_ correction: QRErrorCorrection) throws {
        let capacity = QRCode.byteCapacity(version: 40, correction: correction)
        let fits = try QRCode.encode(bytes: [UInt8](repeating: 0x41, count: capacity), correction: correction)
        #expect(fits.version == 40)
        #expect(throws: QRCodeError(byteCount: capacity + 1, capacity: capacity, correction: correction)) {
            try QRCode.encode(bytes: [UInt8](repeating: 0x41, count: capacity + 1), correction: correction)
        }
        // Non-ASCII text carries the 12-bit UTF-8 ECI header, which costs a byte at version 40.
        let text = "é" + String(repeating: "a", count: capacity - 2)
        #expect(throws: QRCodeError(byteCount: capacity, capacity: capacity - 1, correction: correction)) {
            try QRCode.encode(text, correction: correction)
        }
        #expect(try QRCode.encode(String(text.dropLast()), correction: correction).version == 40)
    }

    @Test func errorDescription() {
        let error = QRCodeError(byteCount: 3000, capacity: 2331, correction: .medium)
        #expect(error.description == "too long: 3000 bytes; the largest QR code holds 2331 bytes at this correction level")
    }

    @Test func bitStreamLayout() {
        // 0100 | 00000010 | 'h' 'i' | 0000 | pad 0xEC 0x11...
        let plain = QRCode.dataCodewords(Array("hi".utf8), version: 1, capacity: 16)
        #expect(plain == [0x40, 0x26, 0x86, 0x90, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
        // 0111 00011010 | 0100 | 00000010 | C3 A9 ...
        let eci = QRCode.dataCodewords(Array("é".utf8), version: 1, capacity: 16, utf8ECI: true)
        #expect(Array(eci.prefix(5)) == [0x71, 0xA4, 0x02, 0xC3, 0xA9])
        // Version 10 and up: 16-bit count.
        let long = QRCode.dataCodewords([0xFF], version: 10, capacity: 216)
        #expect(Array(long.prefix(4)) == [0x40, 0x00, 0x1F, 0xF0])
    }

    @Test func asciiTextHasNoECI() throws {
        let text = "https://valise.example"
        let viaText = try QRCode.encode(text)
        let viaBytes = try QRCode.encode(bytes: Array(text.utf8))
        #expect(hexMatrix(viaText) == hexMatrix(viaBytes))
        let accented = try QRCode.encode("Collège")
        #expect(hexMatrix(accented) != hexMatrix(try QRCode.encode(bytes: Array("Collège".utf8))))
    }

    @Test func smallestVersionIsChosen() throws {
        for correction in QRErrorCorrection.allCases {
            for version in [1, 6, 7, 26, 39] {
                let capacity = QRCode.byteCapacity(version: version, correction: correction)
                let full = try QRCode.encode(bytes: [UInt8](repeating: 0x5A, count: capacity), correction: correction)
                let over = try QRCode.encode(bytes: [UInt8](repeating: 0x5A, count: capacity + 1), correction: correction)
                #expect(full.version == version && over.version == version + 1)
                #expect(full.size == 17 + 4 * version)
            }
        }
    }

    @Test func quietZoneIsLight() throws {
        let code = try QRCode.encode("x")
        #expect(code.isDark(x: 0, y: 0) && !code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: code.size))
    }

    @Test func terminalText() throws {
        let code = try QRCode.encode("Valise")
        let lines = code.terminalText().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let width = code.size + 8
        #expect(lines.count == (width + 1) / 2)
        #expect(lines.allSatisfy { $0.count == width })
        #expect(lines.first?.allSatisfy { $0 == " " } == true, "top quiet zone")
        // Undo the half blocks and compare with the modules.
        for (row, line) in lines.enumerated() {
            for (column, character) in line.enumerated() {
                let top = character == "▀" || character == "█", bottom = character == "▄" || character == "█"
                let x = column - 4, y = 2 * row - 4
                #expect(top == code.isDark(x: x, y: y) && bottom == code.isDark(x: x, y: y + 1), "(\(x), \(y))")
            }
        }
    }
}
