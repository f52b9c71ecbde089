import Devices
import Foundation
import Inventory
import Transports

/// A tablet to provision: how to reach it and the slot it sits in.
public struct ProvisionTarget: Sendable, Hashable, CustomStringConvertible {
    /// Its slot in the case.
    public let slot: Int
    /// Its TCP address (USB tablets join with case maps).
    public let address: TCPAddress
    /// The group sharing a bus (heavy transfers are limited per group).
    public let group: String

    /// Creates a target.
    public init(slot: Int, address: TCPAddress, group: String = "tcp") {
        self.slot = slot
        self.address = address
        self.group = group
    }

    public var description: String { "slot-\(slot)" }
}

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
    public let inventory: Inventory
    public let connector: DeviceConnector
    public let limits: SchedulerLimits
    public let attemptTimeout: Duration

    /// Creates a provisioner.
    public init(plan: ProvisioningPlan, inventory: Inventory, connector: DeviceConnector,
                limits: SchedulerLimits = SchedulerLimits(), attemptTimeout: Duration = .seconds(600)) {
        self.plan = plan
        self.inventory = inventory
        self.connector = connector
        self.limits = limits
        self.attemptTimeout = attemptTimeout
    }

    /// Runs every target; `events` is called from the jobs' queues as things happen. `runner` lets the caller cancel (Ctrl-C).
    public func run(_ targets: [ProvisionTarget], command: String, dryRun: Bool,
                    events: @escaping @Sendable (ProvisionEvent) -> Void,
                    started: (JobRunner<ProvisionTarget, TabletProblem>) -> Void = { _ in }) throws -> [TabletResult] {
        let run = dryRun ? 0 : try inventory.beginRun(command: command, profile: plan.profile.sourceFiles.last?.path)
        let serials = SerialBook()
        let runner = JobRunner<ProvisionTarget, TabletProblem>(limits: limits, attemptTimeout: attemptTimeout) { [plan, inventory, connector] target, attempt, token in
            if attempt > 1 {
                events(ProvisionEvent(slot: target.slot, serial: serials[target] ?? "?", kind: .retrying, message: "attempt \(attempt)"))
            }
            let device: ADBDevice
            do {
                device = try connector.connect(target.address)
            } catch let error as DeviceError {
                events(ProvisionEvent(slot: target.slot, serial: serials[target] ?? target.address.description, kind: .failed, message: error.summary))
                let problem = TabletProblem(error)
                return problem.transient || error.kind == .unreachable ? .transient(problem) : .permanent(problem)
            } catch {
                return .permanent(TabletProblem("Slot \(target.slot) cannot be reached.", reason: "\(error)", action: "Check the tablet and run again."))
            }
            serials[target] = device.serial
            let job = TabletJob(plan: plan, inventory: inventory, run: run, slot: target.slot, dryRun: dryRun, events: events)
            return job.attempt(device, token: token)
        }
        started(runner)
        for target in targets { runner.submit(target, group: target.group) }
        let states = runner.wait()
        let results = states.map { id, state -> TabletResult in
            guard case let .finished(outcome, attempts) = state else {
                return TabletResult(target: id, serial: serials[id], name: nil, problem: nil, attempts: 0, cancelled: true)
            }
            let serial = serials[id]
            let name = serial.map { plan.profile.tabletName(slot: id.slot, serial: $0) }
            switch outcome {
            case .succeeded: return TabletResult(target: id, serial: serial, name: name, problem: nil, attempts: attempts, cancelled: false)
            case .transient(let problem), .permanent(let problem):
                return TabletResult(target: id, serial: serial, name: name, problem: problem, attempts: attempts, cancelled: false)
            case .cancelled: return TabletResult(target: id, serial: serial, name: name, problem: nil, attempts: attempts, cancelled: true)
            }
        }
        if !dryRun {
            let status = results.contains { $0.cancelled } ? "interrupted" : results.contains { $0.problem != nil } ? "attention" : "done"
            try inventory.finishRun(run, status: status)
        }
        return results
    }
}

/// Serial numbers learnt by the jobs, by target (guarded by a lock).
final class SerialBook: @unchecked Sendable {
    private let lock = NSLock()
    private var serials: [ProvisionTarget: String] = [:]

    subscript(target: ProvisionTarget) -> String? {
        get { lock.withLock { serials[target] } }
        set { lock.withLock { serials[target] = newValue } }
    }
}
