import Foundation
import GRDB

/// The station's inventory: tablets, runs, the step journal and events, in SQLite (WAL) under `$VALISE_HOME`.
///
/// One `DatabasePool` per process (GRDB's rule); it serialises writes and lets reads run beside them,
/// so jobs on their own queues may record steps at any time. `@unchecked Sendable`: the pool is thread-safe.
public final class Inventory: @unchecked Sendable {
    let pool: DatabasePool
    /// The database file.
    public let path: String
    /// Whether each change is also queued in the outbox, for a district server (`DistrictInventory`): asked for,
    /// or the file has joined a district before (a run without `--inventory` still reaches the district later).
    public let queuesChanges: Bool

    /// Opens (creating and migrating) the inventory at `path`; `queuesChanges`: a district station's local journal.
    public init(path: String, queuesChanges: Bool = false) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "valise.inventory"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
            let joined = try pool.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM meta WHERE key = 'district'") } ?? false
            self.queuesChanges = queuesChanges || joined
        } catch {
            throw InventoryError.cannotOpen(path, "\(error)")
        }
    }

    /// The inventory of `$VALISE_HOME` (`inventory.sqlite`).
    public convenience init(home: String, queuesChanges: Bool = false) throws {
        try self.init(path: home + "/inventory.sqlite", queuesChanges: queuesChanges)
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
        return migrator
    }

    /// The schema versions, oldest first: every store applies each once (`InventoryMigrations` in District mirrors them).
    public static var schemaVersions: [String] { migrator.migrations }
}

/// The inventory could not be used.
public enum InventoryError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(String, String)

    /// The message.
    public var description: String {
        switch self {
        case let .cannotOpen(path, why):
            return "The inventory \(path) cannot be opened (\(why)). Check the disk and VALISE_HOME; restore it from a backup if it is damaged."
        }
    }
}
