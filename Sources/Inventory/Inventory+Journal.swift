import Foundation
import GRDB

extension Inventory: InventoryStore {
    public var location: String { path }

    /// Starts a run and returns its id.
    public func beginRun(command: String, profile: String?, now: Date) throws -> Int64 {
        try write { db in
            var run = RunRecord(id: nil, command: command, profile: profile, startedAt: now, finishedAt: nil, status: "running")
            try run.insert(db)
            try queue(db, .run, run.id)
            return run.id ?? 0
        }
    }

    /// Ends a run with its status (done, attention, failed, interrupted).
    public func finishRun(_ id: Int64, status: String, now: Date) throws {
        try write { db in
            try db.execute(sql: "UPDATE run SET finishedAt = ?, status = ? WHERE id = ?", arguments: [now, status, id])
            try queue(db, .run, id)
        }
    }

    /// Writes one journal line (before a step: started; after: done, skipped or failed), durably.
    public func journal(run: Int64, serial: String, step: String, _ phase: JournalEntry.Phase, detail: String?, now: Date) throws {
        try write { db in
            try db.cachedStatement(sql: "INSERT INTO journal(runId, serial, step, phase, detail, at) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [run, serial, step, phase.rawValue, detail, StoredDate.text(now)])
            try queue(db, .journal, db.lastInsertedRowID)
        }
    }

    /// The journal of one tablet, oldest first.
    public func journal(serial: String) throws -> [JournalEntry] {
        try read { db in
            try JournalEntry.filter(Column("serial") == serial).order(Column("id")).fetchAll(db)
        }
    }

    /// Records an event.
    public func event(run: Int64?, serial: String?, kind: String, message: String, now: Date) throws {
        try write { db in
            var event = EventRecord(id: nil, runId: run, serial: serial, kind: kind, message: message, at: now)
            try event.insert(db)
            try queue(db, .event, event.id)
        }
    }

    /// Inserts or updates a tablet.
    /// A tablet reached at an address where until now only its address was known (it had not let this computer
    /// in): the record kept under that address goes, here and, at the next upload, on the district server.
    public func save(_ tablet: TabletRecord) throws {
        try write { db in
            try db.cachedStatement(sql: TabletRecord.upsert).execute(arguments: StatementArguments(tablet.databaseValues))
            try queue(db, .tablet, tablet.serial)
            if tablet.model != nil, let address = tablet.address, address != tablet.serial {
                try db.cachedStatement(sql: "DELETE FROM tablet WHERE serial = ? AND address = ? AND model IS NULL")
                    .execute(arguments: [address, address])
                if db.changesCount > 0 { try queue(db, .tablet, address) }
            }
        }
    }

    /// A tablet by serial.
    public func tablet(serial: String) throws -> TabletRecord? {
        try select { db in try TabletRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM tablet WHERE serial = ?"), arguments: [serial]) }
    }

    /// Every tablet, by school, class, case and slot.
    public func tablets() throws -> [TabletRecord] {
        try read { db in
            try TabletRecord.order(Column("school"), Column("className"), Column("caseName"), Column("slot"), Column("serial")).fetchAll(db)
        }
    }

    public func tablets(caseName: String?, className: String?) throws -> [TabletRecord] {
        try select { db in
            try TabletRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM tablet WHERE caseName IS ? AND className IS ? " + Self.tabletOrder),
                                      arguments: [caseName, className])
        }
    }

    public func tablets(named name: String) throws -> [TabletRecord] {
        try select { db in
            try TabletRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM tablet WHERE name = ? " + Self.tabletOrder), arguments: [name])
        }
    }

    private static let tabletOrder = "ORDER BY school, className, caseName, slot, serial"

    /// Every run, newest first.
    public func runs() throws -> [RunRecord] {
        try read { db in try RunRecord.order(Column("id").desc).fetchAll(db) }
    }
}
