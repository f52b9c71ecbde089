import Foundation
import Testing
import Signing

private func word(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << UInt32(8 * $1) }
}

/// Arbitrary-precision helpers on little-endian UInt32 limbs, independent of the code under test.
private func modPow2(_ exponent: Int, modulus nBE: [UInt8]) -> [UInt8] {
    // Computes 2^exponent mod n by repeated doubling with subtraction, on big-endian bytes.
    var value = [UInt8](repeating: 0, count: nBE.count)
    value[value.count - 1] = 1
    for _ in 0..<exponent {
        // value = 2 * value (may overflow into a carry bit)
        var carry: UInt16 = 0
        for i in stride(from: value.count - 1, through: 0, by: -1) {
            let doubled = UInt16(value[i]) << 1 | carry
            value[i] = UInt8(truncatingIfNeeded: doubled)
            carry = doubled >> 8
        }
        if carry == 1 || !lessThan(value, nBE) { value = subtract(value, nBE) }
    }
    return value
}

private func lessThan(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    for (x, y) in zip(a, b) where x != y { return x < y }
    return false
}

private func subtract(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
    var result = a
    var borrow: Int = 0
    for i in stride(from: a.count - 1, through: 0, by: -1) {
        var difference = Int(a[i]) - Int(b[i]) - borrow
        borrow = difference < 0 ? 1 : 0
        if difference < 0 { difference += 256 }
        result[i] = UInt8(difference)
    }
    return result
}

@Suite struct AndroidPublicKeyTests {
    @Test func layoutIsMincryptRSAPublicKey() throws {
        let key = try RSAPrivateKey.generate()
        let encoded = try key.androidPublicKey()
        #expect(encoded.count == 524)
        #expect(word(encoded, 0) == 64)
        #expect(word(encoded, 520) == 65537)
        let modulusLE = Array(encoded[8..<264])
        #expect(modulusLE == Array(key.modulus.reversed()))
        let n0inv = word(encoded, 4)
        #expect(n0inv &* word(encoded, 8) == UInt32.max)  // n0inv * n ≡ -1 (mod 2^32)
        let rrLE = Array(encoded[264..<520])
        #expect(Array(rrLE.reversed()) == modPow2(4096, modulus: key.modulus))
    }

    @Test func textFormAndParsing() throws {
        let key = try RSAPrivateKey.generate()
        let text = try key.androidPublicKeyText(comment: "teacher@lab-pc")
        let parts = text.split(separator: " ")
        #expect(parts.count == 2)
        #expect(parts.first?.count == 700)
        #expect(parts.last == "teacher@lab-pc")
        #expect(!text.hasSuffix("\n"))

        let expected = try ADBPublicKey(encoded: try key.androidPublicKey())
        #expect(try ADBPublicKey(text: text) == expected)
        #expect(try ADBPublicKey(text: text + "\0") == expected)
        #expect(try ADBPublicKey(text: String(parts[0]) + "\0") == expected)
        #expect(try ADBPublicKey(text: text + "\n") == expected)
        #expect(Set([expected, try ADBPublicKey(text: text)]).count == 1)
    }

    @Test func md5FingerprintMatchesOpenSSL() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let key = try RSAPrivateKey.generate()
        let encoded = try key.androidPublicKey()
        let path = try dir.write("pub.bin", bytes: encoded)
        let line = try openssl(["dgst", "-md5", "-c", path]).text  // "MD5(path)= ab:cd:..."
        let expected = line.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).uppercased() }
        let fingerprint = try ADBPublicKey(encoded: encoded).md5Fingerprint
        #expect(fingerprint == expected)
        #expect(fingerprint.count == 47)
    }

    @Test func rejectsBadEncodings() throws {
        let key = try RSAPrivateKey.generate()
        let good = try key.androidPublicKey()
        #expect(throws: SigningError.self) { try ADBPublicKey(encoded: Array(good.prefix(523))) }
        var badWords = good
        badWords[0] = 32
        #expect(throws: SigningError.self) { try ADBPublicKey(encoded: badWords) }
        var badExponent = good
        badExponent[520] = 5
        badExponent[522] = 0
        #expect(throws: SigningError.self) { try ADBPublicKey(encoded: badExponent) }
        #expect(throws: SigningError.self) { try ADBPublicKey(text: "not-base64!! user@host") }
        #expect(throws: SigningError.self) { try ADBPublicKey(text: "") }
    }

    @Test func onlyRSA2048HasAnAndroidForm() throws {
        let small = try RSAPrivateKey.generate(bits: 1024)
        #expect(throws: SigningError.self) { try small.androidPublicKey() }
    }
}
