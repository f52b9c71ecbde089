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
