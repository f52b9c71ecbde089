import Devices
import Diagnostics
import Foundation
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

    /// Its slot.
    public var slot: Int { target.slot }

    /// Installs an APK read once for the case, through the bus group's transfer gate, reporting its bytes. The place
    /// is given back once the APK is across: the tablet's own install time leaves the bus to the others.
    public func install(_ file: SharedFile, arguments: [String]) throws {
        let name = file.url.lastPathComponent
        let place = try gate.enter(target.group, token: token)
        defer { place.leave() }
        try device.install(apk: file.bytes, name: name, arguments: arguments, sent: place.leave) { done, total in
            progress(name, done, total)
        }
    }

    /// The tablet's name from the class's naming template.
    public var name: String { plan.profile.tabletName(slot: slot, serial: facts.serial, caseName: target.caseName) }
    /// "slot 3 (VAL…)" for messages, after "Tablet" (French: "de l'emplacement 3 (VAL…)", after "La tablette").
    public var label: String { Say.tabletInSlot(slot, serial: facts.serial) }
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
