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
            return DeviceError(.timedOut, tablet: tablet, summary: Say.tabletStoppedAnswering(tablet),
                               reason: Say.tabletSilentReason, action: Say.tabletSilentFix,
                               helpTopic: "tablet-not-answering", detail: what)
        case .protocolViolation(let violation)?:
            return DeviceError(.protocolViolation, tablet: tablet, summary: Say.tabletSentGarbage(tablet),
                               reason: Say.adbProtocolBroken("\(violation)"), action: Say.replugTabletFix,
                               helpTopic: "tablet-protocol-error", detail: violation.description)
        case .connectFailed(let what)?:
            return DeviceError(.unreachable, tablet: tablet, summary: Say.cannotReachTablet(tablet),
                               reason: Say.nothingAcceptedConnection, action: Say.checkAddressFix,
                               helpTopic: "tablet-unreachable", detail: what)
        default:
            return DeviceError(.disconnected, tablet: tablet, summary: Say.tabletDisconnected(tablet),
                               reason: Say.connectionClosedWhileWorking, action: Say.plugBackInFix,
                               helpTopic: "tablet-disconnected", detail: "\(error)")
        }
    }
}
