import ArgumentParser
import Diagnostics
import Foundation

/// The `valise` command.
public struct Valise: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "valise",
            abstract: Say.helpValiseAbstract,
            discussion: Say.helpValiseDiscussion,
            version: BuildVersion.description,
            subcommands: [DemoCommand.self, ProvisionCommand.self, ReprovisionCommand.self, WatchCommand.self, RentreeCommand.self, ReportCommand.self, InventoryCommand.self, DevicesCommand.self, ShellCommand.self, PushCommand.self, PullCommand.self, InstallCommand.self,
                          ProfileCommand.self, KeysCommand.self, BundleCommand.self, QRCommand.self, MobileConfigCommand.self,
                          SimCommand.self, DoctorCommand.self, MoveCommand.self, SyncCommand.self, SetupUSBCommand.self, FirmwareCommand.self]
        )
    }

    public init() {}

    /// Runs the command line and exits; every error is rendered here, by `ErrorRenderer`, and only here.
    public static func runMain(arguments: [String]? = nil) -> Never {
        var parsed: ParsableCommand?
        do {
            var command = try parseAsRoot(arguments)
            parsed = command
            try command.run()
            Foundation.exit(0)
        } catch {
            // `--help`, `help COMMAND` and `--version` come back as errors that mean success: ArgumentParser prints them.
            if exitCode(for: error) == .success { exitSaying(error) }
            let verbose = ProcessInfo.processInfo.environment["VALISE_VERBOSE"] == "1" || CommandLine.arguments.contains("--verbose")
            let inventory = parsed.map(InventoryOptions.sqlitePath(of:)) ?? InventoryOptions.sqlitePath(nil)
            guard let message = ErrorRenderer.message(for: error, command: parsed.map { type(of: $0) }, inventory: inventory, verbose: verbose) else {
                exitSaying(error)   // a mistake in the command line: ArgumentParser's own message and usage
            }
            Console.error(message.text)
            Foundation.exit(message.exitCode)
        }
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
