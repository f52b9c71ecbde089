import Foundation

/// Where the engine records tablets, runs, the step journal and events.
///
/// Two stores: the station's embedded SQLite inventory (`Inventory`, the default) and a district inventory
/// (`DistrictInventory`: the same SQLite file as a local journal, uploaded to the district's PostgreSQL).
/// The engine only sees this protocol. Every method may be called from any job's queue at any time.
public protocol InventoryStore: AnyObject, Sendable {
    /// Starts a run and returns its id.
    func beginRun(command: String, profile: String?, now: Date) throws -> Int64
    /// Ends a run with its status (done, attention, failed, interrupted).
    func finishRun(_ id: Int64, status: String, now: Date) throws
    /// Writes one journal line durably.
    func journal(run: Int64, serial: String, step: String, _ phase: JournalEntry.Phase, detail: String?, now: Date) throws
    /// The journal of one tablet, oldest first.
    func journal(serial: String) throws -> [JournalEntry]
    /// Records an event.
    func event(run: Int64?, serial: String?, kind: String, message: String, now: Date) throws
    /// Inserts or updates a tablet.
    func save(_ tablet: TabletRecord) throws
    /// A tablet by serial.
    func tablet(serial: String) throws -> TabletRecord?
    /// Every tablet, by school, class, case and slot.
    func tablets() throws -> [TabletRecord]
    /// The tablets of `className` in `caseName` (nil matching nil), in the order of `tablets()`.
    func tablets(caseName: String?, className: String?) throws -> [TabletRecord]
    /// The tablets named `name`, in the order of `tablets()`.
    func tablets(named name: String) throws -> [TabletRecord]
    /// Every run, newest first.
    func runs() throws -> [RunRecord]
    /// Where it is, for messages (a file, or a server address without its password).
    var location: String { get }
    /// Makes the store's file complete on its own (SQLite: the WAL checkpointed into it); at the end of each command.
    func checkpoint() throws
    /// Takes the lease of a tablet for one job (atomically; taken over from a holder that died); nil when taken,
    /// or the living holder that keeps it. A tablet is worked on by one job at a time across the station.
    func takeLease(serial: String, for lease: TabletLease) throws -> TabletLease?
    /// Gives a tablet's lease back, when `lease` still holds it.
    func releaseLease(serial: String, for lease: TabletLease) throws
}

extension InventoryStore {
    public func beginRun(command: String, profile: String?) throws -> Int64 {
        try beginRun(command: command, profile: profile, now: Date())
    }

    public func finishRun(_ id: Int64, status: String) throws { try finishRun(id, status: status, now: Date()) }

    public func journal(run: Int64, serial: String, step: String, _ phase: JournalEntry.Phase, detail: String? = nil) throws {
        try journal(run: run, serial: serial, step: step, phase, detail: detail, now: Date())
    }

    public func event(run: Int64?, serial: String?, kind: String, message: String) throws {
        try event(run: run, serial: serial, kind: kind, message: message, now: Date())
    }

    /// Steps of a tablet that were started and never finished (a crash or an unplug in the middle): resume there.
    public func unfinishedSteps(serial: String) throws -> [String] {
        var open: [String] = []
        for entry in try journal(serial: serial) {
            switch entry.phase {
            case .started: if !open.contains(entry.step) { open.append(entry.step) }
            case .done, .skipped, .failed: open.removeAll { $0 == entry.step }
            }
        }
        return open
    }

    /// How many times each step was recorded done for a tablet (a step is never applied twice).
    public func appliedCounts(serial: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for entry in try journal(serial: serial) where entry.phase == .done { counts[entry.step, default: 0] += 1 }
        return counts
    }
}
