import Foundation
import Testing

@testable import Profiles

@Suite("Secrets are referenced, masked and never shown")
struct SecretTests {
    static let passphrase = "Sup3r-Secret-Wifi"

    /// A class profile whose Wi-Fi passphrase comes from `reference`, in a temporary folder.
    static func profile(passphrase reference: String, extra: String = "") throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        let text = """
            kind: class
            class: 5A
            school: {name: Collège test, code: T}
            wifi:
              - ssid: Test-Eleves
                security: wpa2-psk
                passphrase: \(reference)
            \(extra)
            """
        let url = folder.appendingPathComponent("5A.yaml")
        try TestSupport.write(text, to: url, mode: 0o644)
        return url
    }

    @Test("a {secret: NAME} is read from $VALISE_HOME/secrets.yaml and masked everywhere")
    func masked() throws {
        let home = try TestSupport.valiseHome(secrets: ["wifi-test": Self.passphrase])
        let url = try Self.profile(passphrase: "{secret: wifi-test}")
        let profile = try ProfileLoader(environment: ["VALISE_HOME": home.path]).load(url).get()
        let secret = try #require(profile.wifi.first?.passphrase)
        #expect(secret.reveal() == Self.passphrase)
        #expect(secret.description == "••••••")
        #expect(!String(reflecting: secret).contains(Self.passphrase))
        var dumped = ""
        dump(profile, to: &dumped)
        #expect(!dumped.contains(Self.passphrase))
        #expect(!"\(profile)".contains(Self.passphrase))

        let json = String(decoding: try JSONEncoder().encode(profile), as: UTF8.self)
        #expect(!json.contains(Self.passphrase))
        #expect(json.contains("\"passphrase\":\"••••••\""))

        let shown = ProfileRenderer.render(resolved: profile, relativeTo: url.deletingLastPathComponent())
        #expect(!shown.contains(Self.passphrase))
        #expect(shown.contains("    passphrase: ••••••  # from secret 'wifi-test'; 5A.yaml:7\n"))
    }

    @Test("an {env: VAR} is read from the environment")
    func environment() throws {
        let url = try Self.profile(passphrase: "{env: TEST_WIFI_PSK}")
        let profile = try ProfileLoader(environment: ["TEST_WIFI_PSK": Self.passphrase]).load(url).get()
        #expect(profile.wifi.first?.passphrase?.reveal() == Self.passphrase)
        #expect(profile.wifi.first?.passphrase?.origin == "env TEST_WIFI_PSK")
    }

    @Test("a {file: PATH} must be 0600; 0644 is refused with chmod 600 FILE")
    func fileMode() throws {
        let url = try Self.profile(passphrase: "{file: secrets/wifi-psk}")
        let secretFile = url.deletingLastPathComponent().appendingPathComponent("secrets/wifi-psk")
        try TestSupport.write(Self.passphrase + "\n", to: secretFile, mode: 0o644)
        let refused = ProfileLoader(environment: [:]).load(url)
        guard case .failure(let errors) = refused else {
            Issue.record("a 0644 secret file was accepted")
            return
        }
        #expect(errors.diagnostics.map(\.description) == [
            "\(url.path):7:17: \(secretFile.path) can be read by other users (mode 0644) — run: chmod 600 \(secretFile.path)"
        ])
        try FileManager.default.setAttributes([.posixPermissions: NSNumber(value: 0o600)], ofItemAtPath: secretFile.path)
        let profile = try ProfileLoader(environment: [:]).load(url).get()
        #expect(profile.wifi.first?.passphrase?.reveal() == Self.passphrase)
    }

    @Test("secrets.yaml itself must be 0600")
    func storeMode() throws {
        let home = try TestSupport.valiseHome(secrets: ["wifi-test": Self.passphrase])
        let store = home.appendingPathComponent("secrets.yaml")
        try FileManager.default.setAttributes([.posixPermissions: NSNumber(value: 0o640)], ofItemAtPath: store.path)
        let url = try Self.profile(passphrase: "{secret: wifi-test}")
        let result = ProfileLoader(environment: ["VALISE_HOME": home.path]).load(url)
        guard case .failure(let errors) = result else {
            Issue.record("a 0640 secrets.yaml was accepted")
            return
        }
        #expect(errors.diagnostics.map(\.description) == [
            "\(store.path):1:1: \(store.path) can be read by other users (mode 0640) — run: chmod 600 \(store.path)"
        ])
    }

    @Test("a linked secrets.yaml is judged by its target's mode, and the fix names the target")
    func linkedStore() throws {
        let home = try TestSupport.valiseHome(secrets: [:])
        let target = home.appendingPathComponent("real/secrets.yaml")
        try TestSupport.write("wifi-test: \"\(Self.passphrase)\"\n", to: target, mode: 0o600)
        let store = home.appendingPathComponent("secrets.yaml")
        try FileManager.default.removeItem(at: store)
        try FileManager.default.createSymbolicLink(atPath: store.path, withDestinationPath: target.path)
        let url = try Self.profile(passphrase: "{secret: wifi-test}")
        let profile = try ProfileLoader(environment: ["VALISE_HOME": home.path]).load(url).get()
        #expect(profile.wifi.first?.passphrase?.reveal() == Self.passphrase)
        try FileManager.default.setAttributes([.posixPermissions: NSNumber(value: 0o644)], ofItemAtPath: target.path)
        guard case .failure(let errors) = ProfileLoader(environment: ["VALISE_HOME": home.path]).load(url) else {
            Issue.record("a linked 0644 secrets.yaml was accepted")
            return
        }
        #expect(errors.diagnostics.map(\.description) == [
            "\(store.path):1:1: \(store.path) (a link to \(target.path)) can be read by other users (mode 0644) — run: chmod 600 \(target.path)"
        ])
    }

    @Test("an inline passphrase is refused without being repeated")
    func inline() throws {
        let url = try Self.profile(passphrase: Self.passphrase)
        guard case .failure(let errors) = ProfileLoader(environment: [:]).load(url) else {
            Issue.record("an inline passphrase was accepted")
            return
        }
        #expect(errors.diagnostics.map(\.description) == [
            "\(url.path):7:17: the Wi-Fi passphrase of 'Test-Eleves' must not be written in the profile"
                + " — put it in secrets.yaml and write {secret: NAME}"
        ])
        #expect(!errors.description.contains(Self.passphrase))
    }

    @Test("a bad secret value is reported without its value", arguments: ["Zq9!x", "Zq9\u{e9}cdefghij", "Zq9" + String(repeating: "x", count: 67)])
    func badValueNotShown(value: String) throws {
        let home = try TestSupport.valiseHome(secrets: ["wifi-test": value, "radius": value])
        let url = try Self.profile(
            passphrase: "{secret: wifi-test}",
            extra: """
              - ssid: Test-Profs
                security: eap-peap
                identity: \(value)-identity
                password: {secret: radius}
                domain: radius.example.fr
                ca_certificate: missing-\(value).pem
            """)
        guard case .failure(let errors) = ProfileLoader(environment: ["VALISE_HOME": home.path]).load(url) else {
            Issue.record("a bad passphrase was accepted")
            return
        }
        #expect(errors.diagnostics.count == 2)
        #expect(errors.diagnostics.allSatisfy { !$0.message.contains(value) || $0.message.contains("missing-") })
        #expect(errors.diagnostics[0].message.hasPrefix("the passphrase of 'Test-Eleves' (from secret 'wifi-test')"))
    }
}

extension SecretTests {
    @Test("a missing secrets.yaml is one error naming every secret the profile needs")
    func missingStoreNamesEverySecret() throws {
        let home = try TestSupport.temporaryFolder()
        let url = try Self.profile(passphrase: "{secret: wifi-eleves}", extra: """
            wifi_more:
            """)
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "wifi_more:", with: """
              - ssid: Test-Profs
                security: wpa2-psk
                passphrase: {secret: wifi-profs}
            """)
        try TestSupport.write(text, to: url, mode: 0o644)
        let failure = try #require(ProfileLoader(environment: ["VALISE_HOME": home.path]).load(url).failure)
        let missing = failure.diagnostics.filter { $0.message.contains("secrets.yaml") }
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("the secrets 'wifi-eleves', 'wifi-profs' from") == true, "\(missing)")
        #expect(missing.first?.fix.contains("'wifi-eleves: …', 'wifi-profs: …'") == true, "\(missing)")
    }
}

extension Result {
    /// The error, or nil.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
