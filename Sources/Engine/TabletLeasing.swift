import Devices
import Diagnostics
import Foundation
import Inventory
import Transports

/// Takes a tablet's lease for one job, so that two runs on the station never work on the same tablet at once:
/// the second one skips it (busy, naming the run that holds it) or, with `wait`, waits for it until `deadline`.
struct TabletLeasing: Sendable {
    let inventory: any InventoryStore
    /// The command of this run (`provision`, `watch`…), shown to the other runs.
    let command: String
    /// Wait for a busy tablet instead of skipping it.
    let wait: Bool
    /// How often a waiting job asks again.
    var pollInterval: Duration = .milliseconds(200)

    /// Takes `serial`'s lease; returns it, or throws the busy problem (or `CancellationError` on Ctrl-C).
    /// `waiting` is told once, when the tablet is busy and the job waits for it.
    func take(serial: String, slot: Int, deadline: Duration, token: CancellationToken,
              waiting: (TabletLease) -> Void = { _ in }) throws -> TabletLease {
        let lease = TabletLease(command: command)
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: deadline)
        var told = false
        while true {
            guard let holder = try inventory.takeLease(serial: serial, for: lease) else { return lease }
            guard wait, clock.now < end else {
                throw Self.busy(serial: serial, slot: slot, holder: holder, waited: wait ? deadline : nil)
            }
            if token.isCancelled { throw CancellationError() }
            if !told { waiting(holder) }
            told = true
            Thread.sleep(forTimeInterval: Double(pollInterval.components.attoseconds) / 1e18 + Double(pollInterval.components.seconds))
        }
    }

    /// How a job stops when the lease is not its own: the tablet is closed and the outcome returned.
    struct Refused: Error { let outcome: JobOutcome<TabletProblem> }

    /// `take` for a job on `device`: the lease, or how the job ends (busy, cancelled, or the inventory's error).
    func takeForJob(_ device: ADBDevice, target: ProvisionTarget, token: CancellationToken,
                    events: @Sendable (ProvisionEvent) -> Void) -> Result<TabletLease, Refused> {
        do {
            let lease = try take(serial: device.serial, slot: target.slot, deadline: device.session.options.stepTimeout, token: token) { holder in
                events(ProvisionEvent(slot: target.slot, serial: device.serial, kind: .waiting,
                                      message: Say.waitingForHolder(holder.holderDescription), caseName: target.caseName))
            }
            return .success(lease)
        } catch {
            device.close()
            if error is CancellationError { return .failure(Refused(outcome: .cancelled)) }
            let problem: TabletProblem
            if let busy = error as? TabletProblem {
                problem = busy
            } else {
                let error = InventoryError.from(error, path: inventory.location, doing: Say.inventoryTakingLease)
                problem = TabletProblem(error.summary, reason: error.reason, action: error.action, helpTopic: error.helpTopic)
            }
            events(ProvisionEvent(slot: target.slot, serial: device.serial, kind: .failed, message: problem.summary, caseName: target.caseName))
            return .failure(Refused(outcome: .permanent(problem)))
        }
    }

    /// Gives the lease back (at the end of the job, however it ended).
    func release(serial: String, lease: TabletLease) {
        try? inventory.releaseLease(serial: serial, for: lease)
    }

    /// A tablet another run works on.
    static func busy(serial: String, slot: Int, holder: TabletLease, waited: Duration?) -> TabletProblem {
        let reason = waited.map { Say.tabletBusyAfterWaiting(seconds: $0.components.seconds) } ?? Say.tabletBusyWhy
        return TabletProblem(Say.tabletBusy(serial: serial, slot: slot, holder: holder.holderDescription),
                             reason: reason,
                             action: Say.tabletBusyFix,
                             helpTopic: "tablet-busy")
    }
}
