import Foundation

/// What went wrong with the district inventory, for school IT staff: what, why, the fix.
public enum DistrictError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `--inventory` / `VALISE_INVENTORY` URL is not usable.
    case badURL(String, String)
    /// The server cannot be reached (down, wrong host or port, network).
    case unreachable(String, String)
    /// The server refused the credentials.
    case refused(String, String)
    /// The pgpass file cannot be used.
    case passwordFile(String, String)
    /// The connection broke during a statement.
    case lost(String, String, sqlState: String?)
    /// A statement failed (the server is up).
    case statement(String, sqlState: String?)

    /// The message on one line: what happened, why, the fix.
    public var description: String { "\(summary) \(reason) \(action)" }

    /// What happened.
    public var summary: String {
        switch self {
        case let .badURL(url, why): return "The district inventory address \(url) cannot be used: \(why)."
        case let .unreachable(url, _): return "The district server \(url) cannot be reached."
        case let .refused(url, _): return "The district server \(url) refused this station."
        case let .passwordFile(file, why): return "The password file \(file) cannot be used: \(why)."
        case let .lost(url, _, _): return "The connection to the district server \(url) was lost."
        case .statement: return "The district server refused an update."
        }
    }

    /// Why, in plain words (with what the server or libpq said).
    public var reason: String {
        switch self {
        case .badURL: return "The address must name the server, its port and the database; the password belongs in a pgpass file."
        case let .unreachable(_, why):
            return "The server said: \(Self.sentence(why)) This station keeps provisioning on its own journal and uploads when the server is back."
        case let .refused(_, why): return "The server said: \(Self.sentence(why))"
        case .passwordFile: return "A pgpass file others can read would give the district's password away; libpq would also ignore it."
        case let .lost(_, why, _): return "The server said: \(Self.sentence(why)) Nothing is lost: the changes stay on this station and go up when the server is back."
        case let .statement(why, _): return "The server said: \(Self.sentence(why))"
        }
    }

    /// `text` ending with a full stop (libpq's messages end with one, a question mark, or nothing).
    static func sentence(_ text: String) -> String {
        guard let last = text.last, !".?!".contains(last) else { return text }
        return text + "."
    }

    /// The exact fix.
    public var action: String {
        switch self {
        case .badURL: return "Give --inventory or VALISE_INVENTORY as postgres://USER@HOST:PORT/DATABASE (the password in a 0600 pgpass file)."
        case .unreachable, .lost: return "Check the server, the network and the address; the changes go up with the next run, or now with `valise sync`."
        case .refused: return "Check the user and the password in the pgpass file (a line HOST:PORT:DATABASE:USER:PASSWORD, mode 0600)."
        case let .passwordFile(file, _): return "Make it readable by its owner only: chmod 600 \(file)."
        case .statement: return "Check that every station runs the same Valise version; `valise doctor` shows how far behind this station is."
        }
    }

    /// Whether the server is simply away (try again later), rather than refusing.
    public var isAway: Bool {
        switch self {
        case .unreachable, .lost: return true
        case .statement(_, let state): return state == "40001" || state == "40P01"
        default: return false
        }
    }
}
