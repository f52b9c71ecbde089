import Dispatch
import Diagnostics
import Foundation
import Inventory

/// A station of a district: the engine records into the station's own SQLite inventory (its journal, so
/// provisioning never waits for the network), each change is queued in the same transaction, and a sync
/// queue uploads the queue to the district's PostgreSQL every few seconds and when the command ends.
/// A server that is away only delays the upload.
///
/// `@unchecked Sendable`: `connection`, `timer`, `serverLeases` and `awaySince` are touched on `queue` only; the
/// local inventory is thread-safe.
public final class DistrictInventory: InventoryStore, @unchecked Sendable {
    /// The station's own inventory (the local journal).
    public let local: Inventory
    /// The district server.
    public let server: DistrictURL
    /// This station's name on the server.
    public let station: String
    let instance: String
    private let queue = DispatchQueue(label: "valise.district.sync")
    private var connection: PostgresConnection?
    private var timer: DispatchSourceTimer?
    /// The server leases this process holds, token → serial (renewed at each sync).
    var serverLeases: [String: String] = [:]
    /// When the server was last found away: leases are not asked of it for `awayPause` seconds after.
    private var awaySince: Date?
    private let awayPause: TimeInterval = 15
    /// How long a server lease no station renews keeps its tablet (`defaultLeaseExpiry`).
    var leaseExpiry = DistrictInventory.defaultLeaseExpiry
    /// Changes sent per transaction.
    var batchSize = 500

    /// Opens the local journal under `home` and, the first time this station meets `server`, queues its whole history.
    public init(server: DistrictURL, home: String, station: String = DistrictInventory.defaultStation) throws {
        try server.checkPasswordFile()
        self.server = server
        self.station = station
        local = try Inventory(home: home, queuesChanges: true)
        instance = try local.instance()
        if try local.meta("district") != server.redacted {
            try local.queueEverything()
            try local.setMeta("district", server.redacted)
        }
    }

    /// `VALISE_STATION`, or the host name.
    public static var defaultStation: String {
        if let name = ProcessInfo.processInfo.environment["VALISE_STATION"], !name.isEmpty { return name }
        return ProcessInfo.processInfo.hostName
    }

    deinit { timer?.cancel() }

    // MARK: InventoryStore: the local journal

    public var location: String { Say.districtLocation(server.redacted, journal: local.path) }
    public func beginRun(command: String, profile: String?, now: Date) throws -> Int64 { try local.beginRun(command: command, profile: profile, now: now) }
    public func finishRun(_ id: Int64, status: String, now: Date) throws { try local.finishRun(id, status: status, now: now) }
    public func journal(run: Int64, serial: String, step: String, _ phase: JournalEntry.Phase, detail: String?, now: Date) throws {
        try local.journal(run: run, serial: serial, step: step, phase, detail: detail, now: now)
    }
    public func journal(serial: String) throws -> [JournalEntry] { try local.journal(serial: serial) }
    public func event(run: Int64?, serial: String?, kind: String, message: String, now: Date) throws {
        try local.event(run: run, serial: serial, kind: kind, message: message, now: now)
    }
    public func save(_ tablet: TabletRecord) throws { try local.save(tablet) }
    public func tablet(serial: String) throws -> TabletRecord? { try local.tablet(serial: serial) }
    public func tablets() throws -> [TabletRecord] { try local.tablets() }
    public func tablets(caseName: String?, className: String?) throws -> [TabletRecord] {
        try local.tablets(caseName: caseName, className: className)
    }
    public func tablets(named name: String) throws -> [TabletRecord] { try local.tablets(named: name) }
    public func checkpoint() throws { try local.checkpoint() }
    public func runs() throws -> [RunRecord] { try local.runs() }

    // MARK: Upload

    /// Uploads in the background every `interval` seconds while the command runs.
    public func startSyncing(every interval: TimeInterval = DistrictInventory.defaultInterval) {
        queue.sync {
            guard timer == nil else { return }
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(200))
            timer.setEventHandler { [weak self] in
                self?.renewServerLeases()
                _ = self?.uploadOnQueue(deadline: nil)
            }
            timer.resume()
            self.timer = timer
        }
    }

    /// `VALISE_DISTRICT_SYNC_SECONDS`, or 2.
    public static var defaultInterval: TimeInterval {
        ProcessInfo.processInfo.environment["VALISE_DISTRICT_SYNC_SECONDS"].flatMap(TimeInterval.init).map { max(0.05, $0) } ?? 2
    }

    /// Stops the background upload and uploads what is left, trying for at most `seconds` while the server is away.
    public func finish(within seconds: TimeInterval) -> SyncResult {
        queue.sync {
            timer?.cancel()
            timer = nil
        }
        return sync(within: seconds)
    }

    /// Uploads everything queued now; while the server is away, tries again until `seconds` have passed.
    public func sync(within seconds: TimeInterval = 0) -> SyncResult {
        let deadline = Date().addingTimeInterval(seconds)
        var total = 0
        while true {
            var result = queue.sync { uploadOnQueue(deadline: deadline) }
            total += result.uploaded
            result.uploaded = total
            guard let error = result.error, error.isAway, Date() < deadline else { return result }
            Thread.sleep(forTimeInterval: min(0.5, max(0, deadline.timeIntervalSinceNow)))
        }
    }

    /// One upload pass, on `queue`: batch after batch until the outbox is empty or the server fails.
    private func uploadOnQueue(deadline: Date?) -> SyncResult {
        var uploaded = 0
        do {
            while true {
                let batch = try local.outboxBatch(limit: batchSize)
                guard batch.lastID > 0 else { break }
                let connection = try connected()
                if !batch.isEmpty { try DistrictUpload.send(batch, instance: instance, station: station, over: connection) }
                // A crash here sends the batch again next time: the server keeps the rows it has.
                try local.removeOutbox(through: batch.lastID)
                uploaded += batch.changes
            }
            try local.setMeta("lastUpload", String(Date().timeIntervalSince1970))
            try local.setMeta("lastError", nil)
            return SyncResult(uploaded: uploaded, waiting: 0, error: nil)
        } catch {
            let problem = error as? DistrictError ?? .statement("\(error)", sqlState: nil)
            if problem.isAway { connection = nil }
            try? local.setMeta("lastError", problem.description)
            return SyncResult(uploaded: uploaded, waiting: (try? local.pending().count) ?? 0, error: problem)
        }
    }

    /// Runs `body` on the sync queue and waits for it.
    func onQueue<T>(_ body: () -> T) -> T { queue.sync(execute: body) }

    /// Runs `body` on the sync queue later (before any later `onQueue`, `sync` or `finish`).
    func onQueueLater(_ body: @escaping @Sendable () -> Void) { queue.async(execute: body) }

    /// On the queue: the connection, or nil while the server was found away in the last `awayPause` seconds
    /// (so that thirty tablets do not each wait for the connection timeout).
    func reachableConnection() -> PostgresConnection? {
        if let awaySince, Date().timeIntervalSince(awaySince) < awayPause { return nil }
        do {
            let connection = try connected()
            awaySince = nil
            return connection
        } catch {
            noteTrouble(error)
            return nil
        }
    }

    /// On the queue: a failed statement or connection; an away server is left alone for a while.
    func noteTrouble(_ error: Error) {
        let problem = error as? DistrictError ?? .statement("\(error)", sqlState: nil)
        if problem.isAway || !(connection?.isOpen ?? false) {
            connection = nil
            awaySince = Date()
        }
        try? local.setMeta("lastError", problem.description)
    }

    /// The open connection, or a new one (migrating the schema the first time).
    private func connected() throws -> PostgresConnection {
        if let connection, connection.isOpen { return connection }
        connection = nil
        let fresh = try PostgresConnection(server)
        try DistrictSchema.migrate(fresh)
        connection = fresh
        return fresh
    }

    /// How far behind this station is.
    public func status() throws -> DistrictStatus {
        let pending = try local.pending()
        return DistrictStatus(server: server.redacted, station: station, waiting: pending.count, waitingSince: pending.since,
                              lastUpload: try local.meta("lastUpload").flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)),
                              lastError: try local.meta("lastError"))
    }
}

/// What an upload did.
public struct SyncResult: Sendable {
    /// Changes sent (as counted while they waited).
    public var uploaded: Int
    /// Changes still waiting on this station.
    public var waiting: Int
    /// Why it stopped early.
    public var error: DistrictError?
}

/// How far behind a station is (`valise doctor`, `valise sync`).
public struct DistrictStatus: Sendable {
    public var server: String
    public var station: String
    public var waiting: Int
    public var waitingSince: Date?
    public var lastUpload: Date?
    public var lastError: String?
}
