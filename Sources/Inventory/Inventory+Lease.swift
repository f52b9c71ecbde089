import Diagnostics
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// Who works on a tablet: one job of one valise command, on one station.
public struct TabletLease: Sendable, Equatable {
    /// The command that holds it (`provision`, `watch`, `rentree`…).
    public let command: String
    /// The holder's process.
    public let pid: Int32
    /// The station the holder runs on.
    public let host: String
    /// When it was taken.
    public let since: Date
    /// Tells two jobs of the same process apart (a rentrée runs several cases in one process).
    public let token: String

    /// A lease for a job of this process, taken now.
    public init(command: String, pid: Int32 = getpid(), host: String = ProcessInfo.processInfo.hostName,
                since: Date = Date(), token: String = UUID().uuidString) {
        self.command = command
        self.pid = pid
        self.host = host
        self.since = since
        self.token = token
    }

    /// Whether its holder still runs: a lease of this station whose process is gone is taken over.
    /// (A lease of another host is never taken over from here: its process cannot be checked.)
    public var holderIsAlive: Bool {
        guard host == ProcessInfo.processInfo.hostName else { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// "`valise provision` (PID 1234) since 14:02", for messages.
    public var holderDescription: String {
        let clock = DateFormatter()
        clock.dateFormat = Calendar.current.isDateInToday(since) ? "HH:mm" : "yyyy-MM-dd HH:mm"
        return Say.leaseHolder(command: command, pid: pid, host: host == ProcessInfo.processInfo.hostName ? nil : host,
                              since: clock.string(from: since))
    }
}

extension Inventory {
    /// Takes the lease of `serial` for `lease`, in one `BEGIN IMMEDIATE` transaction (no other process can take it
    /// between the check and the insert). Returns nil when taken (free, or its holder died: taken over), or the
    /// living holder that keeps it.
    public func takeLease(serial: String, for lease: TabletLease) throws -> TabletLease? {
        try immediate { db in
            if let held = try Self.lease(db, serial: serial), held.token != lease.token, held.holderIsAlive { return held }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO tabletLease(serial, command, pid, host, since, token) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [serial, lease.command, lease.pid, lease.host, lease.since, lease.token])
            return nil
        }
    }

    /// Gives the lease of `serial` back, when `lease` still holds it (one taken over is left to its new holder).
    public func releaseLease(serial: String, for lease: TabletLease) throws {
        try immediate { db in
            try db.cachedStatement(sql: "DELETE FROM tabletLease WHERE serial = ? AND token = ?").execute(arguments: [serial, lease.token])
        }
    }

    /// Every lease, by serial (living holders or not).
    public func leases() throws -> [String: TabletLease] {
        try read { db in
            var found: [String: TabletLease] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM tabletLease") {
                found[row["serial"]] = Self.lease(row)
            }
            return found
        }
    }

    static func lease(_ db: Database, serial: String) throws -> TabletLease? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM tabletLease WHERE serial = ?"), arguments: [serial]).map(lease)
    }

    static func lease(_ row: Row) -> TabletLease {
        TabletLease(command: row["command"], pid: row["pid"], host: row["host"], since: row["since"], token: row["token"])
    }

    /// Writes in one `BEGIN IMMEDIATE` transaction: the write lock is taken first, so that two processes never both
    /// read a free lease and then both write it.
    func immediate<T>(_ body: @escaping (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "no result") }
                return result
            }
        } catch {
            throw InventoryError.from(error, path: path, doing: Say.inventoryTakingOrGivingLease)
        }
    }

    /// The lease table (schema v5): one row per tablet being worked on, keyed by serial.
    static func createLeaseTable(_ db: Database) throws {
        try db.create(table: "tabletLease") { t in
            t.primaryKey("serial", .text)
            t.column("command", .text).notNull()
            t.column("pid", .integer).notNull()
            t.column("host", .text).notNull()
            t.column("since", .datetime).notNull()
            t.column("token", .text).notNull()
        }
    }
}
