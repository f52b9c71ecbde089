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
                node.location, "'\(section)' must be a map of keys, not \(node.kindDescription)",
                fix: "write its keys on the following lines, indented (valid keys: \(keys.joined(separator: ", ")))")
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
        sink.report(node.location, "\(label) has no '\(key)'", fix: "add \(key): \(example)")
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
                value.location, "'\(key)' must be text; YAML reads \(text) as \(value.kindDescription)",
                fix: "put it in quotes: \(key): \"\(text)\"")
        default:
            sink.report(value.location, "'\(key)' must be text, not \(value.kindDescription)", fix: "write one value on the same line")
        }
        return nil
    }

    /// A whole number within `range`.
    func int(_ key: String, in range: ClosedRange<Int>, unit: String = "", example: Int? = nil) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let text, .int) = value.value, let number = Int(text.replacingOccurrences(of: "_", with: ""))
        else {
            sink.report(value.location, "'\(key)' must be a whole number, not \(value.kindDescription)", fix: "write for example \(key): \(example ?? range.lowerBound)")
            return nil
        }
        guard range.contains(number) else {
            sink.report(
                value.location, "'\(key)' is \(number)\(unit), outside \(range.lowerBound)–\(range.upperBound)\(unit)",
                fix: "use a value from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// true or false.
    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let text, .bool) = value.value else {
            sink.report(value.location, "'\(key)' must be true or false, not \(value.kindDescription)", fix: "write \(key): true or \(key): false")
            return nil
        }
        return ["true", "yes", "on"].contains(text.lowercased())
    }

    /// One of `choices`.
    func choice(_ key: String, _ choices: [String], required example: String? = nil) -> String? {
        guard let text = string(key, required: example) else { return nil }
        guard choices.contains(text) else {
            let hint = KeySuggestion.nearest(to: text, among: choices).map { "did you mean '\($0)'? " } ?? ""
            sink.report(location(key), "'\(key)' is '\(text)', which is not one of: \(choices.joined(separator: ", "))", fix: "\(hint)use one of: \(choices.joined(separator: ", "))")
            return nil
        }
        return text
    }

    /// A list of text values (an absent key is nil).
    func stringList(_ key: String) -> [(String, FileLocation)]? {
        guard let value = value(key) else { return nil }
        guard let items = value.items else {
            sink.report(value.location, "'\(key)' must be a list, not \(value.kindDescription)", fix: "write each value on its own line, starting with '- '")
            return nil
        }
        return items.compactMap { item in
            guard case .scalar(let text, let kind) = item.value, kind == .string || kind == .int else {
                sink.report(item.location, "each entry of '\(key)' must be text, not \(item.kindDescription)", fix: "write one value after each '- '")
                return nil
            }
            return (text, item.location)
        }
    }

    /// The maps of a list of maps (an absent key is nil).
    func mapList(_ key: String) -> [ProfileNode]? {
        guard let value = value(key) else { return nil }
        guard let items = value.items else {
            sink.report(value.location, "'\(key)' must be a list, not \(value.kindDescription)", fix: "start each entry with '- ' on its own line")
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
