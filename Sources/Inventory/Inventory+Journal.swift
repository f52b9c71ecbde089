import Foundation
import GRDB

extension Inventory {
    /// Starts a run and returns its id.
    public func beginRun(command: String, profile: String?, now: Date = Date()) throws -> Int64 {
        try pool.write { db in
            var run = RunRecord(id: nil, command: command, profile: profile, startedAt: now, finishedAt: nil, status: "running")
            try run.insert(db)
            return run.id ?? 0
        }
    }

    /// Ends a run with its status (done, attention, failed, interrupted).
    public func finishRun(_ id: Int64, status: String, now: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE run SET finishedAt = ?, status = ? WHERE id = ?", arguments: [now, status, id])
        }
    }

    /// Writes one journal line (before a step: started; after: done, skipped or failed), durably.
    public func journal(run: Int64, serial: String, step: String, _ phase: JournalEntry.Phase, detail: String? = nil, now: Date = Date()) throws {
        try pool.write { db in
            var entry = JournalEntry(id: nil, runId: run, serial: serial, step: step, phase: phase, detail: detail, at: now)
            try entry.insert(db)
        }
    }

    /// The journal of one tablet, oldest first.
    public func journal(serial: String) throws -> [JournalEntry] {
        try pool.read { db in
            try JournalEntry.filter(Column("serial") == serial).order(Column("id")).fetchAll(db)
        }
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
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT step, COUNT(*) AS n FROM journal WHERE serial = ? AND phase = 'done' GROUP BY step",
                                        arguments: [serial])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["step"] as String, $0["n"] as Int) })
        }
    }

    /// Records an event.
    public func event(run: Int64?, serial: String?, kind: String, message: String, now: Date = Date()) throws {
        try pool.write { db in
            var event = EventRecord(id: nil, runId: run, serial: serial, kind: kind, message: message, at: now)
            try event.insert(db)
        }
    }

    /// Inserts or updates a tablet.
    public func save(_ tablet: TabletRecord) throws {
        try pool.write { db in try tablet.save(db) }
    }

    /// A tablet by serial.
    public func tablet(serial: String) throws -> TabletRecord? {
        try pool.read { db in try TabletRecord.fetchOne(db, key: serial) }
    }

    /// Every tablet, by school, class, case and slot.
    public func tablets() throws -> [TabletRecord] {
        try pool.read { db in
            try TabletRecord.order(Column("school"), Column("className"), Column("caseName"), Column("slot"), Column("serial")).fetchAll(db)
        }
    }

    /// Every run, newest first.
    public func runs() throws -> [RunRecord] {
        try pool.read { db in try RunRecord.order(Column("id").desc).fetchAll(db) }
    }
}
