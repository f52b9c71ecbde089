import Foundation

/// The district database's schema: the same versions as the station's SQLite inventory (`Inventory.schemaVersions`),
/// each applied once, under an advisory lock so that stations starting together do not race.
/// Never edit a shipped version: add one, here and in `Inventory`.
public enum DistrictSchema {
    /// Each version's statements.
    static let migrations: [(version: String, statements: [String])] = [
        ("v1", [
            """
            CREATE TABLE station (instance text PRIMARY KEY, name text NOT NULL, first_upload timestamptz NOT NULL,
                                  last_upload timestamptz NOT NULL)
            """,
            """
            CREATE TABLE tablet (serial text PRIMARY KEY, model text, name text, school text, class_name text, case_name text,
                                 slot integer, firmware text, agent_version integer, bundle_digest text,
                                 bundle_sequence integer NOT NULL DEFAULT 0, status text NOT NULL DEFAULT 'new', reason text,
                                 updated_at timestamptz NOT NULL, instance text REFERENCES station)
            """,
            """
            CREATE TABLE run (instance text NOT NULL REFERENCES station, local_id bigint NOT NULL, command text NOT NULL,
                              profile text, started_at timestamptz NOT NULL, finished_at timestamptz,
                              status text NOT NULL DEFAULT 'running', PRIMARY KEY (instance, local_id))
            """,
            """
            CREATE TABLE journal (instance text NOT NULL REFERENCES station, local_id bigint NOT NULL, run_id bigint NOT NULL,
                                  serial text NOT NULL, step text NOT NULL, phase text NOT NULL, detail text,
                                  at timestamptz NOT NULL, PRIMARY KEY (instance, local_id))
            """,
            "CREATE INDEX journal_serial ON journal (serial)",
            """
            CREATE TABLE event (instance text NOT NULL REFERENCES station, local_id bigint NOT NULL, run_id bigint, serial text,
                                kind text NOT NULL, message text NOT NULL, at timestamptz NOT NULL, PRIMARY KEY (instance, local_id))
            """,
        ]),
        ("v2", ["ALTER TABLE tablet ADD COLUMN bundle_content text"]),
        ("v3", ["ALTER TABLE tablet ADD COLUMN profile_path text, ADD COLUMN firmware_status text, ADD COLUMN address text"]),
        ("v4", [
            // A tablet that changes school or case keeps one record; each move is written down.
            """
            CREATE TABLE tablet_move (serial text NOT NULL, from_school text, from_case text, to_school text, to_case text,
                                      instance text NOT NULL REFERENCES station, at timestamptz NOT NULL,
                                      PRIMARY KEY (serial, instance, at))
            """,
        ]),
        // The station's v5 is its tablet leases (one job per tablet across the station's processes); the district
        // keeps no lease, since leases stay on each station: the version is only marked, to keep the versions equal.
        ("v5", ["SELECT 1"]),
        // A tablet is worked on by one station at a time: each job's lease, renewed by its station while it runs
        // (`DistrictInventory+Lease.swift`). The station's v6 is only marked.
        ("v6", [
            """
            CREATE TABLE tablet_lease (serial text PRIMARY KEY, command text NOT NULL, pid integer NOT NULL, host text NOT NULL,
                                       station text NOT NULL, since timestamptz NOT NULL, token text NOT NULL,
                                       renewed_at timestamptz NOT NULL)
            """,
        ]),
    ]

    /// The versions, oldest first.
    public static var versions: [String] { migrations.map(\.version) }

    /// Applies the versions the database lacks, in one transaction; returns those applied.
    @discardableResult
    public static func migrate(_ connection: PostgresConnection) throws -> [String] {
        try connection.transaction {
            // Any constant works, as long as every station uses the same one.
            try connection.execute("SELECT pg_advisory_xact_lock(7451330)")
            try connection.execute("CREATE TABLE IF NOT EXISTS valise_schema (version text PRIMARY KEY, applied_at timestamptz NOT NULL)")
            let applied = Set(try connection.execute("SELECT version FROM valise_schema").compactMap { $0.first ?? nil })
            if let unknown = applied.subtracting(versions).sorted().first {
                throw DistrictError.statement("the district database has schema version \(unknown), newer than this Valise knows; update Valise on this station", sqlState: nil)
            }
            var done: [String] = []
            for migration in migrations where !applied.contains(migration.version) {
                for statement in migration.statements { try connection.execute(statement) }
                try connection.execute("INSERT INTO valise_schema (version, applied_at) VALUES ($1, now())", [migration.version])
                done.append(migration.version)
            }
            return done
        }
    }

    /// The versions the database has.
    public static func applied(_ connection: PostgresConnection) throws -> [String] {
        try connection.execute("SELECT version FROM valise_schema ORDER BY version").compactMap { $0.first ?? nil }
    }
}
