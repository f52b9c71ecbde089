import Foundation
import Testing
import TestSupport

@testable import QRCode

/// A fresh path in the temporary directory.
func temporaryFile(_ suffix: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("qrcode-test-\(UUID().uuidString)\(suffix)")
}

/// Bytes from a hex string; characters other than hex digits (whitespace, newlines) are ignored.
func bytes(fromHex hex: String) -> [UInt8] {
    let digits = hex.compactMap { $0.hexDigitValue }
    return stride(from: 0, to: digits.count - 1, by: 2).map { UInt8(digits[$0] << 4 | digits[$0 + 1]) }
}

/// The symbol's modules as row-major bits packed into hex, as in ReferenceVectors.swift.
func hexMatrix(_ code: QRCode) -> String {
    var bits: [Bool] = []
    for y in 0..<code.size { for x in 0..<code.size { bits.append(code.isDark(x: x, y: y)) } }
    while bits.count % 4 != 0 { bits.append(false) }
    return stride(from: 0, to: bits.count, by: 4).map { i in
        String((0..<4).reduce(0) { $0 << 1 | (bits[i + $1] ? 1 : 0) }, radix: 16)
    }.joined()
}
