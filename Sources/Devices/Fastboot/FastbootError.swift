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
            return FastbootError(.unreachable, tablet: tablet, summary: "Cannot reach tablet \(tablet) in fastboot mode.",
                                 reason: "Nothing answered fastboot at that address; the tablet may still be in Android or restarting.",
                                 action: "Put the tablet in fastboot mode (valise reboots it there, or hold Volume Down while it starts), then run the command again.",
                                 helpTopic: "tablet-unreachable", detail: what)
        case .disconnected(let what):
            return FastbootError(.disconnected, tablet: tablet, summary: "Tablet \(tablet) was disconnected while \(doing).",
                                 reason: "The connection closed mid-way (cable pulled, hub reset or the tablet restarted); that partition may be half written.",
                                 action: "Plug the tablet back in (it stays in fastboot mode) and run the command again: Valise starts again from the partition that failed.",
                                 helpTopic: "tablet-disconnected", detail: what)
        case .timedOut(let what):
            return FastbootError(.timedOut, tablet: tablet, summary: "Tablet \(tablet) stopped answering while \(doing).",
                                 reason: "Nothing came back from its bootloader in time; it may have restarted or the cable is bad.",
                                 action: "Check the cable and that the tablet shows its fastboot screen, then run the command again.",
                                 helpTopic: "tablet-not-answering", detail: what)
        case .protocolViolation(let violation):
            return protocolViolation(violation, tablet: tablet)
        }
    }

    /// The error for a protocol failure; a FAIL from the bootloader becomes refused/locked/too large.
    static func protocolViolation(_ error: FastbootProtocolError, tablet: String, partition: String? = nil) -> FastbootError {
        guard case .remoteFailure(let message) = error else {
            return FastbootError(.protocolViolation, tablet: tablet, summary: "Tablet \(tablet) sent fastboot data Valise cannot understand.",
                                 reason: "Its bootloader broke the fastboot protocol (\(error)).",
                                 action: "Restart the tablet into fastboot mode (or try another cable or port), then run the command again.",
                                 helpTopic: "tablet-protocol-error", detail: error.description)
        }
        let what = partition.map { "write partition \($0)" } ?? "do what Valise asked"
        let lower = message.lowercased()
        if lower.contains("lock state") || lower.contains("locked") {
            return FastbootError(.locked, tablet: tablet, summary: "Tablet \(tablet) refused to \(what): its bootloader is locked.",
                                 reason: "The bootloader answered \"\(message)\". A locked tablet only takes firmware through its normal update path.",
                                 action: "Unlock it first: turn on OEM unlocking in Developer options, run `fastboot flashing unlock` and confirm on the tablet (this erases it), then run the command again.",
                                 detail: error.description)
        }
        if lower.contains("exceeds partition") || lower.contains("too large") || lower.contains("larger than") {
            return FastbootError(.imageTooLarge, tablet: tablet, summary: "Tablet \(tablet) refused to \(what): the image is too large.",
                                 reason: "The bootloader answered \"\(message)\".",
                                 action: "Check that the image is the one made for this tablet model, then run the command again.",
                                 detail: error.description)
        }
        return FastbootError(.refused, tablet: tablet, summary: "Tablet \(tablet) refused to \(what).",
                             reason: "Its bootloader answered \"\(message)\".",
                             action: "Check that the firmware matches this tablet model and that the tablet is charged, then run the command again.",
                             detail: error.description)
    }
}
