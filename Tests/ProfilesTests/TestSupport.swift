import Foundation
import Testing

@testable import Profiles

/// Paths and temporary folders shared by the profile tests.
enum TestSupport {
    /// Tests/ProfilesTests/Fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").standardizedFileURL
    /// The repository's Profiles/ folder.
    static let realProfiles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Profiles").standardizedFileURL

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("valise-profiles-\(UUID().uuidString)").standardizedFileURL
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `url` with `mode`.
    static func write(_ text: String, to url: URL, mode: Int) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: NSNumber(value: mode)], ofItemAtPath: url.path)
    }

    /// A VALISE_HOME holding a 0600 secrets.yaml with `secrets`.
    static func valiseHome(secrets: [String: String]) throws -> URL {
        let home = try temporaryFolder()
        let lines = secrets.keys.sorted().map { "\($0): \"\(secrets[$0] ?? "")\"" }
        try write(lines.joined(separator: "\n") + "\n", to: home.appendingPathComponent("secrets.yaml"), mode: 0o600)
        return home
    }

    /// Every `{secret: NAME}` written in the .yaml files under `root`.
    static func secretNames(under root: URL) -> Set<String> {
        var names = Set<String>()
        for file in ProfileLibrary(root: root).profileFiles() {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for match in text.matches(of: /\{secret: *([A-Za-z0-9_.-]+) *\}/) { names.insert(String(match.1)) }
        }
        return names
    }

    /// The value every real-profile test gives each Wi-Fi secret (a valid WPA passphrase).
    static let testPassphrase = "test-passphrase-1234"

    /// A loader for the real profiles: every secret they name set, and the demo's environment variable.
    static func realLoader() throws -> ProfileLoader {
        let names = secretNames(under: realProfiles)
        let home = try valiseHome(secrets: Dictionary(uniqueKeysWithValues: names.map { ($0, testPassphrase) }))
        return ProfileLoader(environment: ["VALISE_HOME": home.path, "VALISE_DEMO_WIFI_PSK": "demo-passphrase-2025"])
    }
}
