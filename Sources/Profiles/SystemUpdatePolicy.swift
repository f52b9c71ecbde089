import Foundation

/// When tablets install system updates, and the periods (exams) when they never do: Android's
/// `SystemUpdatePolicy` with its freeze periods, applied by the agent as device owner.
public struct SystemUpdatePolicy: Sendable, Codable, Equatable {
    /// Android's three policies.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Install as soon as an update is there.
        case automatic
        /// Install only inside the daily maintenance window.
        case windowed
        /// Postpone each update for up to 30 days.
        case postpone
    }

    /// A yearly period with no system update at all, e.g. the brevet's exams.
    public struct FreezePeriod: Sendable, Codable, Equatable {
        /// First day, "MM-DD".
        public var start: String
        /// Last day, "MM-DD".
        public var end: String
        /// What it is for (shown to people only).
        public var name: String?
    }

    /// The policy.
    public var kind: Kind
    /// Window start, minutes after midnight (windowed only).
    public var windowStart: Int?
    /// Window end, minutes after midnight (windowed only).
    public var windowEnd: Int?
    /// The freeze periods, in the order written.
    public var freezePeriods: [FreezePeriod] = []

    /// Android's limits on freeze periods (`FreezePeriod`, API 28): each at most 90 days, and at least 60 days apart.
    public static let maxFreezeDays = 90
    /// See `maxFreezeDays`.
    public static let minDaysBetweenFreezes = 60

    enum CodingKeys: String, CodingKey {
        case kind = "policy", windowStart = "window_start", windowEnd = "window_end", freezePeriods = "freeze_periods"
    }

    /// The day of a non-leap year (1…365) for "MM-DD", or nil when it is no date.
    static func dayOfYear(_ text: String) -> Int? {
        guard let match = text.wholeMatch(of: /([0-9]{2})-([0-9]{2})/), let month = Int(match.1), let day = Int(match.2),
              (1...12).contains(month) else { return nil }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        return lengths.prefix(month - 1).reduce(0, +) + day
    }

    /// Days from `start` to `end` inclusive, wrapping over the new year.
    static func length(from start: Int, to end: Int) -> Int { end >= start ? end - start + 1 : 365 - start + end + 1 }
}
