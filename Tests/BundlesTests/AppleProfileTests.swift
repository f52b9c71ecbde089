import Foundation
import Signing
import TestSupport
import Testing
@testable import Bundles

/// The iPad profile, signed, checked by `openssl smime -verify` and read back by Python's plistlib.
@Suite struct AppleProfileTests {
    static func parc() throws -> (ca: SigningIdentity, signer: SigningIdentity) {
        let validity = DateInterval(start: Date().addingTimeInterval(-60), duration: 86400 * 30)
        let caKey = try RSAPrivateKey.generate()
        let ca = try SigningIdentity(certificate: try CertificateFactory.makeCA(commonName: "Parc CA", organization: "Parc",
                                                                                 validity: validity, key: caKey), key: caKey)
        let key = try RSAPrivateKey.generate()
        let signer = try SigningIdentity(certificate: try CertificateFactory.makeSigner(commonName: "Parc signing", organization: "Parc",
                                                                                         validity: validity, key: key, ca: ca), key: key)
        return (ca, signer)
    }

    static func profile(caDER: [UInt8]) -> AppleConfigurationProfile {
        AppleConfigurationProfile(
            identifier: "fr.valise.saint-martin.mont-des-accords.5a", displayName: "Collège Mont des Accords — 5A",
            organization: "Pôle numérique de Saint-Martin", summary: "Wi-Fi & ENT <5A>",
            wifi: [.init(ssid: "MDA-Eleves", security: .wpa2, password: "s3cret-pass", proxy: .manual(host: "proxy.example.fr", port: 3128)),
                   .init(ssid: "MDA-Profs", security: .peap(identity: "prof"), password: "pw", trustedServerNames: ["radius.example.fr"])],
            certificates: [(name: "Proxy CA", der: caDER)],
            webClips: [(label: "Iguane", url: "https://www.iguane.education")])
    }

    @Test func signedProfileVerifiesWithOpenSSLAndReadsBackWithPlistlib() throws {
        let (ca, signer) = try Self.parc()
        let caPEM = try ca.certificate.pem()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-mc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let caFile = folder.appendingPathComponent("ca.pem")
        try Data(caPEM.utf8).write(to: caFile)
        let profile = Self.profile(caDER: [0x30, 0x03, 0x02, 0x01, 0x01])
        let signed = try profile.signed(by: signer)
        let file = folder.appendingPathComponent("5a.mobileconfig")
        try Data(signed).write(to: file)
        let out = folder.appendingPathComponent("content.xml")
        let verify = try run("openssl", ["smime", "-verify", "-inform", "DER", "-in", file.path, "-CAfile", caFile.path, "-out", out.path])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(try Data(contentsOf: out) == Data(profile.plist.xmlDocument))

        let script = """
            import plistlib, sys
            p = plistlib.load(open(sys.argv[1], 'rb'))
            kinds = [c['PayloadType'] for c in p['PayloadContent']]
            wifi = [c for c in p['PayloadContent'] if c['PayloadType'] == 'com.apple.wifi.managed']
            print(p['PayloadType'], p['PayloadDescription'], ','.join(kinds), wifi[0]['ProxyType'], wifi[0]['ProxyServerPort'],
                  wifi[1]['EAPClientConfiguration']['AcceptEAPTypes'][0], len(set(c['PayloadUUID'] for c in p['PayloadContent'])))
            """
        let read = try run("python3", ["-c", script, out.path])
        #expect(read.text.trimmingCharacters(in: .whitespacesAndNewlines)
            == "Configuration Wi-Fi & ENT <5A> com.apple.security.root,com.apple.wifi.managed,com.apple.wifi.managed,com.apple.webClip.managed Manual 3128 25 4")
    }

    @Test func theSameProfileGivesTheSameBytes() {
        #expect(Self.profile(caDER: [1]).plist.xmlDocument == Self.profile(caDER: [1]).plist.xmlDocument)
    }

    @Test func anotherCAIsRefusedByOpenSSL() throws {
        let (_, signer) = try Self.parc()
        let (other, _) = try Self.parc()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-mc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(try Self.profile(caDER: [1]).signed(by: signer)).write(to: folder.appendingPathComponent("p.mobileconfig"))
        try Data(try other.certificate.pem().utf8).write(to: folder.appendingPathComponent("other.pem"))
        let verify = try run("openssl", ["smime", "-verify", "-inform", "DER", "-in", folder.appendingPathComponent("p.mobileconfig").path,
                                                  "-CAfile", folder.appendingPathComponent("other.pem").path, "-out", "/dev/null"])
        #expect(verify.status != 0)
    }

    func run(_ tool: String, _ arguments: [String]) throws -> ToolRun {
        try Tools.run(try Tools.locate(tool, package: tool == "openssl" ? "openssl" : "python3"), arguments)
    }
}
