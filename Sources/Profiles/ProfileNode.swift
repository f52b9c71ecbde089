import Diagnostics
import Foundation

/// A YAML value read from a profile layer, each part keeping the place it was written.
///
/// Yams' `Node` is converted into this tree right after parsing, so merging layers keeps, for every value,
/// the file, line and column of the layer that wrote it.
struct ProfileNode: Sendable {
    /// What YAML resolved a plain scalar to.
    enum ScalarKind: Sendable, Equatable {
        case string, int, float, bool, null, timestamp
    }

    /// One `key: value` pair of a mapping.
    struct Entry: Sendable {
        var key: String
        var keyLocation: FileLocation
        var value: ProfileNode
    }

    /// The value itself.
    enum Value: Sendable {
        case scalar(String, ScalarKind)
        case mapping([Entry])
        case sequence([ProfileNode])
    }

    var value: Value
    var location: FileLocation

    /// The entries of a mapping, or nil.
    var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The items of a sequence, or nil.
    var items: [ProfileNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The text of a scalar, or nil.
    var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// The value of `key` in a mapping.
    subscript(key: String) -> ProfileNode? {
        entries?.last(where: { $0.key == key })?.value
    }

    /// The entry of `key` in a mapping.
    func entry(_ key: String) -> Entry? {
        entries?.last(where: { $0.key == key })
    }

    /// A word for the kind of value, for messages ("a list", "a map", "a number", …).
    var kindDescription: String {
        switch value {
        case .mapping: return Say.valueMap
        case .sequence: return Say.valueList
        case .scalar(_, let kind):
            switch kind {
            case .string: return Say.valueText
            case .int, .float: return Say.valueNumber
            case .bool: return "true/false"
            case .null: return Say.valueNothing
            case .timestamp: return Say.valueDate
            }
        }
    }

    /// The mapping without `key`.
    func removing(key: String) -> ProfileNode {
        guard let entries else { return self }
        return ProfileNode(value: .mapping(entries.filter { $0.key != key }), location: location)
    }
}

extension ProfileNode {
    /// Every leaf's dotted path (`device.time_zone`, `wifi[0].ssid`) and location; maps and lists too.
    func origins(prefix: String = "") -> [String: FileLocation] {
        var result: [String: FileLocation] = [:]
        if !prefix.isEmpty { result[prefix] = location }
        switch value {
        case .scalar:
            break
        case .mapping(let entries):
            for entry in entries {
                let path = prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)"
                result.merge(entry.value.origins(prefix: path)) { _, new in new }
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                result.merge(item.origins(prefix: "\(prefix)[\(index)]")) { _, new in new }
            }
        }
        return result
    }
}
