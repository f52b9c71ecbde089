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

    /// The message.
    public var description: String {
        switch self {
        case let .badURL(url, why):
            return "The district inventory address \(url) cannot be used: \(why). Give --inventory or VALISE_INVENTORY as postgres://USER@HOST:PORT/DATABASE (the password in a 0600 pgpass file)."
        case let .unreachable(url, why):
            return "The district server \(url) cannot be reached (\(why)). This station keeps provisioning on its own journal and uploads when the server is back; check the server, the network and the address."
        case let .refused(url, why):
            return "The district server \(url) refused this station (\(why)). Check the user and the password in the pgpass file (a line HOST:PORT:DATABASE:USER:PASSWORD, mode 0600)."
        case let .passwordFile(file, why):
            return "The password file \(file) cannot be used: \(why). Make it readable by its owner only: chmod 600 \(file)."
        case let .lost(url, why, _):
            return "The connection to the district server \(url) was lost (\(why)). Nothing is lost: the changes stay on this station and go up when the server is back."
        case let .statement(why, _):
            return "The district server refused an update (\(why)). Check that every station runs the same Valise version; `valise doctor` shows the schema versions."
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
