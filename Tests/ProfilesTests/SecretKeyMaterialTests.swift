import Foundation
import Testing

@testable import Profiles

/// A profile cannot send the parc's keys to tablets: secrets never come from Valise's key material, and never look like a key.
@Suite("Secrets never resolve to key material")
struct SecretKeyMaterialTests {
    static let keyBody = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
    static let privateKey = "-----BEGIN PRIVATE KEY-----\n\(keyBody)\n-----END PRIVATE KEY-----\n"

    /// A VALISE_HOME with keys/signing.key (0600) and a secrets.yaml; a profile folder with the RADIUS CA.
    struct Parc {
        let home: URL
        let folder: URL
        var key: URL { home.appendingPathComponent("keys/signing.key") }

        init(secrets: [String: String] = [:]) throws {
            home = try TestSupport.valiseHome(secrets: secrets)
            try TestSupport.write(SecretKeyMaterialTests.privateKey, to: home.appendingPathComponent("keys/signing.key"), mode: 0o600)
            folder = try TestSupport.temporaryFolder()
            try TestSupport.write("ca\n", to: folder.appendingPathComponent("radius-ca.pem"), mode: 0o644)
        }

        /// A class profile with an eap-peap network whose password is `password`, and `extra` networks.
        func profile(password: String, extra: String = "") throws -> URL {
            let text = """
                kind: class
                class: 5A
                school: {name: Collège test, code: T}
                wifi:
                  - ssid: Test-Profs
                    security: eap-peap
                    identity: prof@etab
                    password: \(password)
                    domain: radius.example.fr
                    ca_certificate: radius-ca.pem
                \(extra)
                """
            let url = folder.appendingPathComponent("5A.yaml")
            try TestSupport.write(text, to: url, mode: 0o644)
            return url
        }

        /// The problems `profile check` finds (none when it loads); the key's body is never among them.
        func problems(_ url: URL) -> [String] {
            guard case .failure(let errors) = ProfileLoader(environment: ["VALISE_HOME": home.path, "HOME": home.path]).load(url) else {
                return []
            }
            #expect(!errors.description.contains(SecretKeyMaterialTests.keyBody))
            return errors.diagnostics.map(\.description)
        }
    }

    @Test("{file:} naming $VALISE_HOME/keys/signing.key is refused: directly, through .. and through a link")
    func signingKeyByFile() throws {
        let parc = try Parc()
        let link = parc.folder.appendingPathComponent("radius-password")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: parc.key.path)
        let dotted = parc.home.appendingPathComponent("keys/../keys/./signing.key").path
        for (reference, shown) in [(parc.key.path, parc.key.path), (dotted, parc.key.path), ("radius-password", link.path)] {
            let url = try parc.profile(password: "{file: \(reference)}")
            let problems = parc.problems(url)
            #expect(problems.count == 1, "\(reference): \(problems)")
            let problem = problems.first ?? ""
            #expect(problem.hasPrefix("\(url.path):8:"), "\(problem)")
            #expect(problem.contains("names \(shown)"), "\(problem)")
            #expect(problem.contains("which is Valise's own key material"), "\(problem)")
        }
    }

    @Test("a client_key of eap-tls under $VALISE_HOME/keys is refused")
    func clientKeyInParcKeys() throws {
        let parc = try Parc(secrets: ["radius": "Radius-Pass-2026"])
        let url = try parc.profile(password: "{secret: radius}", extra: """
              - ssid: Test-Tablettes
                security: eap-tls
                identity: tablette@etab
                domain: radius.example.fr
                ca_certificate: radius-ca.pem
                client_certificate: radius-ca.pem
                client_key: \(parc.key.path)
            """)
        let problems = parc.problems(url)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.contains("the client key of 'Test-Tablettes' names \(parc.key.path)") == true, "\(problems)")
    }

    @Test("a password or passphrase holding a PEM block is refused, wherever it comes from")
    func pemValues() throws {
        let escaped = Self.privateKey.replacingOccurrences(of: "\n", with: "\\n")
        let parc = try Parc(secrets: ["radius": escaped, "wifi": escaped])
        let copy = parc.folder.appendingPathComponent("copied.key")
        try TestSupport.write(Self.privateKey, to: copy, mode: 0o600)
        for reference in ["{secret: radius}", "{file: copied.key}"] {
            let problems = parc.problems(try parc.profile(password: reference))
            #expect(problems.count == 1, "\(reference): \(problems)")
            #expect(problems.first?.contains("the 802.1X password of 'Test-Profs'") == true, "\(problems)")
            #expect(problems.first?.contains("holds a key or certificate (a PEM block), not a password") == true, "\(problems)")
        }
        let url = try parc.profile(password: "{secret: none}", extra: """
              - ssid: Test-Eleves
                security: wpa2-psk
                passphrase: {secret: wifi}
            """)
        #expect(parc.problems(url).contains { $0.contains("the Wi-Fi passphrase of 'Test-Eleves' (from secret 'wifi') holds a key") })
    }

    @Test("an 802.1X password is one line")
    func eapPasswordShape() throws {
        let parc = try Parc(secrets: ["radius": "line one\\nline two"])
        let problems = parc.problems(try parc.profile(password: "{secret: radius}"))
        #expect(problems.count == 1)
        #expect(problems.first?.contains("the 802.1X password of 'Test-Profs' (from secret 'radius') contains line breaks") == true, "\(problems)")
    }

    @Test("an ordinary password file still works")
    func ordinaryFile() throws {
        let parc = try Parc()
        try TestSupport.write("Radius-Pass-2026\n", to: parc.folder.appendingPathComponent("radius-password"), mode: 0o600)
        #expect(parc.problems(try parc.profile(password: "{file: radius-password}")).isEmpty)
    }
}
