import Diagnostics
import Foundation

/// The district server, from `--inventory postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?…]` or `VALISE_INVENTORY`.
///
/// The password, when the URL carries one, is only handed to libpq: messages, logs, reports and the
/// inventory see `redacted`. Without one, libpq reads it from the pgpass file (`passfile=` in the URL,
/// `PGPASSFILE`, or `~/.pgpass`), which must be readable by its owner only.
public struct DistrictURL: Sendable, Equatable, CustomStringConvertible {
    /// What libpq is given (with the password, if any).
    let connectionString: String
    public let user: String?
    public let host: String
    public let port: Int
    public let database: String
    /// The URL's own query parameters.
    let parameters: [String: String]
    public let hasPassword: Bool

    /// Whether `text` names a district server rather than a local file.
    public static func isDistrict(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a `postgres://` URL; the error names what is wrong.
    public init(_ text: String) throws {
        guard Self.isDistrict(text), var parts = URLComponents(string: text) else {
            throw DistrictError.badURL(Self.redact(text), Say.districtURLShape)
        }
        guard let host = parts.host, !host.isEmpty else { throw DistrictError.badURL(Self.redact(text), Say.districtURLNoHost) }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw DistrictError.badURL(Self.redact(text), Say.districtURLNoDatabase)
        }
        if let port = parts.port, !(1...65535).contains(port) { throw DistrictError.badURL(Self.redact(text), Say.districtURLPort(port)) }
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.port = parts.port ?? 5432
        self.database = database
        user = parts.user
        hasPassword = !(parts.password ?? "").isEmpty
        var parameters: [String: String] = [:]
        for item in parts.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
        self.parameters = parameters
        var items = parts.queryItems ?? []
        if parameters["connect_timeout"] == nil { items.append(URLQueryItem(name: "connect_timeout", value: "5")) }
        if parameters["application_name"] == nil { items.append(URLQueryItem(name: "application_name", value: "valise")) }
        parts.queryItems = items
        connectionString = parts.string ?? text
    }

    /// The server as messages show it: postgres://USER@HOST:PORT/DATABASE, never the password.
    public var redacted: String { "postgres://\(user.map { $0 + "@" } ?? "")\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)" }
    public var description: String { redacted }

    /// A URL's text with its password replaced, for messages about a URL that did not parse.
    public static func redact(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    /// The pgpass file libpq would read, if there is one.
    var passwordFile: String? {
        if let file = parameters["passfile"] { return file }
        if let file = ProcessInfo.processInfo.environment["PGPASSFILE"] { return file }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        let file = home + "/.pgpass"
        return FileManager.default.fileExists(atPath: file) ? file : nil
    }

    /// Refuses a pgpass file others can read (libpq would skip it with a warning nobody sees).
    public func checkPasswordFile() throws {
        guard !hasPassword, let file = passwordFile else { return }
        var info = stat()
        guard stat(file, &info) == 0 else {
            if parameters["passfile"] != nil || ProcessInfo.processInfo.environment["PGPASSFILE"] != nil {
                throw DistrictError.passwordFile(file, Say.districtPasswordFileMissing)
            }
            return
        }
        if info.st_mode & 0o077 != 0 {
            throw DistrictError.passwordFile(file, Say.districtPasswordFileOpen(mode: String(info.st_mode & 0o777, radix: 8)))
        }
    }
}
