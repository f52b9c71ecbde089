import Diagnostics
import Foundation
import Testing

@testable import Profiles

@Suite("Building blocks")
struct UnitTests {
    @Test("the nearest valid key is suggested", arguments: [
        ("ssdi", "ssid"), ("pasphrase", "passphrase"), ("time_zon", "time_zone"), ("timezone", "time_zone"),
        ("portal", "portal_url"), ("secrte", "secret"),
    ])
    func nearest(typo: String, expected: String) {
        let keys = ProfileDecoder.networkKeys + ProfileDecoder.deviceKeys + ProfileDecoder.entKeys + SecretReference.keys
        #expect(KeySuggestion.nearest(to: typo, among: keys) == expected)
    }

    @Test("no suggestion for a key that is nothing like a valid one")
    func noSuggestion() {
        #expect(KeySuggestion.nearest(to: "colour", among: ProfileDecoder.networkKeys) == nil)
        #expect(KeySuggestion.editDistance("ssdi", "ssid") == 1)
        #expect(KeySuggestion.editDistance("", "abc") == 3)
    }

    @Test("naming templates render slots, school, class, case and serial")
    func naming() throws {
        let template = try NamingTemplate.parse("{school}-{class}-{slot:02}").get()
        #expect(template.render(slot: 3, serial: "R52N", school: "QO", className: "5A") == "QO-5A-03")
        #expect(try NamingTemplate.parse("T-{slot:03}-{serial}").get().render(slot: 12, serial: "R52", school: nil, className: nil) == "T-012-R52")
        #expect(try NamingTemplate.parse("T{slot}").get().render(slot: 12, serial: "", school: nil, className: nil) == "T12")
        let byCase = try NamingTemplate.parse("{school}-{class}-{case}-{slot:02}").get()
        #expect(byCase.render(slot: 3, serial: "R52N", school: "QO", className: "5A", caseName: "valise-2") == "QO-5A-valise-2-03")
        #expect(throws: TemplateProblem.self) { try NamingTemplate.parse("{case:02}-{slot}").get() }
        #expect(throws: TemplateProblem.self) { try NamingTemplate.parse("QO-{slot:2}").get() }
        #expect(throws: TemplateProblem.self) { try NamingTemplate.parse("QO 5A {slot}").get() }
        #expect(throws: TemplateProblem.self) { try NamingTemplate.parse("QO-{slot").get() }
    }

    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var hasher = SHA256()
        for _ in 0..<1000 { hasher.update(Array(repeating: UInt8(ascii: "a"), count: 1000)) }
        #expect(hasher.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("diagnostics render as FILE:LINE:COL: message — fix")
    func diagnosticFormat() {
        let diagnostic = FileDiagnostic(file: "a.yaml", line: 3, column: 7, message: "unknown key 'ssdi'", fix: "did you mean 'ssid'?")
        #expect(diagnostic.description == "a.yaml:3:7: unknown key 'ssdi' — did you mean 'ssid'?")
        #expect(diagnostic.relative(to: URL(fileURLWithPath: "/x")).file == "a.yaml")
        let absolute = FileDiagnostic(file: "/x/y/a.yaml", line: 1, column: 1, message: "m", fix: "f")
        #expect(absolute.relative(to: URL(fileURLWithPath: "/x")).file == "y/a.yaml")
    }

    @Test("a decoded profile round-trips through JSON with secrets masked")
    func codable() throws {
        var profile = ResolvedProfile()
        var network = WiFiNetwork(ssid: "QO-Tablettes", security: .wpa2PSK)
        network.passphrase = SecretValue("clear-text-secret", origin: "secret 'x'")
        profile.wifi = [network]
        let data = try JSONEncoder().encode(profile)
        #expect(!String(decoding: data, as: UTF8.self).contains("clear-text-secret"))
        let decoded = try JSONDecoder().decode(ResolvedProfile.self, from: data)
        #expect(decoded.wifi.first?.passphrase?.reveal() == SecretValue.mask)
        #expect(decoded.naming == .standard)
    }
}
