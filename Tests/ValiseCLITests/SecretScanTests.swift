import Foundation
import Simulator
import TestSupport
import Testing

/// After a full run, no secret of the profiles is anywhere Valise writes for people: its output, the reports,
/// the inventory (database, WAL and journal) and every other file of VALISE_HOME. It only goes to the tablets.
@Suite struct SecretScanTests {
    let cli = CLITests()

    @Test func theWiFiPassphraseReachesTheTabletsAndNothingElse() throws {
        let secret = "Pass-Phrase-7f3a9b2c-Secrete"
        let (home, classFile) = try StationCLITests.home()
        let a = try TabletFixture(index: 21), b = try TabletFixture(index: 22, faults: ["battery-low"])
        let tcp = ["--tcp", "127.0.0.1:\(a.tablet.port)", "--tcp", "127.0.0.1:\(b.tablet.port)"]
        let environment = ["VALISE_DEMO_WIFI_PSK": secret]
        var printed: [String] = []
        for arguments in [["provision", "--profile", classFile.path, "--all", "--dry-run"] + tcp,
                          ["provision", "--profile", classFile.path, "--all", "--verbose"] + tcp,
                          ["provision", "--profile", classFile.path, "--all", "--json"] + tcp,
                          ["reprovision", a.tablet.serial] + tcp,
                          ["profile", "show", "5A", "--resolved", "--root", classFile.deletingLastPathComponent().path],
                          ["report"], ["report", "--format", "csv"], ["report", "--format", "json"],
                          ["report", "--format", "html", "--output", home.url.appendingPathComponent("valise/report.html").path]] {
            let run = try cli.valise(arguments, home: home.url, extra: environment)
            printed += [run.stdout, run.stderr]
        }
        #expect(printed.joined().contains("1 of 2 tablets provisioned"), "\(printed.joined())")

        // The positive control: the passphrase did reach the tablet, in its signed bundle (the simulated tablet
        // writes its storage a second after a change: written now).
        a.tablet.persona.flush()
        #expect(try Self.files(under: a.folder.url).contains { try Self.holds($0, secret) }, "the tablet never got the passphrase")

        for (index, text) in printed.enumerated() { #expect(!text.contains(secret), "output \(index) shows the passphrase") }
        let written = try Self.files(under: home.url.appendingPathComponent("valise"))
        #expect(written.contains { $0.lastPathComponent == "inventory.sqlite" })
        for file in written { #expect(try !Self.holds(file, secret), "\(file.path) holds the passphrase") }
    }

    static func files(under folder: URL) throws -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        return (walker?.compactMap { $0 as? URL } ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }

    /// Whether the file holds the secret as UTF-8, UTF-16 or hex.
    static func holds(_ file: URL, _ secret: String) throws -> Bool {
        let data = try Data(contentsOf: file)
        let forms = [Data(secret.utf8), secret.data(using: .utf16LittleEndian) ?? Data(),
                     Data(secret.utf8.map { String(format: "%02x", $0) }.joined().utf8)]
        return forms.contains { data.range(of: $0) != nil }
    }
}
