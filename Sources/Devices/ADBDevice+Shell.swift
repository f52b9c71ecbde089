import ADB
import Diagnostics
import Transports
import Foundation

/// What a shell command printed and how it ended.
public struct ShellOutput: Sendable, Equatable {
    /// Standard output.
    public var stdout: [UInt8]
    /// Standard error (merged into stdout on tablets without shell v2).
    public var stderr: [UInt8]
    /// The exit status; nil on tablets without shell v2 (Android 6 and older).
    public var exitCode: Int32?

    /// Standard output as text, trailing newline removed.
    public var text: String {
        var string = String(decoding: stdout, as: UTF8.self)
        while string.hasSuffix("\n") || string.hasSuffix("\r") { string.removeLast() }
        return string
    }
}

extension ADBDevice {
    /// Runs `command` through the tablet's `sh`, collecting its output: at most `limit` bytes (standard output and
    /// error together), past which the command is stopped and the tablet fails with an error saying so (naming the
    /// command, or `naming` when given).
    public func shell(_ command: String, stdin: [UInt8] = [], timeout: Duration? = nil,
                      limit: Int = TabletLimits.shellOutputBytes, naming: String? = nil) throws -> ShellOutput {
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        var total = 0
        let count: (Int) throws -> Void = { [label] bytes in
            total += bytes
            guard total <= limit else {
                throw TabletLimits.tooMuch(label, Say.inAnswerTo(TabletText.clean(naming ?? command, limit: 60)), limit: limit)
            }
        }
        let code = try shell(command, stdin: stdin, timeout: timeout, onStdout: { try count($0.count); stdout += $0 },
                             onStderr: { try count($0.count); stderr += $0 })
        return ShellOutput(stdout: stdout, stderr: stderr, exitCode: code)
    }

    /// Runs `command`, handing output over as it arrives; returns the exit status (nil without shell v2).
    /// An error thrown by `onStdout` or `onStderr` closes the stream and ends the command.
    public func shell(
        _ command: String, stdin: [UInt8] = [], timeout: Duration? = nil,
        onStdout: ([UInt8]) throws -> Void, onStderr: ([UInt8]) throws -> Void
    ) throws -> Int32? {
        let v2 = supports(ADBFeature.shellV2)
        let stream = try session.openStream(ADBService.shell(command, v2: v2), timeout: timeout)
        defer { stream.close() }
        guard v2 else {
            while let chunk = try stream.read(timeout: timeout) { try onStdout(chunk) }
            return nil
        }
        // A command that does not read its input may finish (and close the stream) before this is sent:
        // that is not an error, the output is already here.
        do {
            if !stdin.isEmpty { try stream.write(ShellPacket(.stdin, stdin).encoded, timeout: timeout) }
            try stream.write(ShellPacket(.closeStdin).encoded, timeout: timeout)
        } catch let error as DeviceError where error.kind == .disconnected && session.isAlive {}
        var decoder = ShellPacketDecoder(maxLength: session.info.maxPayload * 2)
        var exitCode: Int32?
        // The exit status is the last thing shell v2 sends: the stream is closed from here without waiting for the
        // tablet's own close.
        while exitCode == nil, let chunk = try stream.read(timeout: timeout) {
            decoder.append(chunk)
            var packets: [ShellPacket] = []
            do {
                while let packet = try decoder.next() { packets.append(packet) }
            } catch {
                throw DeviceError.transport(TransportError.protocolViolation(error), tablet: label)
            }
            for packet in packets {
                switch packet.id {
                case .stdout: try onStdout(packet.data)
                case .stderr: try onStderr(packet.data)
                case .exit: exitCode = Int32(packet.data[0])
                default: break
                }
            }
        }
        guard let exitCode else {
            throw DeviceError(.disconnected, tablet: label, summary: Say.tabletEndedCommandWithoutResult(label),
                              reason: Say.shellClosedEarlyReason, action: Say.runAgainFix, detail: command)
        }
        return exitCode
    }

    /// Runs `command` and returns its trimmed output (at most `limit` bytes), throwing if it fails.
    public func check(_ command: String, timeout: Duration? = nil, limit: Int = TabletLimits.shellOutputBytes) throws -> String {
        try checked(shell(command, timeout: timeout, limit: limit), of: command)
    }

    /// The trimmed output of `command`, or the error `check` throws when it failed.
    public func checked(_ output: ShellOutput, of command: String) throws -> String {
        if let code = output.exitCode, code != 0 {
            let message = String(decoding: output.stderr.isEmpty ? output.stdout : output.stderr, as: UTF8.self)
            let quoted = TabletText.clean(message.trimmingCharacters(in: .whitespacesAndNewlines), limit: 300)
            throw DeviceError(.commandFailed, tablet: label, summary: Say.tabletRefusedCommand(label, command: command),
                              reason: Say.commandExited(code, saying: quoted.isEmpty ? nil : quoted),
                              action: Say.commandRefusedFix)
        }
        return output.text
    }

    /// `getprop NAME`, as the tablet prints it (at most `TabletLimits.propertyBytes`; not yet made safe to show:
    /// see `TabletText`).
    public func property(_ name: String) throws -> String {
        try check("getprop \(ADBService.shellQuote(name))", limit: TabletLimits.propertyBytes)
    }
}
