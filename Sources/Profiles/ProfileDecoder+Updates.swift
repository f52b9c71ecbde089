import Diagnostics
import Foundation

/// `system_update:` and the device's user restrictions.
extension ProfileDecoder {
    static let systemUpdateKeys = ["policy", "window", "freeze"]

    /// Android's user restrictions (`UserManager.DISALLOW_*`) a district profile may name.
    static let knownRestrictions = [
        "no_factory_reset", "no_add_user", "no_remove_user", "no_modify_accounts", "no_usb_file_transfer",
        "no_install_unknown_sources", "no_debugging_features", "no_config_wifi", "no_config_date_time",
        "no_safe_boot", "no_mount_physical_media", "no_config_tethering", "no_share_location", "no_outgoing_calls",
        "no_sms", "no_config_bluetooth", "no_uninstall_apps", "no_install_apps", "no_config_vpn", "no_adjust_volume",
    ]

    func readRestrictions(_ reader: MapReader) -> [String] {
        (reader.stringList("restrictions") ?? []).compactMap { name, location in
            if Self.knownRestrictions.contains(name) { return name }
            let fix = KeySuggestion.nearest(to: name, among: Self.knownRestrictions).map(Say.didYouMean)
                ?? Say.useOneOf(Self.knownRestrictions)
            sink.report(location, Say.unknownRestriction(name), fix: fix)
            return nil
        }
    }

    func readSystemUpdate(_ reader: MapReader) -> SystemUpdatePolicy? {
        guard let kind = reader.choice("policy", SystemUpdatePolicy.Kind.allCases.map(\.rawValue), required: "windowed")
            .flatMap(SystemUpdatePolicy.Kind.init(rawValue:)) else { return nil }
        var policy = SystemUpdatePolicy(kind: kind)
        if let window = reader.string("window") {
            if kind != .windowed {
                sink.report(reader.location("window"), Say.windowOnlyWindowed, fix: Say.windowOnlyWindowedFix)
            } else if let (start, end) = Self.window(window) {
                policy.windowStart = start
                policy.windowEnd = end
            } else {
                sink.report(reader.location("window"), Say.notDailyWindow(window), fix: Say.notDailyWindowFix)
            }
        } else if kind == .windowed {
            sink.report(reader.location("policy"), Say.windowedNeedsWindow, fix: Say.windowedNeedsWindowFix)
        }
        var located: [(SystemUpdatePolicy.FreezePeriod, FileLocation)] = []
        for node in reader.mapList("freeze") ?? [] {
            guard let period = MapReader(node, section: Say.sectionFreezePeriod, keys: ["from", "to", "name"], sink: sink) else { continue }
            if let from = period.string("from", required: "06-01"), let to = period.string("to", required: "06-30"),
               let first = dayOfYear(from, period.location("from")), let last = dayOfYear(to, period.location("to")) {
                if SystemUpdatePolicy.length(from: first, to: last) > SystemUpdatePolicy.maxFreezeDays {
                    sink.report(period.location("to"), Say.freezeTooLong(from, to, maxDays: SystemUpdatePolicy.maxFreezeDays),
                                fix: Say.freezeTooLongFix(minGap: SystemUpdatePolicy.minDaysBetweenFreezes))
                }
                policy.freezePeriods.append(.init(start: from, end: to, name: period.string("name")))
                located.append((policy.freezePeriods.last!, period.location("from")))
            }
        }
        checkFreezeGaps(located)
        return policy
    }

    private func dayOfYear(_ text: String, _ location: FileLocation) -> Int? {
        if let day = SystemUpdatePolicy.dayOfYear(text) { return day }
        sink.report(location, Say.notDayOfYear(text), fix: Say.notDayOfYearFix)
        return nil
    }

    /// Android refuses freeze periods less than 60 days apart (counted over the year's wrap).
    private func checkFreezeGaps(_ periods: [(SystemUpdatePolicy.FreezePeriod, FileLocation)]) {
        let spans = periods.map { ($0.0, SystemUpdatePolicy.dayOfYear($0.0.start) ?? 1, SystemUpdatePolicy.dayOfYear($0.0.end) ?? 1, $0.1) }
        for (i, a) in spans.enumerated() {
            for b in spans[(i + 1)...] {
                let gapAB = SystemUpdatePolicy.length(from: a.2, to: b.1) - 2
                let gapBA = SystemUpdatePolicy.length(from: b.2, to: a.1) - 2
                if min(gapAB, gapBA) < SystemUpdatePolicy.minDaysBetweenFreezes {
                    sink.report(b.3, Say.freezeTooClose((a.0.start, a.0.end), (b.0.start, b.0.end), minGap: SystemUpdatePolicy.minDaysBetweenFreezes),
                                fix: Say.freezeTooCloseFix(minGap: SystemUpdatePolicy.minDaysBetweenFreezes))
                }
            }
        }
    }

    /// "HH:MM-HH:MM" as minutes after midnight.
    static func window(_ text: String) -> (Int, Int)? {
        guard let m = text.wholeMatch(of: /([0-9]{1,2}):([0-9]{2})-([0-9]{1,2}):([0-9]{2})/),
              let h1 = Int(m.1), let m1 = Int(m.2), let h2 = Int(m.3), let m2 = Int(m.4),
              h1 < 24, h2 < 24, m1 < 60, m2 < 60, h1 * 60 + m1 != h2 * 60 + m2 else { return nil }
        return (h1 * 60 + m1, h2 * 60 + m2)
    }
}
