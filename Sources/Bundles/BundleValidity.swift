import Diagnostics
import Foundation

/// The time a bundle says it is valid for, `issued_at` to `expires_at`, checked against a clock.
///
/// Clocks of school computers and tablets drift: a bundle is taken as valid from `clockTolerance` (5 minutes)
/// before its `issued_at` until `clockTolerance` after its `expires_at`.
public struct BundleValidity: Sendable, Equatable {
    /// How far this computer's clock may be from the one that issued the bundle: 5 minutes.
    public static let clockTolerance: Duration = .seconds(300)

    /// `issued_at`.
    public let issuedAt: Date
    /// `expires_at`.
    public let expiresAt: Date

    /// Reads the dates of a bundle (its canonical JSON).
    public init(bundle bytes: [UInt8]) throws(BundleValidityError) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw .notABundle
        }
        func date(_ field: String) throws(BundleValidityError) -> Date {
            guard let text = object[field] as? String else { throw .missing(field) }
            guard let date = ISO8601DateFormatter().date(from: text) else { throw .malformed(field, text) }
            return date
        }
        issuedAt = try date("issued_at")
        expiresAt = try date("expires_at")
    }

    /// Throws when `now` (give or take `tolerance`) is before `issued_at` or after `expires_at`.
    public func check(now: Date = Date(), tolerance: Duration = clockTolerance) throws(BundleValidityError) {
        let slack = TimeInterval(tolerance.components.seconds)
        if now.addingTimeInterval(slack) < issuedAt { throw .notYetValid(issuedAt) }
        if now.addingTimeInterval(-slack) > expiresAt { throw .expired(expiresAt) }
    }
}

/// Why a bundle's dates do not hold.
public enum BundleValidityError: Error, Sendable, Equatable {
    /// The file is not a JSON object.
    case notABundle
    /// `issued_at` or `expires_at` is missing.
    case missing(String)
    /// A date field is not an ISO 8601 date.
    case malformed(String, String)
    /// `issued_at` is later than now (beyond the tolerance).
    case notYetValid(Date)
    /// `expires_at` is past (beyond the tolerance).
    case expired(Date)

    /// The field the problem is in.
    public var field: String {
        switch self {
        case .notABundle: return Say.theBundle
        case .missing(let field), .malformed(let field, _): return field
        case .notYetValid: return "issued_at"
        case .expired: return "expires_at"
        }
    }
}
