import Devices
import Diagnostics
import Foundation
import Inventory
import Transports

/// How one tablet ended.
public struct TabletResult: Sendable {
    public let target: ProvisionTarget
    public let serial: String?
    public let name: String?
    /// nil: provisioned (or nothing to do); otherwise why it needs a hand.
    public let problem: TabletProblem?
    public let attempts: Int
    public let cancelled: Bool
}

/// Provisions a case: one job per tablet under the scheduler (limits, retries with backoff), each on its own queue.
public struct Provisioner: Sendable {
    public let plan: ProvisioningPlan
    public let inventory: any InventoryStore
    public let reach: TabletReach
    public let limits: SchedulerLimits
    public let attemptTimeout: Duration
    /// Heavy transfers at once per USB root port (or "tcp").
    public var transfersPerGroup = 8
    /// A gate shared with other provisioners running at the same time (a rentrée's cases); nil: one of its own.
    public var sharedGate: TransferGate?
    /// Recorded with each tablet for `valise reprovision` (the profile file, or the library folder).
    public var profileSource: String?
    /// Re-provisioning: each tablet's bundle is issued again with a higher sequence.
    public var reissueBundles = false
    /// Flashes tablets behind the catalog before the other steps: the whole case at once in `run`, each tablet in its
    /// own job in a session started with `flashingEachTablet` (station mode). nil: the firmware gate only reports.
    public var firmware: FirmwarePhase?
    /// A tablet another run holds: wait for it (up to the step deadline) instead of skipping it as busy.
    public var waitForBusyTablets = false

    /// Creates a provisioner.
    public init(plan: ProvisioningPlan, inventory: any InventoryStore, reach: TabletReach,
                limits: SchedulerLimits = SchedulerLimits(), attemptTimeout: Duration = .seconds(600)) {
        self.plan = plan
        self.inventory = inventory
        self.reach = reach
        self.limits = limits
        self.attemptTimeout = attemptTimeout
    }

    /// A provisioner reaching tablets over TCP only.
    public init(plan: ProvisioningPlan, inventory: any InventoryStore, connector: DeviceConnector,
                limits: SchedulerLimits = SchedulerLimits(), attemptTimeout: Duration = .seconds(600)) {
        self.init(plan: plan, inventory: inventory, reach: TabletReach(connector: connector), limits: limits, attemptTimeout: attemptTimeout)
    }

    /// Runs every target; `events` is called from the jobs' queues as things happen. `started` lets the caller cancel (Ctrl-C).
    public func run(_ targets: [ProvisionTarget], command: String, dryRun: Bool,
                    events: @escaping @Sendable (ProvisionEvent) -> Void,
                    started: (ProvisioningSession) -> Void = { _ in }) throws -> [TabletResult] {
        let session = try start(command: command, dryRun: dryRun, events: events)
        started(session)
        // Tablets sharing a serial are stopped before anything changes on any of them.
        let duplicates = DuplicateSerials.find(targets, reach: reach, token: session.interruption)
        for (target, stop) in duplicates {
            events(ProvisionEvent(slot: target.slot, serial: stop.serial, kind: .failed, message: stop.problem.summary, caseName: target.caseName))
        }
        // The firmware step runs for the whole case at once, so that each image is read once.
        let flashing = targets.filter { duplicates[$0] == nil }
        let stopped = duplicates.merging(dryRun ? [:] : firmware?.run(flashing, events: events) ?? [:]) { duplicate, _ in duplicate }
        for target in targets where stopped[target] == nil { session.submit(target) }
        let results = try session.finish()
        return targets.map { target in
            if let stop = stopped[target] {
                return TabletResult(target: target, serial: stop.serial, name: plan.profile.tabletName(slot: target.slot, serial: stop.serial),
                                    problem: stop.problem, attempts: 1, cancelled: false)
            }
            return results.first { $0.target == target }
                ?? TabletResult(target: target, serial: nil, name: nil, problem: nil, attempts: 0, cancelled: true)
        }
    }

    /// Starts a session that takes tablets as they come (station mode) until `finish()`. With `flashingEachTablet`,
    /// each job first flashes its tablet when it is behind `firmware`'s catalog (the tablet leaves and comes back
    /// meanwhile: `isFlashing` tells the station to let it).
    public func start(command: String, dryRun: Bool, flashingEachTablet: Bool = false,
                      events: @escaping @Sendable (ProvisionEvent) -> Void) throws -> ProvisioningSession {
        let run = dryRun ? 0 : try inventory.beginRun(command: command, profile: profileSource ?? plan.profile.sourceFiles.last?.path)
        let serials = TargetBook<String>()
        let flashing = TargetBook<Bool>()
        let claims = SerialClaims()
        let gate = sharedGate ?? TransferGate(perGroup: transfersPerGroup)
        let firmware = flashingEachTablet && !dryRun ? firmware : nil
        let leasing = TabletLeasing(inventory: inventory, command: command, wait: waitForBusyTablets)
        let runner = JobRunner<ProvisionTarget, TabletProblem>(limits: limits, attemptTimeout: attemptTimeout) {
            [plan, inventory, reach, profileSource, reissueBundles] target, attempt, token in
            let label = serials[target] ?? target.endpoint.description
            if attempt > 1 {
                events(ProvisionEvent(slot: target.slot, serial: label, kind: .retrying, message: "attempt \(attempt)", caseName: target.caseName))
            }
            if let firmware {
                flashing[target] = true
                if let stopped = firmware.run([target], events: events)[target] {
                    flashing[target] = nil
                    serials[target] = stopped.serial
                    return .permanent(stopped.problem)
                }
            }
            // Ctrl-C or an unplug closes the connection: the handshake and the serial's read are interrupted too.
            let connected = Result { try reach.connect(target.endpoint, onTransport: { transport in token.onCancel { transport.close() } }) }
            // A flash ends once the tablet answers again over ADB: by then the station has seen it come back too.
            flashing[target] = nil
            let device: ADBDevice
            do {
                device = try connected.get()
            } catch let error as DeviceError {
                events(ProvisionEvent(slot: target.slot, serial: label, kind: .failed, message: error.summary, caseName: target.caseName))
                let problem = TabletProblem(error)
                return problem.transient || error.kind == .unreachable ? .transient(problem) : .permanent(problem)
            } catch {
                return .permanent(TabletProblem("Slot \(target.slot) cannot be reached.", reason: "\(error)", action: "Check the tablet and run again."))
            }
            serials[target] = device.serial
            if let holder = claims.claim(device.serial, for: target) {
                device.close()
                let problem = DuplicateSerials.arrived(device.serial, at: target, holder: holder)
                events(ProvisionEvent(slot: target.slot, serial: device.serial, kind: .failed, message: problem.summary, caseName: target.caseName))
                return .permanent(problem)
            }
            defer { claims.release(device.serial, for: target) }
            // A dry run changes nothing: it needs no lease. The lease comes first: the slot is decided under it.
            let lease = dryRun ? nil : leasing.takeForJob(device, target: target, token: token, events: events)
            if case .failure(let refused) = lease { return refused.outcome }
            defer { if case .success(let lease) = lease { leasing.release(serial: device.serial, lease: lease) } }
            let placed: ProvisionTarget
            switch SlotKeeper.placeAnnouncing(device, at: target, plan: plan, inventory: inventory, dryRun: dryRun, events: events) {
            case .success(let placement): placed = placement
            case .failure(let problem): return .permanent(problem)
            }
            var job = TabletJob(plan: plan, inventory: inventory, run: run, target: placed, dryRun: dryRun, events: events)
            job.gate = gate
            job.profileSource = profileSource
            job.reissueBundle = reissueBundles
            return job.attempt(device, token: token)
        }
        return ProvisioningSession(runner: runner, serials: serials, flashing: flashing, plan: plan, inventory: inventory, run: run, dryRun: dryRun)
    }
}

/// A running provisioning: tablets are submitted (all at once, or as they are plugged in), cancelled
/// when unplugged, and finished together.
public final class ProvisioningSession: Sendable {
    let runner: JobRunner<ProvisionTarget, TabletProblem>
    let serials: TargetBook<String>
    let flashing: TargetBook<Bool>
    let plan: ProvisioningPlan
    let inventory: any InventoryStore
    let run: Int64
    let dryRun: Bool

    init(runner: JobRunner<ProvisionTarget, TabletProblem>, serials: TargetBook<String>, flashing: TargetBook<Bool>, plan: ProvisioningPlan,
         inventory: any InventoryStore, run: Int64, dryRun: Bool) {
        self.runner = runner
        self.serials = serials
        self.flashing = flashing
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
        let results = states.map { id, state -> TabletResult in
            guard case let .finished(outcome, attempts) = state else {
                return TabletResult(target: id, serial: serials[id], name: nil, problem: nil, attempts: 0, cancelled: true)
            }
            let serial = serials[id]
            let name = serial.map { (try? inventory.tablet(serial: $0))??.name ?? plan.profile.tabletName(slot: id.slot, serial: $0) }
            switch outcome {
            case .succeeded: return TabletResult(target: id, serial: serial, name: name, problem: nil, attempts: attempts, cancelled: false)
            case .transient(let problem), .permanent(let problem):
                return TabletResult(target: id, serial: serial, name: name, problem: problem, attempts: attempts, cancelled: false)
            case .cancelled: return TabletResult(target: id, serial: serial, name: name, problem: nil, attempts: attempts, cancelled: true)
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
    public var summary: String { inner?.summary ?? "The end of the run could not be recorded in the inventory." }
    public var reason: String { inner?.reason ?? "\(error)" }
    public var action: String { inner?.action ?? "Check the disk, then run the command again." }
    public var helpTopic: String? { inner?.helpTopic }
    public var detail: String? { inner?.detail }
}

/// Inventory errors render as every other error: what, why, the fix, and the troubleshooting section.
extension InventoryError: ValiseError {}

/// What the jobs learn about each target (its serial; whether it is flashing), guarded by a lock.
final class TargetBook<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ProvisionTarget: Value] = [:]

    subscript(target: ProvisionTarget) -> Value? {
        get { lock.withLock { values[target] } }
        set { lock.withLock { values[target] = newValue } }
    }
}
