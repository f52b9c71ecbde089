import Diagnostics
import Foundation
import GRDB

/// The station's inventory: tablets, runs, the step journal and events, in SQLite (WAL) under `$VALISE_HOME`.
///
/// One `DatabasePool` per process (GRDB's rule); it serialises writes and lets reads run beside them,
/// so jobs on their own queues may record steps at any time. `@unchecked Sendable`: the pool is thread-safe.
public final class Inventory: @unchecked Sendable {
    /// A `DatabasePool` (WAL: reads beside writes), or a read-only `DatabaseQueue` for commands that only read.
    let pool: any DatabaseWriter
    /// The database file.
    public let path: String
    /// Whether each change is also queued in the outbox, for a district server (`DistrictInventory`): asked for,
    /// or the file has joined a district before (a run without `--inventory` still reaches the district later).
    public let queuesChanges: Bool
    /// Opened read-only (`valise report`): works on a read-only file, folder or disk; every write fails.
    public let isReadOnly: Bool

    /// Opens (creating and migrating) the inventory at `path`; `queuesChanges`: a district station's local journal.
    /// `readOnly`: only reads, so nothing is created, migrated or written. An existing file that is not a Valise
    /// inventory (empty, not SQLite, SQLite without Valise's tables) is refused, never taken as a new inventory.
    public init(path: String, queuesChanges: Bool = false, readOnly: Bool = false) throws {
        self.path = path
        isReadOnly = readOnly
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "valise.inventory"
        configuration.readonly = readOnly
        do {
            if !readOnly {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            let folder = (path as NSString).deletingLastPathComponent
            let lock = FolderLock(folder: folder.isEmpty ? "." : folder, exclusive: !readOnly)
            defer { lock?.unlock() }
            try Self.checkFile(path)
            pool = readOnly ? try Self.openReadOnly(path, configuration) : try DatabasePool(path: path, configuration: configuration)
            let tables = try pool.read { db in try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
            if !tables.isEmpty && !tables.contains("tablet") && !tables.contains("grdb_migrations") {
                throw InventoryError.notAnInventory(path, Say.notAnInventoryForeignTables)
            }
            if readOnly {
                if tables.isEmpty {
                    throw InventoryError.notAnInventory(path, Say.notAnInventoryNoTables)
                }
                guard try pool.read({ db in try Self.migrator.hasCompletedMigrations(db) }) else {
                    throw InventoryError(.olderSchema, path: path, summary: Say.inventoryOlder(path),
                                         reason: Say.inventoryOlderWhy, action: Say.inventoryOlderFix)
                }
            } else {
                try Self.migrator.migrate(pool)
            }
            let joined = try pool.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM meta WHERE key = 'district'") } ?? false
            self.queuesChanges = queuesChanges || joined
        } catch {
            throw InventoryError.from(error, path: path, doing: Say.inventoryOpening)
        }
    }

    /// The inventory of `$VALISE_HOME` (`inventory.sqlite`).
    public convenience init(home: String, queuesChanges: Bool = false, readOnly: Bool = false) throws {
        try self.init(path: home + "/inventory.sqlite", queuesChanges: queuesChanges, readOnly: readOnly)
    }

    /// Refuses an existing file that cannot be an inventory: empty, or without SQLite's header.
    static func checkFile(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { throw InventoryError.notAnInventory(path, Say.notAnInventoryEmpty) }
        if header != Data("SQLite format 3\u{0}".utf8) { throw InventoryError.notAnInventory(path, Say.notAnInventoryNotSQLite) }
    }

    /// Opens for reading only. On a read-only folder or disk SQLite cannot create the -shm file that WAL readers
    /// share; when the WAL holds nothing (Valise empties it at the end of each command) the file alone is the whole
    /// inventory, so it is then opened as immutable (a `file:` URI with `immutable=1`).
    static func openReadOnly(_ path: String, _ configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            guard wal == 0 else { throw error }
            return try DatabaseQueue(path: URL(fileURLWithPath: path).absoluteString + "?immutable=1", configuration: configuration)
        }
    }

    /// Reads, with SQLite's errors turned into `InventoryError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw InventoryError.from(error, path: path, doing: Say.inventoryReading) }
    }

    /// `read` for a body that runs one statement: SQLite's own read transaction around a statement makes it
    /// consistent, so no BEGIN and COMMIT around it (a tablet's job reads its row several times).
    func select<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.unsafeRead(body) } catch { throw InventoryError.from(error, path: path, doing: Say.inventoryReading) }
    }

    /// Writes in one transaction, with SQLite's errors turned into `InventoryError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw InventoryError.from(error, path: path, doing: Say.inventoryRecording) }
    }

    /// The schema, one migration per shipped version. Never edit a shipped migration: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "tablet") { t in
                t.primaryKey("serial", .text)
                t.column("model", .text)
                t.column("name", .text)
                t.column("school", .text)
                t.column("className", .text)
                t.column("caseName", .text)
                t.column("slot", .integer)
                t.column("firmware", .text)
                t.column("agentVersion", .integer)
                t.column("bundleDigest", .text)
                t.column("bundleSequence", .integer).notNull().defaults(to: 0)
                t.column("status", .text).notNull().defaults(to: "new")
                t.column("reason", .text)
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("command", .text).notNull()
                t.column("profile", .text)
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("status", .text).notNull().defaults(to: "running")
            }
            try db.create(table: "journal") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("serial", .text).notNull().indexed()
                t.column("step", .text).notNull()
                t.column("phase", .text).notNull()
                t.column("detail", .text)
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("run", onDelete: .cascade)
                t.column("serial", .text).indexed()
                t.column("kind", .text).notNull()
                t.column("message", .text).notNull()
                t.column("at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v2") { db in
            // The digest of the bundle's content without its sequence and dates: the bundle step is
            // satisfied when it and the agent's applied digest both match.
            try db.alter(table: "tablet") { t in t.add(column: "bundleContent", .text) }
        }
        migrator.registerMigration("v3") { db in
            // Re-provisioning reuses the profile; reports show firmware compliance and where the tablet was seen.
            try db.alter(table: "tablet") { t in
                t.add(column: "profilePath", .text)
                t.add(column: "firmwareStatus", .text)
                t.add(column: "address", .text)
            }
        }
        migrator.registerMigration("v4") { db in
            // A district station's changes wait in the outbox until the district server has them; `instance`
            // names this inventory file on the server, so that its row ids never clash with another station's.
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("item", .text).notNull()
                t.column("key", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('instance', ?)", arguments: [UUID().uuidString.lowercased()])
        }
        migrator.registerMigration("v5") { db in
            // A tablet is worked on by one job at a time, across the station's processes (`Inventory+Lease.swift`).
            try createLeaseTable(db)
        }
        migrator.registerMigration("v6") { _ in
            // The district's v6 is its tablet leases across stations (`DistrictSchema`); here it is only marked,
            // to keep the versions of the two stores equal.
        }
        return migrator
    }

    /// The schema versions, oldest first: every store applies each once (`InventoryMigrations` in District mirrors them).
    public static var schemaVersions: [String] { migrator.migrations }
}
