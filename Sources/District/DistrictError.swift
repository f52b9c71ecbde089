import Diagnostics
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
        case let .badURL(url, why): return Say.districtBadURL(url, why: why)
        case let .unreachable(url, _): return Say.districtUnreachable(url)
        case let .refused(url, _): return Say.districtRefused(url)
        case let .passwordFile(file, why): return Say.districtPasswordFile(file, why: why)
        case let .lost(url, _, _): return Say.districtLost(url)
        case .statement: return Say.districtStatementRefused
        }
    }

    /// Why, in plain words (with what the server or libpq said).
    public var reason: String {
        switch self {
        case .badURL: return Say.districtBadURLWhy
        case let .unreachable(_, why): return Say.districtServerSaid(Self.sentence(why)) + " " + Say.districtKeepsProvisioning
        case let .refused(_, why): return Say.districtServerSaid(Self.sentence(why))
        case .passwordFile: return Say.districtPasswordFileWhy
        case let .lost(_, why, _): return Say.districtServerSaid(Self.sentence(why)) + " " + Say.districtNothingLost
        case let .statement(why, _): return Say.districtServerSaid(Self.sentence(why))
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
        case .badURL: return Say.districtBadURLFix
        case .unreachable, .lost: return Say.districtAwayFix
        case .refused: return Say.districtRefusedFix
        case let .passwordFile(file, _): return Say.districtPasswordFileFix(file)
        case .statement: return Say.districtStatementFix
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
