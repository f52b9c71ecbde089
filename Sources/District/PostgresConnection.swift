import CLibPQ
import Diagnostics
import Foundation

/// One connection to the district's PostgreSQL server, through libpq (synchronous: it runs on the district
/// sync queue, never on a tablet's queue).
///
/// `@unchecked Sendable`: the libpq handle is used under `lock` only, so one statement runs at a time, and a
/// transaction holds the lock from BEGIN to COMMIT: another thread's statement never lands inside it.
public final class PostgresConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    /// Recursive: a transaction holds it while its statements take it again.
    private let lock = NSRecursiveLock()
    /// The server, without credentials.
    public let server: DistrictURL

    /// Connects (waiting at most the URL's `connect_timeout`, 5 s unless given).
    public init(_ url: DistrictURL) throws {
        server = url
        try url.checkPasswordFile()
        guard let handle = PQconnectdb(url.connectionString) else {
            throw DistrictError.unreachable(url.redacted, Say.districtNoConnection)
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let why = Self.message(PQerrorMessage(handle))
            PQfinish(handle)
            if why.contains("password authentication failed") || why.contains("no password supplied") {
                throw DistrictError.refused(url.redacted, why)
            }
            throw DistrictError.unreachable(url.redacted, why)
        }
        self.handle = handle
        // Notices ("relation already exists, skipping") are not for the parc manager's terminal.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        try execute("SET TIME ZONE 'UTC'")
    }

    deinit { PQfinish(handle) }

    /// Whether the connection still works (a stopped server breaks it).
    public var isOpen: Bool { lock.withLock { PQstatus(handle) == CONNECTION_OK } }

    /// Runs one statement with text parameters ($1, $2…; nil is NULL) and returns its rows as text.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        try lock.withLock {
            let values = parameters.map { $0.flatMap { strdup($0) } }
            defer { values.forEach { free($0) } }
            let result = values.map { UnsafePointer($0) }.withUnsafeBufferPointer { params in
                PQexecParams(handle, sql, Int32(params.count), nil, params.baseAddress, nil, nil, 0)
            }
            guard let result else { throw DistrictError.lost(server.redacted, Self.message(PQerrorMessage(handle)), sqlState: nil) }
            defer { PQclear(result) }
            switch PQresultStatus(result) {
            case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                return []
            case PGRES_TUPLES_OK:
                let rows = PQntuples(result), columns = PQnfields(result)
                return (0..<rows).map { row in
                    (0..<columns).map { column in
                        PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
                    }
                }
            default:
                let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
                let why = Self.message(PQresultErrorMessage(result))
                if PQstatus(handle) != CONNECTION_OK { throw DistrictError.lost(server.redacted, why, sqlState: state) }
                throw DistrictError.statement(why, sqlState: state)
            }
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws. Other threads' statements
    /// on this connection wait until it ends.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try lock.withLock {
            try execute("BEGIN")
            do {
                let value = try body()
                try execute("COMMIT")
                return value
            } catch {
                if isOpen { _ = try? execute("ROLLBACK") }
                throw error
            }
        }
    }

    static func message(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return Say.districtNoMessage }
        // libpq's messages span lines, some indented with a tab: one line for ours.
        let lines = String(cString: text).split(whereSeparator: \.isNewline)
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
    }
}
