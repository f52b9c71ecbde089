import Foundation
import Testing
import Signing

@Suite struct RSAPrivateKeyTests {
    @Test func generatePemRoundTrip() throws {
        let key = try RSAPrivateKey.generate()
        #expect(key.bits == 2048)
        #expect(key.publicExponent == 65537)
        #expect(key.modulus.count == 256)
        #expect(key.modulus.first != 0)
        let pem = try key.pemPKCS8()
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----"))
        let again = try RSAPrivateKey(pem: pem)
        #expect(again.modulus == key.modulus)
        #expect(try again.publicKeyFingerprintSHA256() == key.publicKeyFingerprintSHA256())
    }

    @Test func loadsPKCS1FromOpenSSL() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.file("rsa.pem")
        try openssl(["genrsa", "-traditional", "-out", path, "2048"])
        let pem = try dir.read("rsa.pem")
        #expect(pem.hasPrefix("-----BEGIN RSA PRIVATE KEY-----"))
        let key = try RSAPrivateKey(pem: pem)
        #expect(key.bits == 2048)
        let modulusHex = try openssl(["rsa", "-in", path, "-noout", "-modulus"]).text
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(modulusHex == "Modulus=" + Digest.hex(key.modulus).uppercased())
    }

    @Test func pkcs8ConvertedToPKCS1StillLoads() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let key = try RSAPrivateKey.generate()
        let pkcs8 = try dir.write("k8.pem", try key.pemPKCS8())
        try openssl(["rsa", "-traditional", "-in", pkcs8, "-out", dir.file("k1.pem")])
        let pkcs1 = try dir.read("k1.pem")
        #expect(pkcs1.contains("BEGIN RSA PRIVATE KEY"))
        #expect(try RSAPrivateKey(pem: pkcs1).modulus == key.modulus)
    }

    @Test func garbageThrowsPlainWords() {
        for text in ["hello", "-----BEGIN PRIVATE KEY-----\nnot base64!!\n-----END PRIVATE KEY-----\n", ""] {
            do {
                _ = try RSAPrivateKey(pem: text)
                Issue.record("garbage PEM was accepted")
            } catch let error as SigningError {
                #expect(!error.summary.isEmpty)
                #expect(!error.summary.contains("error:"))  // OpenSSL codes go to `detail`, not the summary
                #expect(error.description == error.summary)
            } catch {
                Issue.record("unexpected error type \(error)")
            }
        }
    }

    @Test func encryptedAndNonRSAKeysAreRejectedClearly() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let key = try RSAPrivateKey.generate()
        let plain = try dir.write("k.pem", try key.pemPKCS8())
        try openssl(["pkey", "-in", plain, "-aes256", "-passout", "pass:secret", "-out", dir.file("enc.pem")])
        let encrypted = #expect(throws: SigningError.self) { try RSAPrivateKey(pem: try dir.read("enc.pem")) }
        #expect(encrypted?.summary.contains("password") == true)

        try openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", dir.file("ec.pem")])
        let ec = #expect(throws: SigningError.self) { try RSAPrivateKey(pem: try dir.read("ec.pem")) }
        #expect(ec?.summary.contains("not an RSA key") == true)
    }

    @Test func adbSignatureMatchesOpenSSLAndVerifies() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let key = try RSAPrivateKey.generate()
        let keyPath = try dir.write("key.pem", try key.pemPKCS8())
        let token = (0..<20).map { _ in UInt8.random(in: 0...255) }
        let tokenPath = try dir.write("token.bin", bytes: token)

        let signature = try key.signADBToken(token)
        #expect(signature.count == 256)
        let reference = try openssl(["pkeyutl", "-sign", "-inkey", keyPath, "-pkeyopt", "digest:sha1", "-in", tokenPath]).stdout
        #expect(signature == reference)

        let publicKey = try ADBPublicKey(encoded: try key.androidPublicKey())
        #expect(publicKey.verifyADBToken(token, signature: signature))
        var flippedToken = token
        flippedToken[7] ^= 0x01
        #expect(!publicKey.verifyADBToken(flippedToken, signature: signature))
        var flippedSignature = signature
        flippedSignature[100] ^= 0x10
        #expect(!publicKey.verifyADBToken(token, signature: flippedSignature))
        #expect(!publicKey.verifyADBToken(token, signature: []))
        #expect(!publicKey.verifyADBToken(Array(token.prefix(19)), signature: signature))

        let other = try RSAPrivateKey.generate()
        #expect(!publicKey.verifyADBToken(token, signature: try other.signADBToken(token)))
    }

    @Test func tokenMustBe20Bytes() throws {
        let key = try RSAPrivateKey.generate()
        #expect(throws: SigningError.self) { try key.signADBToken([1, 2, 3]) }
    }
}
