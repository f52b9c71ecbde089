import ArgumentParser
import Diagnostics
import Foundation

/// The `valise` command.
public struct Valise: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "valise",
        abstract: "Provision a case of Android school tablets over USB or TCP.",
        discussion: """
            Tablets are addressed by serial. Tablets reached over the network (or simulated ones) are found
            on the addresses given with --tcp HOST:PORT or HOST:PORT-PORT, or in VALISE_TCP=ADDR,ADDR….
            Exit codes: 0 all tablets done; 2 some tablets need attention; 1 the run failed; 64 bad usage; 65 bad input file.
            """,
        version: BuildVersion.description,
        subcommands: [DemoCommand.self, ProvisionCommand.self, ReprovisionCommand.self, WatchCommand.self, RentreeCommand.self, ReportCommand.self, InventoryCommand.self, DevicesCommand.self, ShellCommand.self, PushCommand.self, PullCommand.self, InstallCommand.self,
                      ProfileCommand.self, KeysCommand.self, BundleCommand.self, QRCommand.self, MobileConfigCommand.self,
                      SimCommand.self, DoctorCommand.self, MoveCommand.self, SyncCommand.self, SetupUSBCommand.self, FirmwareCommand.self]
    )

    public init() {}

    /// Runs the command line and exits; every error is rendered here and only here.
    public static func runMain(arguments: [String]? = nil) -> Never {
        var parsed: ParsableCommand.Type?
        do {
            var command = try parseAsRoot(arguments)
            parsed = type(of: command)
            try command.run()
            Foundation.exit(0)
        } catch let error as ValiseError {
            ErrorRenderer.render(error, verbose: ProcessInfo.processInfo.environment["VALISE_VERBOSE"] == "1" || CommandLine.arguments.contains("--verbose"))
            Foundation.exit(error.exitCode)
        } catch let error as ValidationError {
            // Thrown by a subcommand's run(): its own usage, not the root's.
            let usage = parsed.map { usageString(for: $0) } ?? usageString()
            let name = usage.split(separator: " ").prefix { !$0.hasPrefix("-") && !$0.hasPrefix("<") && !$0.hasPrefix("[") && !$0.hasPrefix("(") }
            Console.error("Error: \(error.message)\nUsage: \(usage)\n  See '\(name.joined(separator: " ")) --help' for more information.")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}

/// Prints errors for school IT staff: what happened, why, the fix.
enum ErrorRenderer {
    static func render(_ error: ValiseError, verbose: Bool) {
        var lines = ["Error: \(error.summary)"]
        if !error.reason.isEmpty { lines.append("Why: \(error.reason)") }
        if !error.action.isEmpty { lines.append("Fix: \(error.action)") }
        if let topic = error.helpTopic { lines.append("Help: docs/troubleshooting.md#\(topic)") }
        if verbose, let detail = error.detail { lines.append("Detail: \(detail)") }
        // Messages quote what tablets said: no escape sequence of theirs reaches the terminal.
        Console.error(TabletText.clean(lines.joined(separator: "\n"), keepingLineBreaks: true))
    }
}

/// Standard output and error without buffering surprises.
enum Console {
    static func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}
