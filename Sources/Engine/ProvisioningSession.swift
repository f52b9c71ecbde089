import ADB
import Devices
import Diagnostics
import Foundation
import Inventory
import Synchronization

/// A running provisioning: tablets are submitted (all at once, or as they are plugged in), cancelled
/// when unplugged, and finished together.
public final class ProvisioningSession: Sendable {
    let runner: JobRunner<ProvisionTarget, TabletProblem>
    let serials: TargetBook<String>
    let flashing: TargetBook<Bool>
    /// Why each stopped job stopped, and what is left to do on its tablet.
    let stops: TargetBook<TabletProblem>
    let plan: ProvisioningPlan
    let inventory: any InventoryStore
    let run: Int64
    let dryRun: Bool

    init(runner: JobRunner<ProvisionTarget, TabletProblem>, serials: TargetBook<String>, flashing: TargetBook<Bool>,
         stops: TargetBook<TabletProblem>, plan: ProvisioningPlan, inventory: any InventoryStore, run: Int64, dryRun: Bool) {
        self.runner = runner
        self.serials = serials
        self.flashing = flashing
        self.stops = stops
        self.plan = plan
        self.inventory = inventory
        self.run = run
        self.dryRun = dryRun
    }

    /// Adds a tablet; one that already finished (unplugged, then plugged back in) starts again and resumes from its journal.
    public func submit(_ target: ProvisionTarget) { runner.submit(target, group: target.group, again: true) }

    /// Stops one tablet's job (unplugged): its current transfer is interrupted, finished steps are kept.
    public func cancel(_ target: ProvisionTarget) { runner.cancel(target, reason: .unplugged) }

    /// Interrupted by `cancelAll` (Ctrl-C), for what runs before the jobs (asking every tablet its serial).
    let interruption = CancellationToken()

    /// Stops everything (Ctrl-C).
    public func cancelAll() {
        interruption.cancel()
        runner.cancelAll()
    }

    /// Takes no new tablet and lets the running jobs finish (SIGTERM from systemd): a flash or a step under way ends
    /// normally; queued tablets and tablets waiting to retry are left for the next run.
    public func drain() { runner.drain() }

    /// The serial a job has read, if any.
    public func serial(of target: ProvisionTarget) -> String? { serials[target] }

    /// Whether the job at `target` is in its firmware step (from the check until the tablet answers ADB again): the
    /// tablet reboots to its bootloader and back meanwhile, so its leaving and coming back are not an unplug and a new tablet.
    public func isFlashing(_ target: ProvisionTarget) -> Bool { flashing[target] ?? false }

    /// Waits for every job, records the run's end and returns each tablet's result, in submission order.
    public func finish() throws -> [TabletResult] {
        let states = runner.wait()
        // A job stopped before it reached its tablet: its turn had not come.
        let notStarted = TabletProblem.stopped(interruption.isCancelled ? .requested : nil, left: nil)
        let results = states.map { id, state -> TabletResult in
            guard case let .finished(outcome, attempts) = state else {
                return TabletResult(target: id, serial: serials[id], name: nil, problem: nil, attempts: 0, cancelled: true, stop: stops[id] ?? notStarted)
            }
            let serial = serials[id]
            let name = serial.map { (try? inventory.tablet(serial: $0))??.name ?? plan.profile.tabletName(slot: id.slot, serial: $0, caseName: id.caseName) }
            switch outcome {
            case .succeeded: return TabletResult(target: id, serial: serial, name: name, problem: nil, attempts: attempts, cancelled: false)
            case .transient(let problem), .permanent(let problem):
                return TabletResult(target: id, serial: serial, name: name, problem: problem, attempts: attempts, cancelled: false)
            case .cancelled:
                return TabletResult(target: id, serial: serial, name: name, problem: nil, attempts: attempts, cancelled: true,
                                    stop: stops[id] ?? notStarted)
            }
        }
        if !dryRun {
            let status = results.contains { $0.cancelled } ? "interrupted" : results.contains { $0.problem != nil } ? "attention" : "done"
            do { try inventory.finishRun(run, status: status) } catch { throw UnrecordedRun(results: results, error: error) }
        }
        return results
    }
}

/// Every tablet's job ended, but the end of the run could not be recorded in the inventory (a full disk…):
/// the results, to show before the inventory's error.
public struct UnrecordedRun: ValiseError {
    /// Each tablet's result.
    public let results: [TabletResult]
    /// What the inventory said.
    public let error: any Error
    private var inner: (any ValiseError)? { error as? any ValiseError }
    public var summary: String { inner?.summary ?? Say.runEndUnrecorded }
    public var reason: String { inner?.reason ?? "\(error)" }
    public var action: String { inner?.action ?? Say.checkDiskFix }
    public var helpTopic: String? { inner?.helpTopic }
    public var detail: String? { inner?.detail }
}

/// What the jobs learn about each target (its serial; whether it is flashing), behind a `Mutex`.
final class TargetBook<Value: Sendable>: Sendable {
    private let values = Mutex<[ProvisionTarget: Value]>([:])

    subscript(target: ProvisionTarget) -> Value? {
        get { values.withLock { $0[target] } }
        set { values.withLock { $0[target] = newValue } }
    }

    /// Removes and returns the value of `target`.
    func take(_ target: ProvisionTarget) -> Value? { values.withLock { $0.removeValue(forKey: target) } }

    /// Removes and returns every value.
    func takeAll() -> [Value] { values.withLock { values in defer { values = [:] }; return Array(values.values) } }
}
