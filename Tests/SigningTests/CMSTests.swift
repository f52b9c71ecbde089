import Foundation
import Testing
import Signing

private func expectFailure(_ reasons: Set<CMSVerificationError.Reason>, _ body: () throws -> Void,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        try body()
        Issue.record("verification succeeded but should have failed with \(reasons)", sourceLocation: sourceLocation)
    } catch let error as CMSVerificationError {
        #expect(reasons.contains(error.reason), "got \(error.reason): \(error.message)", sourceLocation: sourceLocation)
        #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

/// A CA and an S/MIME signer made with the openssl command-line tool.
private func makeCLICertificates(in dir: TempDir) throws {
    try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.file("ca.key"), "-out", dir.file("ca.pem"),
                 "-subj", "/O=CLI School/CN=CLI Test CA", "-days", "30",
                 "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
    try openssl(["req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.file("s.key"), "-out", dir.file("s.csr"),
                 "-subj", "/O=CLI School/CN=CLI Signer"])
    let ext = try dir.write("ext.cnf", "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=emailProtection\n")
    try openssl(["x509", "-req", "-in", dir.file("s.csr"), "-CA", dir.file("ca.pem"), "-CAkey", dir.file("ca.key"),
                 "-set_serial", "4242", "-days", "10", "-extfile", ext, "-out", dir.file("s.pem")])
}

@Suite struct CMSTests {
    let content = Array("Valise package manifest v1\n".utf8) + (0..<2000).map { UInt8(truncatingIfNeeded: $0) }

    @Test func valiseSignatureVerifiesWithOpenSSL() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let fixture = try Fixture()
        let signature = try CMS.signDetached(content, identity: fixture.signer)
        let caPath = try dir.write("ca.pem", try fixture.ca.certificate.pem())
        let contentPath = try dir.write("payload.bin", bytes: content)
        let signaturePath = try dir.write("sig.der", bytes: signature)
        try openssl(["cms", "-verify", "-binary", "-inform", "DER", "-in", signaturePath, "-content", contentPath,
                     "-CAfile", caPath, "-out", "/dev/null"])
        let info = try openssl(["cms", "-cmsout", "-print", "-inform", "DER", "-in", signaturePath]).text
        #expect(info.contains("sha256"))
        #expect(info.contains("eContent: <ABSENT>"))  // detached

        // OpenSSL rejects it once the content changes: the test can fail.
        let tamperedPath = try dir.write("tampered.bin", bytes: content + [0])
        let rejected = try openssl(["cms", "-verify", "-binary", "-inform", "DER", "-in", signaturePath,
                                    "-content", tamperedPath, "-CAfile", caPath, "-out", "/dev/null"], expectSuccess: false)
        #expect(rejected.status != 0)

        // And our own verifier agrees.
        let verifier = try CMSVerifier(trustedCAPEM: try fixture.ca.certificate.pem())
        try verifier.verify(content: content, signature: signature)
        #expect(verifier.caSubject == fixture.ca.certificate.subject)
    }

    @Test func openSSLSignatureVerifiesWithValise() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try makeCLICertificates(in: dir)
        let contentPath = try dir.write("payload.bin", bytes: content)
        try openssl(["cms", "-sign", "-binary", "-in", contentPath, "-signer", dir.file("s.pem"), "-inkey", dir.file("s.key"),
                     "-outform", "DER", "-out", dir.file("sig.der")])
        let signature = Array(try Data(contentsOf: URL(fileURLWithPath: dir.file("sig.der"))))
        let verifier = try CMSVerifier(trustedCAPEM: try dir.read("ca.pem"))
        #expect(verifier.caSubject == "CN=CLI Test CA,O=CLI School")
        try verifier.verify(content: content, signature: signature)

        var tampered = content
        tampered[10] ^= 0x01
        expectFailure([.contentMismatch]) { try verifier.verify(content: tampered, signature: signature) }
        expectFailure([.badSignature, .contentMismatch]) { try verifier.verify(content: [], signature: signature) }

        // Signer valid for 10 days: 20 days from now it has expired; a day ago it was not yet valid.
        expectFailure([.expiredSigner]) { try verifier.verify(content: content, signature: signature, at: Date() + 86_400 * 20) }
        expectFailure([.notYetValidSigner]) { try verifier.verify(content: content, signature: signature, at: Date() - 86_400) }
    }

    @Test func signerWithoutEmailProtectionIsRejectedLikeOpenSSLDoes() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try makeCLICertificates(in: dir)
        let ext = try dir.write("code.cnf", "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=codeSigning\n")
        try openssl(["x509", "-req", "-in", dir.file("s.csr"), "-CA", dir.file("ca.pem"), "-CAkey", dir.file("ca.key"),
                     "-set_serial", "4343", "-days", "10", "-extfile", ext, "-out", dir.file("code.pem")])
        let contentPath = try dir.write("payload.bin", bytes: content)
        try openssl(["cms", "-sign", "-binary", "-in", contentPath, "-signer", dir.file("code.pem"), "-inkey", dir.file("s.key"),
                     "-outform", "DER", "-out", dir.file("sig.der")])
        let cli = try openssl(["cms", "-verify", "-binary", "-inform", "DER", "-in", dir.file("sig.der"), "-content", contentPath,
                               "-CAfile", dir.file("ca.pem"), "-out", "/dev/null"], expectSuccess: false)
        #expect(cli.status != 0)
        let signature = Array(try Data(contentsOf: URL(fileURLWithPath: dir.file("sig.der"))))
        let verifier = try CMSVerifier(trustedCAPEM: try dir.read("ca.pem"))
        expectFailure([.untrustedSigner]) { try verifier.verify(content: content, signature: signature) }
    }

    @Test func alteredSignatureIsBadSignature() throws {
        let fixture = try Fixture()
        let verifier = try CMSVerifier(trustedCAPEM: try fixture.ca.certificate.pem())
        var signature = try CMS.signDetached(content, identity: fixture.signer)
        signature[signature.count - 1] ^= 0x01  // last byte of the RSA signature value
        expectFailure([.badSignature]) { try verifier.verify(content: content, signature: signature) }
    }

    @Test func signerFromAnotherCAIsUntrusted() throws {
        let trusted = try Fixture()
        let other = try Fixture(caName: "Valise Test CA")  // same name, different key
        let verifier = try CMSVerifier(trustedCAPEM: try trusted.ca.certificate.pem())
        let signature = try CMS.signDetached(content, identity: other.signer)
        expectFailure([.untrustedSigner]) { try verifier.verify(content: content, signature: signature) }
        let selfSigned = try CMS.signDetached(content, identity: other.ca)  // a CA signing directly: not our CA
        expectFailure([.untrustedSigner]) { try verifier.verify(content: content, signature: selfSigned) }
    }

    @Test func expiredSignerIsReported() throws {
        let now = Date()
        let fixture = try Fixture(signerValidity: DateInterval(start: now - 86_400 * 5, end: now - 86_400))
        let verifier = try CMSVerifier(trustedCAPEM: try fixture.ca.certificate.pem())
        let signature = try CMS.signDetached(content, identity: fixture.signer)
        expectFailure([.expiredSigner]) { try verifier.verify(content: content, signature: signature) }
        // ... but it was fine while it was valid.
        try verifier.verify(content: content, signature: signature, at: now - 86_400 * 2)
    }

    @Test func garbageIsMalformed() throws {
        let fixture = try Fixture()
        let verifier = try CMSVerifier(trustedCAPEM: try fixture.ca.certificate.pem())
        expectFailure([.malformed]) { try verifier.verify(content: content, signature: []) }
        expectFailure([.malformed]) { try verifier.verify(content: content, signature: Array("not a signature".utf8)) }
        let certificateDER = try fixture.signer.certificate.pem()  // valid PEM text, but not DER CMS
        expectFailure([.malformed]) { try verifier.verify(content: content, signature: Array(certificateDER.utf8)) }
        let signature = try CMS.signDetached(content, identity: fixture.signer)
        expectFailure([.malformed]) { try verifier.verify(content: content, signature: Array(signature.prefix(200))) }
    }

    @Test func verifierRejectsNonCAAndGarbage() throws {
        let fixture = try Fixture()
        let notCA = #expect(throws: SigningError.self) { try CMSVerifier(trustedCAPEM: try fixture.signer.certificate.pem()) }
        #expect(notCA?.summary.contains("not a CA") == true)
        #expect(throws: SigningError.self) { try CMSVerifier(trustedCAPEM: "garbage") }
    }

    @Test func verifierIsUsableFromManyTasks() async throws {
        let fixture = try Fixture()
        let verifier = try CMSVerifier(trustedCAPEM: try fixture.ca.certificate.pem())
        let signature = try CMS.signDetached(content, identity: fixture.signer)
        let content = self.content
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<16 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        try verifier.verify(content: content, signature: signature)
                    } else {
                        do {
                            try verifier.verify(content: content + [1], signature: signature)
                            Issue.record("tampered content accepted")
                        } catch is CMSVerificationError {}
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
