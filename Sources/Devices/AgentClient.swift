import ADB
import Diagnostics
import Foundation
import Transports

/// The host side of the device-owner agent's contract, over `localabstract:valise-agent`:
/// one request line, one answer line; several requests share the stream.
public final class AgentClient {
    /// The abstract socket the agent listens on.
    public static let socketName = "valise-agent"

    /// An `ERR <code> <message>` answer.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// The code: no-ca, not-owner, bad-signature, bad-json, stale-sequence, already-trusted, bad-ca, too-large, unknown-command.
        public let code: String
        /// The agent's message.
        public let message: String
        /// "code: message".
        public var description: String { "\(code): \(message)" }
    }

    /// Longest answer line accepted (an APPLY report names every network and restriction).
    public static let maxAnswerBytes = 64 * 1024

    private let device: ADBDevice
    private let stream: ADBStream
    private var pending: [UInt8] = []

    /// Opens the agent's socket; fails with `.serviceRefused` when no agent listens (not installed yet).
    public init(device: ADBDevice) throws {
        self.device = device
        stream = try device.openLocalAbstract(Self.socketName)
    }

    deinit { stream.close() }

    /// Starts the agent's service (`am start-foreground-service`), which opens its socket; the agent also starts it
    /// itself when made device owner and at boot. Throws when Android finds no such service (agent not installed).
    public static func startService(on device: ADBDevice, package: String) throws {
        let output = try device.shell("am start-foreground-service -n \(package)/.AgentService")
        let text = output.text
        guard text.contains("Error") || output.exitCode != 0 else { return }
        throw DeviceError(.serviceRefused, tablet: device.label, summary: Say.agentDidNotStart(device.label),
                          reason: Say.androidAnswered(text.split(separator: "\n").first.map(String.init)),
                          action: Say.agentDidNotStartFix)
    }

    /// `STATUS`: the sha256 (hex) of the bundle the agent applied, or nil when none. An agent stopped in the middle of
    /// an APPLY adds `interrupted <digest>`; the last complete bundle is still the one returned, so the host sends again.
    public func status() throws -> String? {
        let answer = try request(Array("STATUS\n".utf8))
        let digest = answer.split(separator: " ").first.map(String.init) ?? "-"
        return digest == "-" ? nil : digest
    }

    /// `TRUST`: hands the agent the parc CA (PEM); accepted only once.
    public func trust(caPEM: String) throws {
        let body = Array(caPEM.utf8)
        _ = try request(Array("TRUST \(body.count)\n".utf8) + body)
    }

    /// What the agent answered to APPLY.
    public struct Applied: Sendable, Equatable {
        /// The sha256 (hex) of the bundle it applied.
        public let digest: String
        /// What it read back from Android once applied (compact JSON; docs/agent-protocol.md).
        public let report: String
    }

    /// `APPLY`: hands over a bundle, its SHA256withRSA signature and the signer's certificate (DER).
    public func apply(bundle: [UInt8], signature: [UInt8], certificate: [UInt8]) throws -> Applied {
        let answer = try request(Array("APPLY \(bundle.count) \(signature.count) \(certificate.count)\n".utf8) + bundle + signature + certificate)
        let parts = answer.split(separator: " ", maxSplits: 1).map(String.init)
        return Applied(digest: parts.first ?? "", report: parts.count > 1 ? parts[1] : "")
    }

    private func request(_ bytes: [UInt8]) throws -> String {
        try stream.write(bytes)
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeFirst(newline + 1)
                return try parse(line)
            }
            guard pending.count < Self.maxAnswerBytes else { throw malformed(Say.agentLineTooLong) }
            guard let chunk = try stream.read() else { throw malformed(Say.agentClosedWithoutAnswer) }
            pending += chunk
        }
    }

    private func parse(_ line: String) throws -> String {
        if line == "OK" { return "" }
        if line.hasPrefix("OK ") { return String(line.dropFirst(3)) }
        if line.hasPrefix("ERR ") {
            let parts = line.dropFirst(4).split(separator: " ", maxSplits: 1).map(String.init)
            throw Refusal(code: parts.first ?? "unknown", message: parts.count > 1 ? parts[1] : "")
        }
        throw malformed(Say.agentAnswerNeitherOKNorERR(String(line.prefix(80))))
    }

    private func malformed(_ what: String) -> DeviceError {
        DeviceError(.protocolViolation, tablet: device.label, summary: Say.agentAnsweredWrongly(device.label),
                    reason: Say.agentSent(what), action: Say.reinstallAgentFix)
    }
}
