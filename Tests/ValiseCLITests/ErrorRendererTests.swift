import ArgumentParser
import Bundles
import Devices
import Diagnostics
import District
import Engine
import Foundation
import GRDB
import Inventory
import Signing
import Testing
import USBHost
@testable import ValiseCLI

/// The error boundary: every family of errors a command may throw comes out as what happened, why, the fix and the
/// help topic, with the exit status it calls for.
@Suite struct ErrorRendererTests {
    static let inventory = "/srv/valise/inventory.sqlite"

    /// The message for `error` thrown by `valise provision`'s run.
    func message(_ error: any Error, verbose: Bool = false) throws -> ErrorRenderer.Message {
        try #require(ErrorRenderer.message(for: error, command: ProvisionCommand.self, inventory: Self.inventory, verbose: verbose))
    }

    /// The lines of `text` that start with `prefix`.
    func line(_ prefix: String, of text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix + ": ") }.map { String($0.dropFirst(prefix.count + 2)) }
    }

    @Test func valiseErrorsKeepTheirWordsAndTheirExitStatus() throws {
        let problem = FileProblems(.profile, [])
        let shown = try message(problem)
        #expect(shown.exitCode == 65)
        #expect(line("Fix", of: shown.text) == "Fix the lines above, then run `valise profile check` again.")
        #expect(line("Help", of: shown.text) == "docs/troubleshooting.md#profiles")
        let tablet = FastbootError(.unreachable, tablet: "VAL1", summary: "Tablet VAL1 \u{1B}[2J is away.", reason: "Gone.", action: "Plug it in.",
                                   detail: "errno 110")
        #expect(try message(tablet).text == "Error: Tablet VAL1 \\e[2J is away.\nWhy: Gone.\nFix: Plug it in.")
        #expect(try message(tablet, verbose: true).text.hasSuffix("\nDetail: errno 110"))
    }

    @Test func argumentParsersOwnErrorsAreLeftToIt() {
        for error: any Error in [ExitCode(2), CleanExit.message("done"), ValidationError("parse")] {
            #expect(ErrorRenderer.message(for: error, command: nil, inventory: Self.inventory, verbose: false) == nil)
        }
        for error: any Error in [ExitCode(2), ExitCode.success, CleanExit.message("done")] {
            #expect(ErrorRenderer.message(for: error, command: ProvisionCommand.self, inventory: Self.inventory, verbose: false) == nil)
        }
    }

    @Test func aValidationErrorOfARunShowsItsCommandsUsage() throws {
        let shown = try message(ValidationError("--jobs must be between 1 and 64."))
        #expect(shown.exitCode == 64)
        #expect(shown.text.hasPrefix("Error: --jobs must be between 1 and 64.\nUsage: valise provision "), "\(shown.text)")
        #expect(shown.text.hasSuffix("See 'valise provision --help' for more information."))
    }

    @Test func anAddressOrABundleFileGivenWrongIsAMistakeOfTheCommandLine() throws {
        let address = try #require(throws: TCPAddress.ParseError.self) { try TCPAddress.parseAll(["tablet"], environment: nil) }
        let shown = try message(address)
        #expect(shown.exitCode == 64)
        #expect(shown.text.hasPrefix("Error: \(address.description)\nUsage: valise provision "), "\(shown.text)")
        let bundle = try message(BundleError.unreadableFile("wifi.pem"))
        #expect(bundle.exitCode == 64)
        #expect(bundle.text.hasPrefix("Error: wifi.pem cannot be read; the profile names it."))
    }

    @Test func aSigningErrorIsAboutTheParcKeysWithTheOpenSSLQueueOnlyWhenVerbose() throws {
        let error = SigningError(summary: "signing.key can be read by others: run chmod 600 on it.", detail: "error:0480006C:PEM routines")
        let shown = try message(error)
        #expect(shown.exitCode == 1)
        #expect(line("Error", of: shown.text) == "The parc keys cannot be used.")
        #expect(line("Why", of: shown.text) == error.summary)
        #expect(line("Fix", of: shown.text) == "Follow the advice above. The parc keys live in \(KeysCommand.folder) (set by VALISE_HOME).")
        #expect(line("Help", of: shown.text) == "docs/troubleshooting.md#parc-keys")
        #expect(!shown.text.contains("PEM routines"))
        #expect(try message(error, verbose: true).text.contains("Detail: error:0480006C:PEM routines"))
    }

    @Test func aUSBErrorSaysUSBCannotBeUsed() throws {
        let shown = try message(USBError.notSupported)
        #expect(line("Error", of: shown.text) == "Valise cannot use USB on this computer.")
        #expect(line("Fix", of: shown.text)?.contains("valise doctor") == true)
        #expect(shown.exitCode == 1)
    }

    @Test func inventoryAndSQLiteErrorsNameTheFileAndTheFix() throws {
        let sqlite = try message(DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed"))
        #expect(line("Error", of: sqlite.text) == "The inventory \(Self.inventory) is damaged.")
        #expect(line("Fix", of: sqlite.text)?.hasPrefix("Move it away, copy your last backup") == true)
        #expect(line("Help", of: sqlite.text) == "docs/troubleshooting.md#inventory")
        #expect(!sqlite.text.contains("malformed"))
        #expect(sqlite.exitCode == 1)
        let full = try message(DatabaseError(resultCode: .SQLITE_FULL))
        #expect(line("Error", of: full.text) == "The inventory \(Self.inventory) could not be written: the disk is full.")
        let own = InventoryError.from(DatabaseError(resultCode: .SQLITE_BUSY), path: "/tmp/other.sqlite", doing: "reading it")
        #expect(try message(own).text == ErrorRenderer.text(own, verbose: false))
        #expect(line("Error", of: try message(own).text) == "The inventory /tmp/other.sqlite is in use by another valise command.")
    }

    @Test func districtErrorsPointToTheDistrictSection() throws {
        let shown = try message(DistrictError.badURL("postgres://parc:***@/parc", "it names no server (HOST)"))
        #expect(line("Error", of: shown.text) == "The district inventory address postgres://parc:***@/parc cannot be used: it names no server (HOST).")
        #expect(line("Fix", of: shown.text) != nil)
        #expect(line("Help", of: shown.text) == "docs/troubleshooting.md#district")
    }

    @Test func fileSystemErrorsNameTheFileAndTheFix() throws {
        let missing = CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "/srv/report.html"])
        let shown = try message(missing)
        #expect(line("Error", of: shown.text) == "Valise could not use the file /srv/report.html.")
        #expect(line("Why", of: shown.text)?.hasPrefix("The system said: ") == true)
        #expect(line("Fix", of: shown.text)?.contains("may read and write them") == true)
        #expect(line("Help", of: shown.text) == "docs/troubleshooting.md#files")
        #expect(shown.exitCode == 1)
        let full = try message(POSIXError(.ENOSPC))
        #expect(line("Error", of: full.text) == "Valise could not read or write a file it needs.")
        #expect(line("Fix", of: full.text)?.contains("the disk is not full") == true)
    }

    @Test func foundationsOwnFileErrorsAreFileSystemProblems() throws {
        let attributes = try #require(throws: (any Error).self) { try FileManager.default.attributesOfItem(atPath: "/nonexistent/valise") }
        #expect(line("Error", of: try message(attributes).text) == "Valise could not use the file /nonexistent/valise.")
        let read = try #require(throws: (any Error).self) { try Data(contentsOf: URL(fileURLWithPath: "/nonexistent/valise.yaml")) }
        #expect(line("Error", of: try message(read).text) == "Valise could not use the file /nonexistent/valise.yaml.")
        let folder = try #require(throws: (any Error).self) {
            try FileManager.default.createDirectory(atPath: "/proc/valise", withIntermediateDirectories: true)
        }
        #expect(line("Help", of: try message(folder).text) == "docs/troubleshooting.md#files")
    }

    @Test func anUnknownErrorKeepsItsWordsAndSaysWhatToSend() throws {
        struct Odd: Error, CustomStringConvertible { var description: String { "the odd thing broke" } }
        let shown = try message(Odd())
        #expect(line("Error", of: shown.text) == "the odd thing broke")
        #expect(line("Why", of: shown.text)?.contains("looks like a bug") == true)
        #expect(line("Fix", of: shown.text)?.hasPrefix("Run the same command again with --verbose") == true)
        #expect(line("Help", of: shown.text) == "docs/troubleshooting.md#unexpected-errors")
        #expect(shown.exitCode == 1)
    }

    @Test func aTCPTabletWithoutItsFastbootAddressIsToldByItsKind() throws {
        struct NoKeys: ADBAuthenticator {
            var keyCount: Int { 0 }
            func sign(token: [UInt8], keyIndex: Int) throws -> [UInt8] { [] }
            func publicKeyText() throws -> String { "" }
        }
        let reach = TabletReach(connector: DeviceConnector(authenticator: NoKeys()))
        let target = ProvisionTarget(slot: 1, address: TCPAddress(host: "127.0.0.1", port: 5555))
        let missing = try #require(FirmwareCommand.missingEndpoint(FirmwareCommand.flashTablet(target, reach: reach, fastboot: nil)))
        #expect(missing.kind == .noEndpoint)
        #expect(!missing.isTransient)
        #expect(missing.summary == "Valise does not know where tablet \(target.endpoint) answers fastboot.")
    }
}
