import Devices
import Diagnostics
import Foundation
import Inventory

extension TabletProblem {
    /// What happened, why, and the fix, on one line: the run's WHY AND FIX column and the inventory's reason (so every
    /// report) say exactly this, no fact dropped.
    public var whyAndFix: String { "\(summary) \(reason) \(Say.fixLabel)\(action)" }

    /// Why a tablet's job stopped before the end, and what is left to do on it. `left` is nil when the job never
    /// started (its turn had not come).
    public static func stopped(_ why: CancellationToken.Reason?, left: [String]?) -> TabletProblem {
        let rest = left.map(Say.leftToDo) ?? Say.leftToDoEverything
        switch why {
        case .unplugged:
            return TabletProblem(Say.stoppedUnplugged, reason: rest, action: Say.stoppedUnpluggedFix)
        case .requested:
            return TabletProblem(Say.stoppedByUserBeforeProvisioned, reason: rest, action: Say.stoppedGoOnFix)
        case .timedOut, nil:
            return TabletProblem(Say.stoppedRun, reason: rest, action: Say.stoppedGoOnFix)
        }
    }

    /// The stop problem when `token` was cancelled on purpose (Ctrl-C, unplug), else nil (a time-out is a failure).
    static func stop(of token: CancellationToken, left: [String]?) -> TabletProblem? {
        guard let reason = token.reason, reason == .requested || reason == .unplugged else { return nil }
        return stopped(reason, left: left)
    }
}

/// A tablet that was found but never let this computer in (or never answered): its serial is unknown, so the
/// inventory keeps it under its address, with its state and reason, until a tablet is recorded at that address.
public enum UnreachedTablet {
    /// Records the tablet at `target` as needing a hand for `problem` (slot and name are left to the tablet it turns out to be).
    static func record(_ target: ProvisionTarget, problem: TabletProblem, plan: ProvisioningPlan, inventory: any InventoryStore) {
        let address = target.endpoint.portPath ?? target.endpoint.description
        var record = (try? inventory.tablet(serial: address)) ?? TabletRecord(serial: address)
        guard record.model == nil else { return }   // a tablet whose serial really is this text: not a placeholder
        record.school = plan.profile.school.name
        record.className = plan.profile.className
        record.caseName = target.caseName ?? plan.profile.caseName
        record.address = address
        record.status = problem.transient ? "interrupted" : "failed"
        record.reason = problem.whyAndFix
        record.updatedAt = Date()
        try? inventory.save(record)
    }

    /// Whether `record` stands for a tablet known only by its address (see `record`).
    public static func isPlaceholder(_ record: TabletRecord) -> Bool {
        record.serial == record.address && record.model == nil
    }
}
