import ADB
import Devices
import Diagnostics
import Foundation
import Synchronization
import Inventory
import Transports

/// What a step sees of the tablet it works on.
public struct StepContext: Sendable {
    public let device: ADBDevice
    public let plan: ProvisioningPlan
    public let facts: TabletFacts
    public let target: ProvisionTarget
    public let inventory: any InventoryStore
    public let run: Int64
    /// Bounds heavy transfers per bus group.
    public var gate = TransferGate(perGroup: .max)
    /// Stops the job (Ctrl-C, unplug, timeout).
    public var token: CancellationToken?
    /// Re-provisioning: the signed bundle is issued again (a higher sequence) even when the tablet has the current one.
    public var reissueBundle = false
    /// Reports the bytes of a transfer: (what, done, total).
    public var progress: @Sendable (String, Int, Int) -> Void = { _, _, _ in }
    /// The answers to the step's read-only commands (a step gets its own).
    public var answers = StepAnswers()

    /// Its slot.
    public var slot: Int { target.slot }

    /// Installs an APK read once for the case, through the bus group's transfer gate, reporting its bytes. The place
    /// is given back once the APK is across: the tablet's own install time leaves the bus to the others.
    public func install(_ file: SharedFile, arguments: [String]) throws {
        let name = file.url.lastPathComponent
        let place = try gate.enter(target.group, token: token)
        defer { place.leave() }
        defer { answers.forget() }
        try device.install(apk: file.bytes, name: name, arguments: arguments, sent: place.leave) { done, total in
            progress(name, done, total)
        }
    }

    /// The output of the read-only `command`, asked once in the step: `apply` decides from what `pending` was told.
    public func ask(_ command: String, limit: Int = TabletLimits.shellOutputBytes) throws -> ShellOutput {
        try answers.answer(command, limit: limit) { try device.shell(command, limit: limit) }
    }

    /// Asks, in one round trip, those of `queries` the step has not asked yet: what its `ask`, `read` and `property`
    /// calls then find answered (`ADBDevice.shell(each:)`).
    public func prefetch(_ queries: [ShellQuery]) throws {
        try answers.answer(queries) { try device.shell(each: $0) }
    }

    /// `ask`, trimmed, failing as `ADBDevice.check` does when the command fails.
    public func read(_ command: String, limit: Int = TabletLimits.shellOutputBytes) throws -> String {
        try device.checked(ask(command, limit: limit), of: command)
    }

    /// `getprop NAME`, asked once in the step (as `ADBDevice.property` gives it).
    public func property(_ name: String) throws -> String {
        let query = ShellQuery.property(name)
        return try read(query.command, limit: query.limit)
    }

    /// Runs a command that changes the tablet (failing as `ADBDevice.check` does); the step's answers are forgotten.
    @discardableResult
    public func change(_ command: String) throws -> String {
        defer { answers.forget() }
        return try device.check(command)
    }

    /// Runs commands that change the tablet in one round trip, each only if the one before succeeded (failing as
    /// `ADBDevice.check` does, naming the first that failed); the step's answers are forgotten.
    public func change(each commands: [String]) throws {
        defer { answers.forget() }
        try device.check(each: commands)
    }

    /// `change` for a command whose output the step reads itself.
    public func changeShell(_ command: String) throws -> ShellOutput {
        defer { answers.forget() }
        return try device.shell(command)
    }

    /// The tablet's name from the class's naming template.
    public var name: String { plan.profile.tabletName(slot: slot, serial: facts.serial, caseName: target.caseName) }
    /// "slot 3 (VAL…)" for messages, after "Tablet" (French: "de l'emplacement 3 (VAL…)", after "La tablette").
    public var label: String { Say.tabletInSlot(slot, serial: facts.serial) }
}

/// The answers to one step's read-only commands (`StepContext.ask`): `pending` asks the tablet, `apply` decides from
/// the same answers instead of asking again (a round trip each), and whatever changes the tablet forgets them.
///
/// Thread safety: one `Mutex`.
public final class StepAnswers: Sendable {
    private let answers = Mutex<[String: ShellOutput]>([:])

    /// No answers yet.
    public init() {}

    func answer(_ command: String, limit: Int, asking: () throws -> ShellOutput) throws -> ShellOutput {
        let key = Self.key(ShellQuery(command, limit: limit))
        if let known = answers.withLock({ $0[key] }) { return known }
        let output = try asking()
        answers.withLock { $0[key] = output }
        return output
    }

    /// Asks those of `queries` not answered yet, all at once.
    func answer(_ queries: [ShellQuery], asking: ([ShellQuery]) throws -> [ShellOutput]) throws {
        let known = answers.withLock { $0 }
        var unknown: [ShellQuery] = []
        for query in queries where known[Self.key(query)] == nil && !unknown.contains(query) { unknown.append(query) }
        guard !unknown.isEmpty else { return }
        let outputs = try asking(unknown)
        answers.withLock { answers in
            for (query, output) in zip(unknown, outputs) { answers[Self.key(query)] = output }
        }
    }

    private static func key(_ query: ShellQuery) -> String { "\(query.limit) \(query.command)" }

    func forget() { answers.withLock { $0 = [:] } }
}

/// One step of the pipeline: `pending` says what would change (nil: already as wanted), `apply` changes it.
/// A satisfied step is skipped, so a re-run, a resume or a re-provision applies nothing twice.
public protocol ProvisioningStep: Sendable {
    /// Its name in the journal and the summary.
    var name: String { get }
    /// What this step would change on the tablet, or nil when nothing.
    func pending(_ context: StepContext) throws -> String?
    /// Makes the change.
    func apply(_ context: StepContext) throws
}

/// A tablet that stopped for a reason a person must act on (accounts present, flat battery…), or a step that failed.
public struct TabletProblem: ValiseError, Equatable, CustomStringConvertible {
    public var summary: String
    public var reason: String
    public var action: String
    public var helpTopic: String?
    /// Whether a later attempt may pass (unplugged, offline, timed out).
    public var transient: Bool

    /// Creates a problem.
    public init(_ summary: String, reason: String, action: String, helpTopic: String? = nil, transient: Bool = false) {
        self.summary = summary
        self.reason = reason
        self.action = action
        self.helpTopic = helpTopic
        self.transient = transient
    }

    /// A device error as a tablet problem (unplugs and timeouts are transient; a step that overran its whole deadline
    /// is not: the tablet kept answering, too slowly or without end, and another attempt would do the same).
    public init(_ error: DeviceError) {
        self.init(error.summary, reason: error.reason, action: error.action, helpTopic: error.helpTopic, transient: error.isTransient)
    }

    public var description: String { "\(summary) \(reason)" }
}
