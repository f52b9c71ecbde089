import Devices
import Dispatch
import Foundation
import Inventory
import Profiles

/// A rentrée: every case of a plan provisioned at once, each with its class profile in a session of its own, heavy
/// transfers limited per USB root port across all of them; then what remains of each case.
public struct RentreeRun: Sendable {
    /// One case of the plan and the tablets attached to it now.
    public struct Case: Sendable {
        /// The plan's line for the case (its name and class).
        public var entry: RentreePlan.Case
        /// Provisions the case's tablets with its class profile.
        public var provisioner: Provisioner
        /// The tablets attached: USB ones placed by the case maps, and the case's TCP addresses.
        public var targets: [ProvisionTarget]

        /// A case of the plan, its provisioner and its attached tablets.
        public init(entry: RentreePlan.Case, provisioner: Provisioner, targets: [ProvisionTarget]) {
            self.entry = entry
            self.provisioner = provisioner
            self.targets = targets
        }
    }

    /// The plan run.
    public let plan: RentreePlan
    /// Its cases, in the plan's order.
    public let cases: [Case]
    /// The case maps in use: a mapped case's slots are its map's.
    public let caseMaps: CaseMaps
    /// Where the tablets are recorded, and read back for what remains.
    public let inventory: any InventoryStore
    /// Heavy transfers at once per USB root port (or "tcp"), all cases together.
    public var transfersPerGroup = 8

    /// A rentrée of `plan` over `cases`.
    public init(plan: RentreePlan, cases: [Case], caseMaps: CaseMaps, inventory: any InventoryStore) {
        self.plan = plan
        self.cases = cases
        self.caseMaps = caseMaps
        self.inventory = inventory
    }

    /// Provisions every case that has tablets attached, all at once, and waits for them; `events` is called from the
    /// jobs' queues as things happen, `started` once every case's session has started (so that Ctrl-C can stop them).
    public func run(command: String = "rentree", events: @escaping @Sendable (ProvisionEvent) -> Void,
                    started: ([ProvisioningSession]) -> Void = { _ in }) throws -> [TabletResult] {
        let gate = TransferGate(perGroup: transfersPerGroup)
        let outcomes = CaseOutcomes()
        let group = DispatchGroup()
        var sessions: [ProvisioningSession] = []
        for item in cases where !item.targets.isEmpty {
            var provisioner = item.provisioner
            provisioner.sharedGate = gate
            let session = try provisioner.start(command: command, dryRun: false, events: events)
            sessions.append(session)
            for target in item.targets { session.submit(target) }
            group.enter()
            Thread {
                defer { group.leave() }
                outcomes.add(Result { try session.finish() })
            }.start()
        }
        started(sessions)
        group.wait()
        return try outcomes.all()
    }

    /// What remains of each case, as the inventory has it now.
    public func remaining() throws -> [RentreeRemainder] {
        // A case with TCP addresses has that many slots, unless a case map gives them.
        let tcpCounts = Dictionary(uniqueKeysWithValues: cases.map { item in
            (item.entry.name, item.entry.tcp.isEmpty ? 0 : item.targets.filter { $0.endpoint.portPath == nil }.count)
        })
        return try RentreeRemainder.compute(plan, caseMaps: caseMaps, inventory: inventory, tcpCounts: tcpCounts)
    }
}

/// The cases' results, gathered from their threads (guarded by a lock).
private final class CaseOutcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<[TabletResult], Error>] = []
    func add(_ result: Result<[TabletResult], Error>) { lock.withLock { items.append(result) } }
    func all() throws -> [TabletResult] { try lock.withLock { items }.flatMap { try $0.get() } }
}
