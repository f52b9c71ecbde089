import ADB
import ArgumentParser
import Devices
import Foundation

/// `valise shell SERIAL CMD…`: runs a command on a tablet; its exit status becomes Valise's.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shell", abstract: "Run a shell command on a tablet (its exit status is passed on).")

    @OptionGroup var tablets: TabletOptions

    @Argument(help: "The tablet's serial (or HOST:PORT).")
    var serial: String

    @Argument(parsing: .captureForPassthrough, help: "The command and its arguments.")
    var command: [String] = []

    func run() throws {
        guard !command.isEmpty else { throw ValidationError("Give the command to run, for example: valise shell \(serial) getprop ro.build.version.release") }
        let device = try tablets.device(serial)
        defer { device.close() }
        let line = command.count == 1 ? command[0] : command.map(ADBService.shellQuote).joined(separator: " ")
        let code = try device.shell(line, timeout: .seconds(600),
                                    onStdout: { FileHandle.standardOutput.write(Data($0)) },
                                    onStderr: { FileHandle.standardError.write(Data($0)) })
        if let code, code != 0 { throw ExitCode(code) }
    }
}
