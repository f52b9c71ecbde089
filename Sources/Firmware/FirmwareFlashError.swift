import Devices
import Diagnostics

/// A firmware flash could not be done, in words for school IT staff.
public typealias FirmwareFlashError = TabletError<FirmwareFlashErrorKind>

/// The kinds of `FirmwareFlashError` callers branch on.
public enum FirmwareFlashErrorKind: String, TabletErrorKind {
    /// The tablet is another board than the plan's (refused before any write).
    case wrongBoard
    /// A bootloader requirement of the plan is not met (refused before any write).
    case requirementNotMet
    /// An image differs from the catalog (size or sha256), or cannot be read.
    case badImage
    /// The tablet's model has no catalog entry.
    case unknownModel
    /// The bootloader refused: locked.
    case locked
    /// Fastboot or ADB could not be reached, or the connection broke and retries ran out.
    case unreachable
    /// The fastboot endpoint answers with another tablet's serial.
    case wrongEndpoint
    /// The tablet came back with another build than the plan's.
    case buildNotConfirmed
    /// The bootloader refused something else.
    case refused
    /// A Samsung tablet's model is not the packages' (refused before any write).
    case wrongModel
    /// The packages are of an older binary revision than the tablet runs (refused before any write).
    case olderThanInstalled

    /// The tablet needs a hand (exit status 2), unless the run itself could not start.
    public static var exitCode: Int32 { 2 }
}

extension TabletError where Kind == FirmwareFlashErrorKind {
    /// The result column of a summary table: "refused: wrong board", "failed: disconnected"….
    public var result: String {
        Say.flashResult(kind.rawValue)
    }

    /// A fastboot error, in the flash's words (a locked bootloader gets its help topic).
    static func fastboot(_ error: FastbootError, tablet: String) -> FirmwareFlashError {
        let kind: Kind
        switch error.kind {
        case .locked: kind = .locked
        case .wrongBoard: kind = .wrongBoard
        case .unreachable, .disconnected, .timedOut, .noEndpoint: kind = .unreachable
        case .badImage, .imageTooLarge: kind = .badImage
        case .refused, .protocolViolation: kind = .refused
        }
        let topic = error.helpTopic ?? (kind == .locked ? "fastboot-locked" : kind == .wrongBoard ? "firmware-wrong-board" : nil)
        return FirmwareFlashError(kind, tablet: tablet, summary: error.summary, reason: error.reason, action: error.action,
                                  helpTopic: topic, detail: error.detail)
    }

    /// Any other error met while flashing (ADB, files).
    static func other(_ error: any Error, tablet: String, doing: String) -> FirmwareFlashError {
        if let error = error as? FirmwareFlashError { return error }
        if let error = error as? FastbootError { return fastboot(error, tablet: tablet) }
        if let error = error as? ValiseError {
            return FirmwareFlashError(.unreachable, tablet: tablet, summary: error.summary, reason: error.reason, action: error.action,
                                      helpTopic: error.helpTopic, detail: error.detail)
        }
        return FirmwareFlashError(.unreachable, tablet: tablet, summary: Say.flashFailedWhile(tablet: tablet, doing: doing), reason: "\(error)",
                                  action: Say.flashFailedFix,
                                  helpTopic: "firmware-interrupted")
    }
}
