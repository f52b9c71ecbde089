import Diagnostics
import Fastboot

/// A tablet in fastboot mode could not do what Valise asked, in words for school IT staff.
public typealias FastbootError = TabletError<FastbootErrorKind>

/// The kinds of `FastbootError` callers branch on.
public enum FastbootErrorKind: String, TabletErrorKind {
    case unreachable, disconnected, timedOut, protocolViolation
    case locked, wrongBoard, imageTooLarge, refused, badImage
    /// Valise does not know where the tablet answers fastboot (a TCP tablet without its --fastboot-tcp address):
    /// rebooting it to its bootloader would strand it there.
    case noEndpoint

    /// Whether trying again (after a replug) may succeed.
    public var isTransient: Bool { [.unreachable, .disconnected, .timedOut].contains(self) }
}

extension TabletError where Kind == FastbootErrorKind {
    /// The error for a transport failure while `doing` (e.g. "sending partition boot").
    static func transport(_ error: FastbootTransportError, tablet: String, doing: String) -> FastbootError {
        switch error {
        case .connectFailed(let what):
            return FastbootError(.unreachable, tablet: tablet, summary: Say.cannotReachFastboot(tablet),
                                 reason: Say.nothingAnsweredFastboot, action: Say.putInFastbootFix,
                                 helpTopic: "tablet-unreachable", detail: what)
        case .disconnected(let what):
            return FastbootError(.disconnected, tablet: tablet, summary: Say.fastbootDisconnectedWhile(tablet, doing),
                                 reason: Say.halfWrittenReason, action: Say.fastbootReplugFix,
                                 helpTopic: "tablet-disconnected", detail: what)
        case .timedOut(let what):
            return FastbootError(.timedOut, tablet: tablet, summary: Say.fastbootStoppedAnsweringWhile(tablet, doing),
                                 reason: Say.bootloaderSilentReason, action: Say.fastbootScreenFix,
                                 helpTopic: "tablet-not-answering", detail: what)
        case .protocolViolation(let violation):
            return protocolViolation(violation, tablet: tablet)
        }
    }

    /// The error for a protocol failure; a FAIL from the bootloader becomes refused/locked/too large.
    static func protocolViolation(_ error: FastbootProtocolError, tablet: String, partition: String? = nil) -> FastbootError {
        guard case .remoteFailure(let message) = error else {
            return FastbootError(.protocolViolation, tablet: tablet, summary: Say.fastbootGarbage(tablet),
                                 reason: Say.fastbootProtocolBroken("\(error)"), action: Say.restartIntoFastbootFix,
                                 helpTopic: "tablet-protocol-error", detail: error.description)
        }
        let lower = message.lowercased()
        if lower.contains("lock state") || lower.contains("locked") {
            return FastbootError(.locked, tablet: tablet, summary: Say.bootloaderLocked(tablet, partition: partition),
                                 reason: Say.bootloaderLockedReason(message), action: Say.unlockBootloaderFix,
                                 detail: error.description)
        }
        if lower.contains("exceeds partition") || lower.contains("too large") || lower.contains("larger than") {
            return FastbootError(.imageTooLarge, tablet: tablet, summary: Say.imageTooLarge(tablet, partition: partition),
                                 reason: Say.bootloaderAnswered(message), action: Say.checkImageModelFix,
                                 detail: error.description)
        }
        return FastbootError(.refused, tablet: tablet, summary: Say.bootloaderRefused(tablet, partition: partition),
                             reason: Say.itsBootloaderAnswered(message), action: Say.checkFirmwareChargedFix,
                             detail: error.description)
    }
}
