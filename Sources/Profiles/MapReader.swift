import Diagnostics
import Foundation

/// Reads one map of a merged profile: reports unknown keys (with the nearest valid one), wrong types and
/// missing required keys, and hands back typed values. Each problem is reported and reading goes on.
struct MapReader {
    let node: ProfileNode
    let section: String
    let sink: DiagnosticSink
    /// How messages name this map ("'device'", "the Wi-Fi network 'QO-Eleves'").
    var label: String

    /// Starts reading `node` as the map `section` (e.g. "device"), whose valid keys are `keys`.
    /// Reports and returns nil when `node` is not a map.
    init?(_ node: ProfileNode?, section: String, keys: [String], sink: DiagnosticSink) {
        guard let node else { return nil }
        guard let entries = node.entries else {
            sink.report(
                node.location, Say.mustBeMap(section, not: node.kindDescription), fix: Say.mustBeMapFix(keys))
            return nil
        }
        for entry in entries where !keys.contains(entry.key) {
            sink.report(.unknownKey(entry.key, at: entry.keyLocation, among: keys))
        }
        self.node = node
        self.section = section
        self.sink = sink
        self.label = "'\(section)'"
    }

    /// The raw value of `key`, if present and not null.
    func value(_ key: String) -> ProfileNode? {
        guard let value = node[key] else { return nil }
        if case .scalar(_, .null) = value.value { return nil }
        return value
    }

    /// Where `key`'s value is written, or the map itself when absent.
    func location(_ key: String) -> FileLocation { node[key]?.location ?? node.location }

    /// Reports that `key` is missing from this map.
    func missing(_ key: String, example: String) {
        sink.report(node.location, Say.hasNoKey(label, key), fix: Say.addKey(key, example: example))
    }

    /// A text value. Numbers are taken as text; true/false, dates and maps are refused.
    func string(_ key: String, required example: String? = nil) -> String? {
        guard let value = value(key) else {
            if let example { missing(key, example: example) }
            return nil
        }
        switch value.value {
        case .scalar(let text, .string), .scalar(let text, .int), .scalar(let text, .float):
            return text
        case .scalar(let text, .bool), .scalar(let text, .timestamp):
            sink.report(
                value.location, Say.mustBeTextYAMLReads(key, text, as: value.kindDescription), fix: Say.putInQuotes(key, text))
        default:
            sink.report(value.location, Say.mustBeText(key, not: value.kindDescription), fix: Say.oneValueSameLine)
        }
        return nil
    }

    /// A whole number within `range`.
    func int(_ key: String, in range: ClosedRange<Int>, unit: String = "", example: Int? = nil) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let text, .int) = value.value, let number = Int(text.replacingOccurrences(of: "_", with: ""))
        else {
            sink.report(value.location, Say.mustBeWholeNumber(key, not: value.kindDescription), fix: Say.writeForExample(key, "\(example ?? range.lowerBound)"))
            return nil
        }
        guard range.contains(number) else {
            sink.report(
                value.location, Say.outOfRange(key, number, unit: unit, range), fix: Say.useValueFromTo(range))
            return nil
        }
        return number
    }

    /// true or false.
    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let text, .bool) = value.value else {
            sink.report(value.location, Say.mustBeBool(key, not: value.kindDescription), fix: Say.writeTrueOrFalse(key))
            return nil
        }
        return ["true", "yes", "on"].contains(text.lowercased())
    }

    /// One of `choices`.
    func choice(_ key: String, _ choices: [String], required example: String? = nil) -> String? {
        guard let text = string(key, required: example) else { return nil }
        guard choices.contains(text) else {
            let hint = KeySuggestion.nearest(to: text, among: choices).map { Say.didYouMean($0) + " " } ?? ""
            sink.report(location(key), Say.notOneOf(key, text, choices), fix: hint + Say.useOneOf(choices))
            return nil
        }
        return text
    }

    /// A list of text values (an absent key is nil).
    func stringList(_ key: String) -> [(String, FileLocation)]? {
        guard let value = value(key) else { return nil }
        guard let items = value.items else {
            sink.report(value.location, Say.mustBeList(key, not: value.kindDescription), fix: Say.eachValueOwnLine)
            return nil
        }
        return items.compactMap { item in
            guard case .scalar(let text, let kind) = item.value, kind == .string || kind == .int else {
                sink.report(item.location, Say.eachEntryMustBeText(key, not: item.kindDescription), fix: Say.oneValueAfterEachDash)
                return nil
            }
            return (text, item.location)
        }
    }

    /// The maps of a list of maps (an absent key is nil).
    func mapList(_ key: String) -> [ProfileNode]? {
        guard let value = value(key) else { return nil }
        guard let items = value.items else {
            sink.report(value.location, Say.mustBeList(key, not: value.kindDescription), fix: Say.eachEntryOwnLine)
            return nil
        }
        return items
    }

    /// An https:// URL.
    func httpsURL(_ key: String, required example: String? = nil) -> URL? {
        guard let text = string(key, required: example) else { return nil }
        return Validators.httpsURL(text, key: key, at: location(key), sink: sink)
    }

    /// A path relative to the file that wrote it; reported when the file does not exist and `mustExist`.
    func path(_ key: String, mustExist: Bool = true, required example: String? = nil) -> URL? {
        guard let text = string(key, required: example) else { return nil }
        return Validators.path(text, key: key, at: location(key), mustExist: mustExist, sink: sink)
    }
}
