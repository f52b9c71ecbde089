import Foundation
import Testing
import Signing

/// A CA and signer made by CertificateFactory, shared by several tests.
struct Fixture {
    let caKey: RSAPrivateKey
    let ca: SigningIdentity
    let signer: SigningIdentity

    init(signerValidity: DateInterval? = nil, caName: String = "Valise Test CA") throws {
        let now = Date()
        caKey = try RSAPrivateKey.generate()
        let caCert = try CertificateFactory.makeCA(
            commonName: caName, organization: "École Test", validity: DateInterval(start: now - 86_400 * 10, duration: 86_400 * 3650),
            key: caKey)
        ca = try SigningIdentity(certificate: caCert, key: caKey)
        let signerKey = try RSAPrivateKey.generate()
        let validity = signerValidity ?? DateInterval(start: now - 3600, duration: 86_400 * 365)
        let cert = try CertificateFactory.makeSigner(
            commonName: "Valise Signer", organization: "École Test", validity: validity, key: signerKey, ca: ca)
        signer = try SigningIdentity(certificate: cert, key: signerKey)
    }
}

private func parseOpenSSLDate(_ text: String) -> Date? {
    // "Nov 29 06:50:00 2027 GMT" (single-digit days are space padded)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "MMM d HH:mm:ss yyyy zzz"
    let normalized = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    return formatter.date(from: normalized)
}

private func value(after prefix: String, in output: String) -> String? {
    output.split(separator: "\n").first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
}

@Suite struct CertificateTests {
    @Test func propertiesMatchOpenSSLForCLIMadeCertificate() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let pemPath = dir.file("cert.pem")
        try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.file("key.pem"), "-out", pemPath,
                     "-subj", "/C=FR/O=Lycée Test/CN=Tablet Signer", "-utf8", "-days", "40"])
        let output = try openssl(["x509", "-in", pemPath, "-noout", "-subject", "-issuer", "-enddate", "-startdate",
                                  "-fingerprint", "-sha256", "-nameopt", "RFC2253,-esc_msb"]).text
        let cert = try Certificate(pem: try dir.read("cert.pem"))
        #expect(cert.subject == value(after: "subject=", in: output))
        #expect(cert.subject == "CN=Tablet Signer,O=Lycée Test,C=FR")
        #expect(cert.issuer == value(after: "issuer=", in: output))
        #expect(cert.notAfter == value(after: "notAfter=", in: output).flatMap(parseOpenSSLDate))
        #expect(cert.notBefore == value(after: "notBefore=", in: output).flatMap(parseOpenSSLDate))
        #expect(cert.sha256Fingerprint == value(after: "sha256 Fingerprint=", in: output))

        // DER and PEM round trips keep the certificate identical.
        try openssl(["x509", "-in", pemPath, "-outform", "DER", "-out", dir.file("cert.der")])
        let der = Array(try Data(contentsOf: URL(fileURLWithPath: dir.file("cert.der"))))
        #expect(try Certificate(der: der).sha256Fingerprint == cert.sha256Fingerprint)
        #expect(try Certificate(pem: try cert.pem()).sha256Fingerprint == cert.sha256Fingerprint)
    }

    @Test func factoryCertificatesHaveTheRequestedFieldsAndExtensions() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let fixture = try Fixture()
        let ca = fixture.ca.certificate
        let signer = fixture.signer.certificate
        #expect(ca.subject == "CN=Valise Test CA,O=École Test")
        #expect(ca.issuer == ca.subject)
        #expect(signer.issuer == ca.subject)
        #expect(signer.subject == "CN=Valise Signer,O=École Test")

        let caPath = try dir.write("ca.pem", try ca.pem())
        let signerPath = try dir.write("signer.pem", try signer.pem())
        let caText = try openssl(["x509", "-in", caPath, "-noout", "-text"]).text
        #expect(caText.contains("CA:TRUE"))
        #expect(caText.contains("Certificate Sign, CRL Sign"))
        #expect(caText.contains("Subject Key Identifier"))
        #expect(caText.contains("sha256WithRSAEncryption"))
        let signerText = try openssl(["x509", "-in", signerPath, "-noout", "-text", "-serial"]).text
        #expect(signerText.contains("CA:FALSE"))
        #expect(signerText.contains("Digital Signature, Non Repudiation"))
        #expect(signerText.contains("E-mail Protection, Code Signing"))
        #expect(signerText.contains("Authority Key Identifier"))
        #expect(value(after: "serial=", in: signerText)?.count == 32)  // 16 bytes
        try openssl(["verify", "-CAfile", caPath, "-purpose", "smimesign", signerPath])
    }

    @Test func identityRejectsAMismatchedKey() throws {
        let fixture = try Fixture()
        let other = try RSAPrivateKey.generate()
        #expect(throws: SigningError.self) { try SigningIdentity(certificate: fixture.signer.certificate, key: other) }
    }

    @Test func garbageCertificatesThrow() {
        #expect(throws: SigningError.self) { try Certificate(pem: "nope") }
        #expect(throws: SigningError.self) {
            try Certificate(pem: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
        }
        #expect(throws: SigningError.self) { try Certificate(der: [0x30, 0x03, 0x02, 0x01]) }
        #expect(throws: SigningError.self) { try Certificate(der: []) }
    }
}
