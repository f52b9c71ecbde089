import ADB
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
    /// Runs `command` through the tablet's `sh`, collecting its output.
    public func shell(_ command: String, stdin: [UInt8] = [], timeout: Duration? = nil) throws -> ShellOutput {
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        let code = try shell(command, stdin: stdin, timeout: timeout, onStdout: { stdout += $0 }, onStderr: { stderr += $0 })
        return ShellOutput(stdout: stdout, stderr: stderr, exitCode: code)
    }

    /// Runs `command`, handing output over as it arrives; returns the exit status (nil without shell v2).
    public func shell(
        _ command: String, stdin: [UInt8] = [], timeout: Duration? = nil,
        onStdout: ([UInt8]) -> Void, onStderr: ([UInt8]) -> Void
    ) throws -> Int32? {
        let v2 = supports(ADBFeature.shellV2)
        let stream = try session.openStream(ADBService.shell(command, v2: v2), timeout: timeout)
        defer { stream.close() }
        guard v2 else {
            while let chunk = try stream.read(timeout: timeout) { onStdout(chunk) }
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
        while let chunk = try stream.read(timeout: timeout) {
            decoder.append(chunk)
            do {
                while let packet = try decoder.next() {
                    switch packet.id {
                    case .stdout: onStdout(packet.data)
                    case .stderr: onStderr(packet.data)
                    case .exit: exitCode = Int32(packet.data[0])
                    default: break
                    }
                }
            } catch {
                throw DeviceError.transport(TransportError.protocolViolation(error), tablet: label)
            }
        }
        guard let exitCode else {
            throw DeviceError(.disconnected, tablet: label, summary: "Tablet \(label) ended a command without its result.",
                              reason: "The shell closed before reporting an exit status (the tablet may have rebooted or been unplugged).",
                              action: "Run the command again.", detail: command)
        }
        return exitCode
    }

    /// Runs `command` and returns its trimmed output, throwing if it fails.
    public func check(_ command: String, timeout: Duration? = nil) throws -> String {
        let output = try shell(command, timeout: timeout)
        if let code = output.exitCode, code != 0 {
            let message = String(decoding: output.stderr.isEmpty ? output.stdout : output.stderr, as: UTF8.self)
            throw DeviceError(.commandFailed, tablet: label, summary: "A command failed on tablet \(label).",
                              reason: "`\(command)` exited with status \(code): \(message.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300))",
                              action: "Read the tablet's message above; fix what it names and run the command again.")
        }
        return output.text
    }

    /// `getprop NAME`.
    public func property(_ name: String) throws -> String {
        try check("getprop \(ADBService.shellQuote(name))")
    }
}
