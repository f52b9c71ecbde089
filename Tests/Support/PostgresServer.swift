import Foundation

/// Debian's PostgreSQL, started for a test in a temporary data folder on 127.0.0.1 with a password
/// (scram-sha-256), stopped and removed by `remove()`. As root the server runs as the `postgres` user
/// (PostgreSQL refuses root). A missing server fails the test with its install hint.
public final class PostgresServer: @unchecked Sendable {
    public let folder: String
    public let port: Int
    public let user = "valise"
    public let password: String
    let bin: String
    let asPostgres: Bool

    /// Creates the cluster and starts it.
    public init() throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let version = versions.sorted().last(where: { FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\($0)/bin/initdb") }) else {
            throw MissingTool(tool: "initdb (PostgreSQL server)", package: "postgresql")
        }
        bin = "/usr/lib/postgresql/\(version)/bin"
        asPostgres = getuid() == 0
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-pg-\(UUID().uuidString.prefix(8))").path
        password = "pw-" + UUID().uuidString.prefix(12)
        port = try Self.freePort()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let passwordFile = folder + "/pw"
        try Data(password.utf8).write(to: URL(fileURLWithPath: passwordFile))
        if asPostgres {
            _ = try Tools.run("/bin/chown", ["-R", "postgres:postgres", folder])
        }
        let initdb = try postgresTool("initdb", ["-D", folder + "/data", "-U", user, "--pwfile=\(passwordFile)", "--auth=scram-sha-256",
                                                 "-E", "UTF8", "--locale=C"])
        guard initdb.status == 0 else { throw ServerFailure(what: "initdb", output: initdb.output) }
        try start()
    }

    /// postgres://valise:PASSWORD@127.0.0.1:PORT/DATABASE
    public func url(database: String = "postgres", password withPassword: Bool = true) -> String {
        "postgres://\(user)\(withPassword ? ":" + password : "")@127.0.0.1:\(port)/\(database)"
    }

    /// Starts the server (again) on the same port and data.
    public func start() throws {
        let options = "-h 127.0.0.1 -p \(port) -k \(folder) -c fsync=off -c full_page_writes=off -c max_connections=60"
        let run = try postgresTool("pg_ctl", ["-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60", "-o", options, "start"])
        guard run.status == 0 else {
            let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
            throw ServerFailure(what: "pg_ctl start", output: run.output + log)
        }
    }

    /// Stops the server (fast: open connections are closed).
    public func stop() throws {
        let run = try postgresTool("pg_ctl", ["-D", folder + "/data", "-m", "fast", "-w", "stop"])
        guard run.status == 0 else { throw ServerFailure(what: "pg_ctl stop", output: run.output) }
    }

    /// Runs SQL through Debian's psql (a second opinion on what Valise wrote); returns the rows, `|`-separated.
    public func psql(_ sql: String, database: String = "postgres") throws -> [String] {
        let psql = try Tools.locate("psql", package: "postgresql-client")
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password
        let run = try Tools.run(psql, ["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "\(port)", "-U", user, "-d", database,
                                       "-c", sql], environment: environment)
        guard run.status == 0 else { throw ServerFailure(what: "psql", output: run.output) }
        return run.text.split(separator: "\n").map(String.init)
    }

    /// Stops the server if it runs and removes its folder.
    public func remove() {
        _ = try? postgresTool("pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func postgresTool(_ name: String, _ arguments: [String]) throws -> ToolRun {
        if asPostgres {
            return try Tools.run("/usr/sbin/runuser", ["-u", "postgres", "--", bin + "/" + name] + arguments, timeout: 90, mergeOutput: true)
        }
        return try Tools.run(bin + "/" + name, arguments, timeout: 90, mergeOutput: true)
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ServerFailure(what: "a free port", output: String(cString: strerror(errno))) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The server could not be set up.
    public struct ServerFailure: Error, CustomStringConvertible {
        public let what: String
        public let output: String
        public var description: String { "PostgreSQL test server: \(what) failed: \(output)" }
    }
}
