import Foundation
import GRDB

/// One tablet as the inventory knows it.
public struct TabletRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "tablet"
    public var serial: String
    public var model: String?
    public var name: String?
    public var school: String?
    public var className: String?
    public var caseName: String?
    public var slot: Int?
    public var firmware: String?
    public var agentVersion: Int?
    public var bundleDigest: String?
    public var bundleSequence: Int
    /// Digest of the applied bundle's content without its sequence and dates.
    public var bundleContent: String?
    /// The profile (file, or library folder with `className`) it was provisioned from: re-provisioning reuses it.
    public var profilePath: String?
    /// How its firmware stands against its class's level: up to date, needs flashing, unknown model.
    public var firmwareStatus: String?
    /// The USB port path it was last seen on ("1-1.3"), or its TCP address.
    public var address: String?
    /// new, provisioning, provisioned, failed.
    public var status: String
    /// Why it failed, with the fix.
    public var reason: String?
    public var updatedAt: Date

    /// A tablet seen for the first time.
    public init(serial: String, model: String? = nil, now: Date = Date()) {
        self.serial = serial
        self.model = model
        bundleSequence = 0
        status = "new"
        updatedAt = now
    }
}

/// One journal line: a step of one tablet's job, before or after it ran.
public struct JournalEntry: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "journal"
    /// started: about to apply; done: applied and verified; skipped: already satisfied; failed.
    public enum Phase: String, Codable, Sendable { case started, done, skipped, failed }
    public var id: Int64?
    public var runId: Int64
    public var serial: String
    public var step: String
    public var phase: Phase
    public var detail: String?
    public var at: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One provisioning run.
public struct RunRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "run"
    public var id: Int64?
    public var command: String
    public var profile: String?
    public var startedAt: Date
    public var finishedAt: Date?
    public var status: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Something worth telling later (a tablet unplugged, a retry).
public struct EventRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "event"
    public var id: Int64?
    public var runId: Int64?
    public var serial: String?
    public var kind: String
    public var message: String
    public var at: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

// The tablet and journal rows are read and written by hand rather than through Codable: a tablet's job reads and
// writes them about twenty times, and Codable's reflection was a third of the inventory's time.
extension TabletRecord {
    public init(row: Row) throws {
        serial = try row.decode(forColumn: "serial")
        model = try row.decode(forColumn: "model")
        name = try row.decode(forColumn: "name")
        school = try row.decode(forColumn: "school")
        className = try row.decode(forColumn: "className")
        caseName = try row.decode(forColumn: "caseName")
        slot = try row.decode(forColumn: "slot")
        firmware = try row.decode(forColumn: "firmware")
        agentVersion = try row.decode(forColumn: "agentVersion")
        bundleDigest = try row.decode(forColumn: "bundleDigest")
        bundleSequence = try row.decode(forColumn: "bundleSequence")
        bundleContent = try row.decode(forColumn: "bundleContent")
        profilePath = try row.decode(forColumn: "profilePath")
        firmwareStatus = try row.decode(forColumn: "firmwareStatus")
        address = try row.decode(forColumn: "address")
        status = try row.decode(forColumn: "status")
        reason = try row.decode(forColumn: "reason")
        updatedAt = try row.decode(forColumn: "updatedAt")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        for (column, value) in zip(Self.columns, databaseValues) { container[column] = value }
    }

    /// The columns of a row, in the order of `databaseValues`.
    static let columns = ["serial", "model", "name", "school", "className", "caseName", "slot", "firmware", "agentVersion",
                          "bundleDigest", "bundleSequence", "bundleContent", "profilePath", "firmwareStatus", "address", "status",
                          "reason", "updatedAt"]

    /// The row's values, in the order of `columns`.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        [serial, model, name, school, className, caseName, slot, firmware, agentVersion, bundleDigest, bundleSequence, bundleContent,
         profilePath, firmwareStatus, address, status, reason, StoredDate.text(updatedAt)]
    }

    /// Inserts the row or updates the one of its serial: one cached statement (a tablet's job saves it several times).
    static let upsert = "INSERT INTO tablet (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", "))) "
        + "ON CONFLICT(serial) DO UPDATE SET \(columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", "))"
}

extension JournalEntry.Phase: DatabaseValueConvertible {}

extension JournalEntry {
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        runId = try row.decode(forColumn: "runId")
        serial = try row.decode(forColumn: "serial")
        step = try row.decode(forColumn: "step")
        phase = try row.decode(forColumn: "phase")
        detail = try row.decode(forColumn: "detail")
        at = try row.decode(forColumn: "at")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["runId"] = runId
        container["serial"] = serial
        container["step"] = step
        container["phase"] = phase
        container["detail"] = detail
        container["at"] = StoredDate.text(at)
    }
}
