import Devices
import Diagnostics
import Firmware
import Foundation
import Inventory
import Transports

/// Something worth showing while a case is provisioned.
public struct ProvisionEvent: Sendable {
    public enum Kind: String, Sendable { case connected, step, skipped, wouldChange, firmware, progress, done, failed, retrying, waiting }
    public let slot: Int
    public let serial: String
    public let kind: Kind
    public let message: String
    /// The case, when the slot's case map names one.
    public var caseName: String?
    /// For `.progress`: bytes sent and in all.
    public var bytes: (done: Int, total: Int)?
    /// For `.connected`: the tablet's model.
    public var model: String?

    /// Creates an event.
    public init(slot: Int, serial: String, kind: Kind, message: String, caseName: String? = nil, bytes: (done: Int, total: Int)? = nil) {
        self.slot = slot
        self.serial = serial
        self.kind = kind
        self.message = message
        self.caseName = caseName
        self.bytes = bytes
    }
}

/// One tablet's job: identify it, check the battery, then every step (check, and apply what is not
/// already as wanted), journaled before and after in the inventory, then verify and record.
public struct TabletJob: Sendable {
    /// The steps, in order.
    public static let steps: [any ProvisioningStep] = [EnrolStep(), AppsStep(), SettingsStep(), WiFiStep(), BundleStep()]

    public let plan: ProvisioningPlan
    public let inventory: any InventoryStore
    public let run: Int64
    public let target: ProvisionTarget
    public let dryRun: Bool
    public let events: @Sendable (ProvisionEvent) -> Void
    /// Bounds heavy transfers per bus group.
    public var gate = TransferGate(perGroup: .max)
    /// Recorded with each tablet so `valise reprovision` finds its profile again.
    public var profileSource: String?
    /// Re-provisioning: issue the bundle again with a higher sequence.
    public var reissueBundle = false
    /// Told why the job stopped before the end (Ctrl-C, unplugged) and what is left to do.
    public var onStop: @Sendable (TabletProblem) -> Void = { _ in }

    var slot: Int { target.slot }

    private func event(_ serial: String, _ kind: ProvisionEvent.Kind, _ message: String, bytes: (done: Int, total: Int)? = nil) {
        events(ProvisionEvent(slot: slot, serial: serial, kind: kind, message: message, caseName: target.caseName, bytes: bytes))
    }

    /// Runs one attempt on `device`; returns how it ended.
    public func attempt(_ device: ADBDevice, token: CancellationToken) -> JobOutcome<TabletProblem> {
        token.onCancel { device.close() }
        defer { device.close() }
        // What is left to do, for a job stopped before the end.
        var left = ["identify"] + Self.steps.map(\.name) + ["read-back"]
        do {
            let deadline = device.session.options.stepTimeout
            let facts = try TabletFacts.read(device)
            left.removeFirst()
            var context = StepContext(device: device, plan: plan, facts: facts, target: target, inventory: inventory, run: run)
            context.gate = gate
            context.token = token
            context.reissueBundle = reissueBundle
            context.progress = { [events, slot, target] name, done, total in
                events(ProvisionEvent(slot: slot, serial: facts.serial, kind: .progress, message: name, caseName: target.caseName,
                                      bytes: (done, total)))
            }
            let firmware = FirmwareGate.check(context)
            try record(context, status: dryRun ? nil : "provisioning", reason: nil, firmware: firmware)
            var connected = ProvisionEvent(slot: slot, serial: facts.serial, kind: .connected,
                                           message: Say.tabletConnected(model: facts.model, android: facts.android, battery: facts.battery),
                                           caseName: target.caseName)
            connected.model = facts.model
            events(connected)
            try checkBattery(context)
            if case .needsFlashing = firmware { event(facts.serial, .firmware, firmware.description) }
            var changes = 0
            for (index, step) in Self.steps.enumerated() {
                left = Self.steps[index...].map(\.name) + ["read-back"]
                if token.isCancelled { return stopped(device, left: left, token: token) }
                context.answers = StepAnswers()
                guard let change = try device.session.withDeadline(deadline, Say.deadlineToCheckStep(step.name), { try step.pending(context) }) else {
                    if !dryRun { try inventory.journal(run: run, serial: facts.serial, step: step.name, .skipped) }
                    continue
                }
                changes += 1
                if dryRun {
                    event(facts.serial, .wouldChange, Say.stepWouldChange(step.name, change))
                    continue
                }
                event(facts.serial, .step, Say.stepChanging(step.name, change))
                try inventory.journal(run: run, serial: facts.serial, step: step.name, .started, detail: change)
                do {
                    try device.session.withDeadline(deadline, Say.deadlineForStep(step.name)) { try step.apply(context) }
                } catch {
                    try? inventory.journal(run: run, serial: facts.serial, step: step.name, .failed, detail: "\(error)")
                    throw error
                }
                try inventory.journal(run: run, serial: facts.serial, step: step.name, .done)
            }
            left = ["read-back"]
            guard !dryRun else {
                event(facts.serial, .done, changes == 0 ? Say.nothingToChange : Say.stepsWouldChange(changes))
                return .succeeded
            }
            context.answers = StepAnswers()
            try device.session.withDeadline(deadline, Say.deadlineToReadBack) { try verify(context) }
            try record(context, status: "provisioned", reason: nil, firmware: firmware)
            event(facts.serial, .done, Say.provisionedAs(context.name))
            return .succeeded
        } catch _ where TabletProblem.stop(of: token, left: left) != nil {
            return stopped(device, left: left, token: token)
        } catch is CancellationError {
            return .cancelled
        } catch let problem as TabletProblem {
            return fail(device, problem)
        } catch let error as DeviceError {
            return fail(device, TabletProblem(error))
        } catch let error as InventoryError {
            return fail(device, TabletProblem(error.summary, reason: error.reason, action: error.action, helpTopic: error.helpTopic))
        } catch {
            return fail(device, TabletProblem(Say.tabletInSlotFailed(slot), reason: "\(error)", action: Say.runAgainFix))
        }
    }

    private func fail(_ device: ADBDevice, _ problem: TabletProblem) -> JobOutcome<TabletProblem> {
        save(device.serial, status: problem.transient ? "interrupted" : "failed", reason: problem.whyAndFix)
        event(device.serial, .failed, problem.summary)
        return problem.transient ? .transient(problem) : .permanent(problem)
    }

    /// The job was stopped on purpose (Ctrl-C, unplugged): the inventory and the run's summary say what is left to do.
    private func stopped(_ device: ADBDevice, left: [String], token: CancellationToken) -> JobOutcome<TabletProblem> {
        let stop = TabletProblem.stop(of: token, left: left) ?? .stopped(nil, left: left)
        save(device.serial, status: "stopped", reason: stop.whyAndFix)
        onStop(stop)
        return .cancelled
    }

    /// Records the tablet's end (a tablet not in the inventory yet, or a dry run, is left alone).
    private func save(_ serial: String, status: String, reason: String) {
        guard !dryRun, var record = try? inventory.tablet(serial: serial) else { return }
        record.status = status
        record.reason = reason
        record.updatedAt = Date()
        try? inventory.save(record)
    }

    private func checkBattery(_ context: StepContext) throws {
        let minimum = plan.profile.battery.minimumPercent
        guard let level = context.facts.battery, level < minimum else { return }
        throw TabletProblem(Say.batteryLow(context.label, level: level, minimum: minimum), reason: Say.batteryLowWhy,
                            action: Say.batteryLowFix(minimum: minimum),
                            helpTopic: "battery")
    }

    /// Reads back what the steps set: the agent's applied bundle, the owner, the time zone.
    private func verify(_ context: StepContext) throws {
        let record = try inventory.tablet(serial: context.facts.serial)
        let applied = try AgentClient(device: context.device).status()
        try context.prefetch([.property("persist.sys.timezone"), EnrolStep.owners])
        let zone = try context.property("persist.sys.timezone")
        guard applied != nil, applied == record?.bundleDigest, try EnrolStep.isOwner(context), zone == plan.profile.device.timeZone else {
            throw TabletProblem(Say.readBackDiffers(context.label), reason: Say.readBackDiffersWhy, action: Say.readBackDiffersFix)
        }
    }

    private func record(_ context: StepContext, status: String?, reason: String?, firmware: FirmwareCompliance) throws {
        guard let status else { return }
        let profile = plan.profile
        var record = try inventory.tablet(serial: context.facts.serial) ?? TabletRecord(serial: context.facts.serial, model: context.facts.model)
        record.model = context.facts.model
        record.name = context.name
        record.school = profile.school.name
        record.className = profile.className
        record.caseName = target.caseName ?? profile.caseName
        record.slot = context.slot
        record.firmware = context.facts.build
        record.firmwareStatus = firmware.status
        record.address = target.endpoint.portPath ?? target.endpoint.description
        if let profileSource { record.profilePath = profileSource }
        record.status = status
        record.reason = reason
        record.updatedAt = Date()
        try inventory.save(record)
    }
}
