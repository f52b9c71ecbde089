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
    /// For a tablet stopped before the end (`cancelled`): why, and what is left to do.
    public var stop: TabletProblem?
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
        // The connections made to ask each tablet its serial are the jobs' first ones, unless a flash comes between
        // (the tablets restart, and a USB tablet takes one connection at a time).
        let reached = firmware == nil || dryRun ? TargetBook<ADBDevice>() : nil
        let session = try start(command: command, dryRun: dryRun, reached: reached, events: events)
        started(session)
        defer { for device in reached?.takeAll() ?? [] { device.close() } }
        // Tablets sharing a serial are stopped before anything changes on any of them.
        let duplicates = DuplicateSerials.find(targets, reach: reach, token: session.interruption, parallel: limits.global,
                                               keeping: reached)
        for (target, stop) in duplicates {
            reached?.take(target)?.close()
            events(ProvisionEvent(slot: target.slot, serial: stop.serial, kind: .failed, message: stop.problem.summary, caseName: target.caseName))
        }
        // The firmware step runs for the whole case at once, so that each image is read once.
        let flashing = targets.filter { duplicates[$0] == nil }
        let stopped = duplicates.merging(dryRun ? [:] : firmware?.run(flashing, events: events) ?? [:]) { duplicate, _ in duplicate }
        for target in targets where stopped[target] == nil { session.submit(target) }
        let results = try session.finish()
        return targets.map { target in
            if let stop = stopped[target] {
                return TabletResult(target: target, serial: stop.serial, name: plan.profile.tabletName(slot: target.slot, serial: stop.serial, caseName: target.caseName),
                                    problem: stop.problem, attempts: 1, cancelled: false)
            }
            return results.first { $0.target == target }
                ?? TabletResult(target: target, serial: nil, name: nil, problem: nil, attempts: 0, cancelled: true,
                                stop: .stopped(session.interruption.isCancelled ? .requested : nil, left: nil))
        }
    }

    /// Starts a session that takes tablets as they come (station mode) until `finish()`. With `flashingEachTablet`,
    /// each job first flashes its tablet when it is behind `firmware`'s catalog (the tablet leaves and comes back
    /// meanwhile: `isFlashing` tells the station to let it).
    public func start(command: String, dryRun: Bool, flashingEachTablet: Bool = false,
                      events: @escaping @Sendable (ProvisionEvent) -> Void) throws -> ProvisioningSession {
        try start(command: command, dryRun: dryRun, flashingEachTablet: flashingEachTablet, reached: nil, events: events)
    }

    /// `reached`: tablets connected already, each taken by its job's first attempt instead of connecting again.
    func start(command: String, dryRun: Bool, flashingEachTablet: Bool = false, reached: TargetBook<ADBDevice>?,
               events: @escaping @Sendable (ProvisionEvent) -> Void) throws -> ProvisioningSession {
        let run = dryRun ? 0 : try inventory.beginRun(command: command, profile: profileSource ?? plan.profile.sourceFiles.last?.path)
        let serials = TargetBook<String>()
        let flashing = TargetBook<Bool>()
        let stops = TargetBook<TabletProblem>()
        let claims = SerialClaims()
        let gate = sharedGate ?? TransferGate(perGroup: transfersPerGroup)
        let firmware = flashingEachTablet && !dryRun ? firmware : nil
        let leasing = TabletLeasing(inventory: inventory, command: command, wait: waitForBusyTablets)
        let runner = JobRunner<ProvisionTarget, TabletProblem>(limits: limits, attemptTimeout: attemptTimeout) {
            [plan, inventory, reach, profileSource, reissueBundles] target, attempt, token in
            let label = serials[target] ?? target.endpoint.description
            if attempt > 1 {
                events(ProvisionEvent(slot: target.slot, serial: label, kind: .retrying, message: Say.attemptNumber(attempt), caseName: target.caseName))
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
            let connected = Result {
                if let device = reached?.take(target), device.session.isAlive {
                    token.onCancel { device.close() }
                    return device
                }
                return try reach.connect(target.endpoint, onTransport: { transport in token.onCancel { transport.close() } })
            }
            // A flash ends once the tablet answers again over ADB: by then the station has seen it come back too.
            flashing[target] = nil
            let device: ADBDevice
            do {
                device = try connected.get()
            } catch let error as DeviceError {
                if let stop = TabletProblem.stop(of: token, left: nil) {
                    stops[target] = stop
                    return .cancelled
                }
                events(ProvisionEvent(slot: target.slot, serial: label, kind: .failed, message: error.summary, caseName: target.caseName))
                let problem = TabletProblem(error)
                if !dryRun { UnreachedTablet.record(target, problem: problem, plan: plan, inventory: inventory) }
                return problem.transient || error.kind == .unreachable ? .transient(problem) : .permanent(problem)
            } catch {
                return .permanent(TabletProblem(Say.slotUnreachable(target.slot), reason: "\(error)", action: Say.slotUnreachableFix))
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
            job.onStop = { stops[target] = $0 }
            return job.attempt(device, token: token)
        }
        return ProvisioningSession(runner: runner, serials: serials, flashing: flashing, stops: stops, plan: plan, inventory: inventory,
                                   run: run, dryRun: dryRun)
    }
}
