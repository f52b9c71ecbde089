import Foundation
import TestSupport
import Testing

/// Errors from the libraries under the commands (the inventory's, SQLite's, the keys') reach the user as every
/// other error does: what happened, why, the fix and the help topic, with the exit status they call for.
@Suite struct ErrorBoundaryCLITests {
    let cli = CLITests()

    /// The text after `Prefix: ` on the line of `text` that starts with it.
    func line(_ prefix: String, of text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix + ": ") }.map { String($0.dropFirst(prefix.count + 2)) }
    }

    /// `home`'s inventory, written with `content`.
    func inventory(_ home: TemporaryDirectory, _ content: Data) throws -> URL {
        let folder = home.url.appendingPathComponent("valise")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("inventory.sqlite")
        try content.write(to: file)
        return file
    }

    /// Asking for help is not an error: ArgumentParser prints it, on standard output, and the exit status is 0.
    @Test func helpIsPrintedNotTakenForAnError() throws {
        let home = TemporaryDirectory()
        for command in [["--help"], ["provision", "--help"], ["sim", "-h"], ["help", "firmware"], ["inventory", "backup", "--help"]] {
            let run = try cli.valise(command, home: home.url)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stdout.contains("USAGE: valise"), "\(command): \(run.stdout)")
            #expect(!run.stderr.contains("Error:"), "\(command): \(run.stderr)")
        }
    }

    @Test func anInventoryThatIsNotADatabaseIsExplainedByEveryCommand() throws {
        let home = TemporaryDirectory()
        let garbage = Data((0..<6000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        let file = try inventory(home, garbage)
        for command in [["report"], ["move", "VAL1", "--case", "5A", "--slot", "1"], ["inventory", "backup", home.file("copy.sqlite").path]] {
            let run = try cli.valise(command, home: home.url)
            #expect(run.status == 1, "\(command): \(run.stderr)")
            #expect(line("Error", of: run.stderr) == "\(file.path) is not a Valise inventory: it is not an SQLite database.", "\(command): \(run.stderr)")
            #expect(line("Why", of: run.stderr)?.hasPrefix("Valise does not take it as a new, empty inventory") == true)
            #expect(line("Fix", of: run.stderr)?.hasPrefix("If it was this station's inventory, move it away") == true)
            #expect(line("Help", of: run.stderr) == "docs/troubleshooting.md#inventory")
        }
        #expect(try Data(contentsOf: file) == garbage)
    }

    /// SQLite's header, then pages SQLite cannot read: SQLite's own error, explained.
    @Test func anSQLiteErrorIsExplainedWithoutSQLitesWords() throws {
        let home = TemporaryDirectory()
        let file = try inventory(home, Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xA5, count: 8192))
        let run = try cli.valise(["report"], home: home.url)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(line("Error", of: run.stderr) == "The inventory \(file.path) is damaged.", "\(run.stderr)")
        #expect(line("Why", of: run.stderr)?.contains("Valise stopped before changing anything else") == true)
        #expect(line("Fix", of: run.stderr)?.hasPrefix("Move it away, copy your last backup") == true)
        #expect(line("Help", of: run.stderr) == "docs/troubleshooting.md#inventory")
        #expect(!run.stderr.contains("SQLite error"))
        let verbose = try cli.valise(["report"], home: home.url, extra: ["VALISE_VERBOSE": "1"])
        #expect(verbose.status == 1)
        #expect(line("Detail", of: verbose.stderr)?.contains("SQLite error") == true, "\(verbose.stderr)")
    }

    @Test func missingParcKeysReadTheSameInEveryCommand() throws {
        let home = TemporaryDirectory()
        let bundle = home.file("bundle.json")
        try Data("{}".utf8).write(to: bundle)
        let folder = home.url.appendingPathComponent("valise/keys").path
        for command in [["keys", "show"], ["bundle", "sign", bundle.path]] {
            let run = try cli.valise(command, home: home.url)
            #expect(run.status == 1, "\(command): \(run.stderr)")
            #expect(run.stderr == """
                Error: The parc keys cannot be used.
                Why: There are no parc keys in \(folder) yet. Create them with: valise keys init --organization "…"
                Fix: Follow the advice above. The parc keys live in \(folder) (set by VALISE_HOME).
                Help: docs/troubleshooting.md#parc-keys

                """, "\(command)")
        }
    }

    @Test func aBrokenADBKeyIsThisWorkstationsNotTheParcs() throws {
        let home = TemporaryDirectory()
        let android = home.url.appendingPathComponent(".android")
        try FileManager.default.createDirectory(at: android, withIntermediateDirectories: true)
        try Data("-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n".utf8).write(to: android.appendingPathComponent("adbkey"))
        let run = try cli.valise(["shell", "127.0.0.1:9", "true"], home: home.url)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(line("Error", of: run.stderr) == "This workstation's ADB key could not be used.", "\(run.stderr)")
        #expect(line("Fix", of: run.stderr)?.hasPrefix("Check ~/.android/adbkey") == true)
        #expect(line("Help", of: run.stderr) == "docs/troubleshooting.md#adb-keys")
    }

    /// A key others can read and an ADB_VENDOR_KEYS entry that does not exist do not stop a command, but are said.
    @Test func aLooseADBKeyAndAMissingVendorKeyAreWarnedAboutWithTheirFix() throws {
        let home = TemporaryDirectory()
        let first = try cli.valise(["shell", "127.0.0.1:9", "true"], home: home.url)   // creates $VALISE_HOME/adbkey
        #expect(!first.stderr.contains("Warning:"), "\(first.stderr)")
        let key = home.url.appendingPathComponent("valise/adbkey").path
        #expect(FileManager.default.fileExists(atPath: key), "\(first.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let missing = home.url.appendingPathComponent("no-such-key").path
        let run = try cli.valise(["shell", "127.0.0.1:9", "true"], home: home.url, extra: ["ADB_VENDOR_KEYS": missing])
        let warnings = run.stderr.split(separator: "\n").filter { $0.hasPrefix("Warning: ") }
        #expect(warnings.contains { $0.contains("The ADB key file \(key) can be read by other users") && $0.hasSuffix("chmod 600 \(key)") },
                "\(run.stderr)")
        #expect(warnings.contains { $0.contains("ADB_VENDOR_KEYS names \(missing), which does not exist") }, "\(run.stderr)")
        #expect(run.status == first.status, "the warnings change nothing else: \(run.stderr)")
    }
}
