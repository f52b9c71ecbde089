import Foundation
import TestSupport
import Testing

/// The malformed-input corpus (Tests/Fixtures/malformed): each case is a folder with the command's
/// arguments (`args`, one per line), its input files, and `expected`: the exit status, then exactly
/// what valise must print on standard error. Run in a copy of the folder, so messages name files as given.
@Suite struct MalformedInputTests {
    static let corpus = ProvisionCLITests.repository.appendingPathComponent("Tests/Fixtures/malformed")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    @Test func theCorpusCoversEveryKindOfInput() {
        let kinds = Set(Self.cases.compactMap { $0.split(separator: "-").first.map(String.init) })
        #expect(kinds.isSuperset(of: ["casemap", "bundle", "rentree", "profile", "catalog", "command"]), "\(kinds)")
    }

    @Test(arguments: cases)
    func eachMalformedInputGetsItsExactMessage(name: String) throws {
        let source = Self.corpus.appendingPathComponent(name)
        let work = TemporaryDirectory("valise-malformed")
        let folder = work.url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: folder)
        let arguments = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected"), encoding: .utf8)

        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["VALISE_HOME"] = work.url.appendingPathComponent("home").path
        environment["HOME"] = work.url.path
        for key in ["VALISE_TCP", "VALISE_DEMO_WIFI_PSK", "COLUMNS", "VALISE_INVENTORY"] { environment.removeValue(forKey: key) }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Files are named as given on the command line, whatever the temporary folder.
        let shown = stderr.replacingOccurrences(of: folder.path + "/", with: "").replacingOccurrences(of: folder.path, with: ".")
        let got = "exit \(process.terminationStatus)\n" + shown
        if ProcessInfo.processInfo.environment["VALISE_RECORD_FIXTURES"] == "1" {
            try got.write(to: source.appendingPathComponent("expected"), atomically: true, encoding: .utf8)
        }
        #expect(got == expected, "\(name): valise printed\n\(got)")
    }
}
