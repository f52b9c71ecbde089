import Diagnostics

/// A tablet's state in the words a person reads, the same in a run's summary and in every report (table, CSV, JSON,
/// HTML), so that their counts can be compared line by line.
public enum TabletState: String, Sendable, CaseIterable, Codable {
    case provisioned
    /// It failed, or it was never reached (it did not let this computer in): the reason says why, with the fix.
    case needsAHand = "needs a hand"
    /// Stopped before the end (Ctrl-C, unplugged): the reason says what is left to do.
    case stopped
    /// A run is working on it, or one ended without recording it (a crash): run again to finish it.
    case inProgress = "in progress"

    /// The state of an inventory record's `status` (new, provisioning, provisioned, failed, interrupted, stopped).
    public init(status: String) {
        switch status {
        case "provisioned": self = .provisioned
        case "failed", "interrupted": self = .needsAHand
        case "stopped": self = .stopped
        default: self = .inProgress
        }
    }

    /// Its words for people, in the reader's language ("needs a hand", French "à reprendre"); `rawValue` is the
    /// value CSV and JSON keep, in English whatever the language.
    public var words: String {
        switch self {
        case .provisioned: Say.stateProvisioned
        case .needsAHand: Say.stateNeedsAHand
        case .stopped: Say.stateStopped
        case .inProgress: Say.stateInProgress
        }
    }

    /// "3 provisioned", "2 need a hand", "1 stopped", "1 in progress" (French "3 préparées", "2 à reprendre"…).
    public func count(_ number: Int) -> String {
        switch self {
        case .provisioned: Say.countProvisioned(number)
        case .needsAHand: Say.countNeedsAHand(number)
        case .stopped: Say.countStopped(number)
        case .inProgress: Say.countInProgress(number)
        }
    }
}
