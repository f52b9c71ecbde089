import ADB

/// Something went wrong with one tablet; the message names it.
public struct DeviceError: ValiseError, CustomStringConvertible, Equatable {
    /// The kinds callers branch on (retry, stop the tablet, report).
    public enum Kind: String, Sendable {
        case unreachable, unauthorized, disconnected, timedOut, protocolViolation
        case serviceRefused, commandFailed, transferFailed, notFound, storageFull, installFailed, badInput
    }

    /// The kind.
    public var kind: Kind
    /// The tablet, as people know it: "VAL1A2B3C4D (127.0.0.1:5555)".
    public var tablet: String
    public var summary: String
    public var reason: String
    public var action: String
    public var helpTopic: String?
    public var detail: String?
    public var exitCode: Int32 { 1 }

    /// Creates an error.
    public init(_ kind: Kind, tablet: String, summary: String, reason: String, action: String,
                helpTopic: String? = nil, detail: String? = nil) {
        self.kind = kind
        self.tablet = tablet
        self.summary = summary
        self.reason = reason
        self.action = action
        self.helpTopic = helpTopic
        self.detail = detail
    }

    /// Whether trying again later may succeed (unplugged, offline, slow).
    public var isTransient: Bool { [.unreachable, .disconnected, .timedOut].contains(kind) }

    /// "summary — reason".
    public var description: String { "\(summary) — \(reason)" }

    /// The error for a transport failure on `tablet`.
    public static func transport(_ error: Error, tablet: String) -> DeviceError {
        if let error = error as? DeviceError { return error }
        switch error as? TransportError {
        case .timedOut(let what)?:
            return DeviceError(.timedOut, tablet: tablet, summary: "Tablet \(tablet) stopped answering.",
                               reason: "Nothing came back from it in time; it may be asleep, rebooting or on a bad cable.",
                               action: "Check the cable and that the tablet is on, then run the command again.",
                               helpTopic: "tablet-not-answering", detail: what)
        case .protocolViolation(let violation)?:
            return DeviceError(.protocolViolation, tablet: tablet, summary: "Tablet \(tablet) sent data Valise cannot understand.",
                               reason: "Its ADB connection broke the protocol (\(violation)).",
                               action: "Unplug and replug the tablet (or restart it), then run the command again.",
                               helpTopic: "tablet-protocol-error", detail: violation.description)
        case .connectFailed(let what)?:
            return DeviceError(.unreachable, tablet: tablet, summary: "Cannot reach tablet \(tablet).",
                               reason: "Nothing accepted the connection at that address.",
                               action: "Check the address and that the tablet (or `valise sim`) is running.",
                               helpTopic: "tablet-unreachable", detail: what)
        default:
            return DeviceError(.disconnected, tablet: tablet, summary: "Tablet \(tablet) was disconnected.",
                               reason: "The connection closed while Valise was working with it (unplugged, rebooted or out of battery).",
                               action: "Plug the tablet back in and run the command again; finished work is kept.",
                               helpTopic: "tablet-disconnected", detail: "\(error)")
        }
    }
}
