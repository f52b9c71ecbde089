import Testing
import Signing

@Suite struct DigestTests {
    @Test func sha256OfABCMatchesKnownVector() {
        let expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(Digest.hex(Digest.sha256(Array("abc".utf8))) == expected)
    }

    @Test func sha256OfEmptyInput() {
        #expect(Digest.hex(Digest.sha256([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func streamingHasherMatchesOneShot() {
        let data = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let hasher = SHA256Hasher()
        hasher.update(Array(data[..<12345]))
        data[12345...].withUnsafeBytes { hasher.update($0) }
        #expect(hasher.finalize() == Digest.sha256(data))
        // The hasher starts over after finalize.
        hasher.update(Array("abc".utf8))
        #expect(Digest.hex(hasher.finalize()).hasPrefix("ba7816bf"))
    }

    @Test func hexIsLowercase() {
        #expect(Digest.hex([0x00, 0xAB, 0xff]) == "00abff")
    }
}
