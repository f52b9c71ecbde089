import Diagnostics
import Foundation
import Testing

@testable import Profiles

/// Each `Fixtures/bad/NAME.yaml` must produce exactly the lines of `Fixtures/bad/NAME.expected`: paths
/// relative to `Fixtures/bad/`, and `$VALISE_HOME` for the temporary secrets folder.
@Suite("Bad profiles produce exactly the expected diagnostics")
struct FixtureTests {
    static let bad = TestSupport.fixtures.appendingPathComponent("bad")

    /// The secrets the fixtures name (values chosen to exercise the passphrase rules).
    static let secrets = [
        "too-short": "abc",
        "not-ascii": "pâté-en-croûte",
        "too-long": String(repeating: "long", count: 17),
        "hex-64": String(repeating: "0123456789abcdef", count: 4),
        "radius": "radius-password",
        "good": "good-passphrase",
    ]

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: bad.path)) ?? []
        return names.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }.sorted()
    }

    @Test("every .expected file has its .yaml fixture and there are enough of them")
    func fixturesPresent() {
        #expect(Self.cases.count >= 15)
        for name in Self.cases {
            #expect(FileManager.default.fileExists(atPath: Self.bad.appendingPathComponent("\(name).yaml").path), "\(name)")
        }
    }

    @Test("fixture", arguments: cases)
    func fixture(name: String) throws {
        let home = try TestSupport.valiseHome(secrets: Self.secrets)
        let loader = ProfileLoader(environment: ["VALISE_HOME": home.path, "HOME": "/nonexistent"])
        let url = Self.bad.appendingPathComponent("\(name).yaml")
        let actual = Self.rendered(loader.check([url]), home: home)
        let expected = try String(contentsOf: Self.bad.appendingPathComponent("\(name).expected"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(actual == expected, "\(name): actual output was\n\(actual.joined(separator: "\n"))")
        for line in actual {
            for secret in Self.secrets.values {
                #expect(!line.contains(secret), "a secret value appears in: \(line)")
            }
        }
    }

    /// Diagnostics as text, paths relative to Fixtures/bad and the secrets folder as $VALISE_HOME.
    static func rendered(_ diagnostics: [FileDiagnostic], home: URL) -> [String] {
        diagnostics.map { diagnostic in
            diagnostic.relative(to: bad).description
                .replacingOccurrences(of: bad.path + "/", with: "")
                .replacingOccurrences(of: home.path, with: "$VALISE_HOME")
        }
    }

    @Test("a library reports a class defined twice and tablet names shared by two classes")
    func duplicates() throws {
        let root = TestSupport.fixtures.appendingPathComponent("duplicates")
        let diagnostics = ProfileLoader(environment: [:]).check([root])
        let actual = diagnostics.map { $0.relative(to: root).description }
        let expected = try String(contentsOf: TestSupport.fixtures.appendingPathComponent("duplicates.expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(actual == expected, "actual output was\n\(actual.joined(separator: "\n"))")
    }
}
