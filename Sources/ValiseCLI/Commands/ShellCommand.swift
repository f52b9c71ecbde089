import ADB
import ArgumentParser
import Devices
import Diagnostics
import Foundation

/// `valise shell SERIAL CMD…`: runs a command on a tablet; its exit status becomes Valise's.
struct ShellCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "shell", abstract: Say.helpShellAbstract)
    }

    @OptionGroup var tablets: TabletOptions

    @Argument(help: ArgumentHelp(Say.helpSerialOrAddress))
    var serial: String

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp(Say.helpShellCommand))
    var command: [String] = []

    func run() throws {
        guard !command.isEmpty else { throw ValidationError(Say.giveShellCommand(serial)) }
        let device = try tablets.device(serial)
        defer { device.close() }
        let line = command.count == 1 ? command[0] : command.map(ADBService.shellQuote).joined(separator: " ")
        let code = try device.shell(line, timeout: .seconds(600),
                                    onStdout: { FileHandle.standardOutput.write(Data($0)) },
                                    onStderr: { FileHandle.standardError.write(Data($0)) })
        if let code, code != 0 { throw ExitCode(code) }
    }
}
