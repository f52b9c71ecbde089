import Foundation
import GRDB

/// One change waiting for the district server: a tablet (by serial), a run, a journal line or an event (by id).
public struct OutboxItem: Sendable, Equatable {
    public enum Kind: String, Sendable { case tablet, run, journal, event }
    public let id: Int64
    public let kind: Kind
    public let key: String
    public let at: Date
}

/// The changes a district upload carries, read in one snapshot.
public struct OutboxBatch: Sendable {
    /// The last outbox id covered: remove up to it once the server has committed.
    public let lastID: Int64
    /// The outbox entries it covers (a tablet changed twice is one row but two entries).
    public let changes: Int
    public let tablets: [TabletRecord]
    /// Tablets queued and no longer in the inventory (a record kept under an address until the tablet was reached).
    public let removedTablets: [String]
    public let runs: [RunRecord]
    public let journal: [JournalEntry]
    public let events: [EventRecord]
    public var isEmpty: Bool { tablets.isEmpty && removedTablets.isEmpty && runs.isEmpty && journal.isEmpty && events.isEmpty }
}

extension Inventory {
    /// Queues a change for the district server, in the same transaction as the change itself.
    func queue(_ db: Database, _ kind: OutboxItem.Kind, _ key: (any CustomStringConvertible)?) throws {
        guard queuesChanges, let key else { return }
        try db.cachedStatement(sql: "INSERT INTO outbox(item, key, at) VALUES (?, ?, ?)")
            .execute(arguments: [kind.rawValue, key.description, StoredDate.text(Date())])
    }

    /// This inventory file's identity on a district server (made once, by migration v4).
    public func instance() throws -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'instance'") ?? "" }
    }

    /// A value this station keeps about itself (last upload, last error).
    public func meta(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// Sets (or with nil removes) a value kept about this station.
    public func setMeta(_ key: String, _ value: String?) throws {
        try write { db in
            if let value {
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
            }
        }
    }

    /// How many changes wait, and since when.
    public func pending() throws -> (count: Int, since: Date?) {
        try read { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") ?? 0
            let since = try Date.fetchOne(db, sql: "SELECT MIN(at) FROM outbox")
            return (count, since)
        }
    }

    /// The oldest `limit` waiting changes with the rows they name, as they are now (a tablet changed twice goes up once).
    public func outboxBatch(limit: Int) throws -> OutboxBatch {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, item, key FROM outbox ORDER BY id LIMIT ?", arguments: [limit])
            var serials: [String] = [], runs: [Int64] = [], journal: [Int64] = [], events: [Int64] = []
            var lastID: Int64 = 0
            for row in rows {
                lastID = row["id"]
                let key: String = row["key"]
                switch OutboxItem.Kind(rawValue: row["item"]) {
                case .tablet: if !serials.contains(key) { serials.append(key) }
                case .run: if let id = Int64(key), !runs.contains(id) { runs.append(id) }
                case .journal: if let id = Int64(key) { journal.append(id) }
                case .event: if let id = Int64(key) { events.append(id) }
                case nil: continue
                }
            }
            let tablets = try TabletRecord.filter(keys: serials).fetchAll(db)
            let present = Set(tablets.map(\.serial))
            return OutboxBatch(
                lastID: lastID,
                changes: rows.count,
                tablets: tablets,
                removedTablets: serials.filter { !present.contains($0) },
                runs: try RunRecord.filter(keys: runs).order(Column("id")).fetchAll(db),
                journal: try JournalEntry.filter(keys: journal).order(Column("id")).fetchAll(db),
                events: try EventRecord.filter(keys: events).order(Column("id")).fetchAll(db))
        }
    }

    /// Forgets the changes up to `id`: the district server has committed them.
    public func removeOutbox(through id: Int64) throws {
        try write { db in try db.execute(sql: "DELETE FROM outbox WHERE id <= ?", arguments: [id]) }
    }

    /// Queues everything this inventory holds (a station joining a district uploads its history once).
    public func queueEverything() throws {
        try write { db in
            let now = Date()
            try db.execute(sql: "INSERT INTO outbox(item, key, at) SELECT 'run', id, ? FROM run", arguments: [now])
            try db.execute(sql: "INSERT INTO outbox(item, key, at) SELECT 'tablet', serial, ? FROM tablet", arguments: [now])
            try db.execute(sql: "INSERT INTO outbox(item, key, at) SELECT 'journal', id, ? FROM journal", arguments: [now])
            try db.execute(sql: "INSERT INTO outbox(item, key, at) SELECT 'event', id, ? FROM event", arguments: [now])
        }
    }
}
