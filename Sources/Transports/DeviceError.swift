import ADB
import Diagnostics

/// Something went wrong with one tablet over ADB; the message names it.
public typealias DeviceError = TabletError<DeviceErrorKind>

/// The kinds of `DeviceError` callers branch on (retry, stop the tablet, report).
public enum DeviceErrorKind: String, TabletErrorKind {
    case unreachable, unauthorized, disconnected, timedOut, protocolViolation
    case serviceRefused, commandFailed, transferFailed, notFound, storageFull, installFailed, badInput
    /// A step overran its whole deadline: the tablet kept answering, too slowly or without end, and another
    /// attempt would do the same (not transient, unlike `timedOut`).
    case overran

    /// Unplugged, offline or slow: a later attempt may pass.
    public var isTransient: Bool { [.unreachable, .disconnected, .timedOut].contains(self) }
}

extension TabletError where Kind == DeviceErrorKind {
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
