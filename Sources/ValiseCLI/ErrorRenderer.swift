import ArgumentParser
import Bundles
import Devices
import Diagnostics

/// The one place an error becomes what the user reads: what happened, why, the exact fix, the help topic, and the
/// exit status it calls for. Every command's error ends here (`Valise.runMain`), and so does each tablet's error that a
/// command prints before going on to the next tablet (`valise firmware flash`).
enum ErrorRenderer {
    /// What the user reads for one error, and the exit status it calls for.
    struct Message: Equatable {
        /// The lines for standard error: `Error:`, `Why:`, `Fix:`, `Help:` (and `Detail:` with --verbose).
        let text: String
        /// 1: the run failed; 2: some tablets need a hand; 64: bad usage; 65: bad input file.
        let exitCode: Int32
    }

    /// The message for `error`, thrown by the run of `command` (nil: while the command line was parsed); `inventory` is
    /// the inventory file the command line names, for an SQLite error that does not name it.
    ///
    /// Nil for ArgumentParser's own errors (a mistake in the command line, `ExitCode`, `CleanExit`): ArgumentParser
    /// prints those itself, with the usage.
    static func message(for error: any Error, command: ParsableCommand.Type?, inventory: String, verbose: Bool) -> Message? {
        guard let command, !(error is ExitCode), !(error is CleanExit) else { return nil }
        if let mistake = usageMistake(error) {
            return Message(text: usage(mistake, of: command), exitCode: ExitCode.validationFailure.rawValue)
        }
        let explained = explained(error, inventory: inventory)
        return Message(text: text(explained, verbose: verbose), exitCode: explained.exitCode)
    }

    /// Prints `error` on standard error (a tablet's error; the command goes on).
    static func render(_ error: any ValiseError, verbose: Bool) {
        Console.error(text(error, verbose: verbose))
    }

    /// `Error: <summary>` / `Why: <reason>` / `Fix: <action>` / `Help: docs/troubleshooting.md#<topic>`, and with
    /// `verbose` the technical `Detail:`.
    static func text(_ error: any ValiseError, verbose: Bool) -> String {
        var lines = [Say.errorLabel + error.summary]
        if !error.reason.isEmpty { lines.append(Say.whyLabel + error.reason) }
        if !error.action.isEmpty { lines.append(Say.fixLabel + error.action) }
        if let topic = error.helpTopic { lines.append(Say.helpLabel + Say.helpPage(topic)) }
        if verbose, let detail = error.detail { lines.append(Say.detailLabel + detail) }
        // Messages quote what tablets said: no escape sequence of theirs reaches the terminal.
        return TabletText.clean(lines.joined(separator: "\n"), keepingLineBreaks: true)
    }

    /// A mistake in what the command was given, shown with its usage (exit 64): ArgumentParser's `ValidationError`,
    /// and the library errors that are always one (a TCP address, a file the profile names that a bundle cannot use).
    static func usageMistake(_ error: any Error) -> ValidationError? {
        switch error {
        case let error as ValidationError: return error
        case let error as TCPAddress.ParseError: return ValidationError(error.description)
        case let error as BundleError: return ValidationError(error.description)
        default: return nil
        }
    }

    /// A mistake thrown by a subcommand's run: its message and that subcommand's usage, not the root's.
    static func usage(_ error: ValidationError, of command: ParsableCommand.Type) -> String {
        let usage = Valise.usageString(for: command)
        let name = usage.split(separator: " ").prefix { !$0.hasPrefix("-") && !$0.hasPrefix("<") && !$0.hasPrefix("[") && !$0.hasPrefix("(") }
        return Say.errorLabel + error.message + "\n" + Say.usageLabel + usage + "\n  " + Say.seeHelp(name.joined(separator: " "))
    }
}
