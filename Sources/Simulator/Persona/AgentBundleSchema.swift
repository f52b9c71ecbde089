import Foundation

/// The bundle keys the agent knows (docs/agent-protocol.md, "The bundle"). A key that is not here is refused
/// with its path, so a bundle from a newer Valise is never half understood. Same rules as the real agent.
indirect enum BundleShape: Sendable {
    case string, int, bool
    /// Any JSON value (an app's managed configuration).
    case any
    case nullable(BundleShape)
    case array(BundleShape)
    /// Members; a name in `optional` may be absent.
    case object([String: BundleShape], optional: Set<String> = [])

    /// Checks `value` against the shape; returns the first problem as "unknown key \"a.b\"" or
    /// "field \"a.b\" must be …", or nil when it fits.
    func problem(_ value: Any, at path: String) -> String? {
        switch self {
        case .any: return nil
        case .nullable(let inner): return value is NSNull ? nil : inner.problem(value, at: path)
        case .string: return value is String ? nil : "field \"\(path)\" must be a string"
        case .int: return Self.isInteger(value) ? nil : "field \"\(path)\" must be a whole number"
        case .bool: return Self.isBool(value) ? nil : "field \"\(path)\" must be true or false"
        case .array(let element):
            guard let items = value as? [Any] else { return "field \"\(path)\" must be a list" }
            for (index, item) in items.enumerated() {
                if let problem = element.problem(item, at: "\(path)[\(index)]") { return problem }
            }
            return nil
        case let .object(members, optional):
            guard let object = value as? [String: Any] else { return "field \"\(path)\" must be an object" }
            let prefix = path.isEmpty ? "" : path + "."
            for key in object.keys.sorted() where members[key] == nil { return "unknown key \"\(prefix)\(key)\"" }
            for (key, shape) in members.sorted(by: { $0.key < $1.key }) {
                guard let member = object[key] else {
                    if optional.contains(key) { continue }
                    return "missing field \"\(prefix)\(key)\""
                }
                if let problem = shape.problem(member, at: prefix + key) { return problem }
            }
            return nil
        }
    }

    static func isBool(_ value: Any) -> Bool {
        // JSONSerialization gives booleans as NSNumber of ObjC type "c"; JSON integers never come as that type.
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    static func isInteger(_ value: Any) -> Bool {
        guard let number = value as? NSNumber, !isBool(value) else { return false }
        return number.doubleValue == Double(number.int64Value)
    }

    static let proxy: BundleShape = .object(["type": .string, "host": .nullable(.string), "port": .nullable(.int),
                                             "exclusions": .array(.string), "pac_url": .nullable(.string)],
                                            optional: ["host", "port", "exclusions", "pac_url"])

    static let eap: BundleShape = .object(["domain": .string, "ca_certificate": .string, "identity": .nullable(.string),
                                           "password": .string, "client_certificate": .string, "client_key": .string],
                                          optional: ["identity", "password", "client_certificate", "client_key"])

    static let wifi: BundleShape = .object(["ssid": .string, "security": .string, "hidden": .bool, "proxy": proxy,
                                            "passphrase": .string, "priority": .int, "eap": eap],
                                           optional: ["hidden", "proxy", "passphrase", "priority", "eap"])

    static let ent: BundleShape = .object([
        "name": .nullable(.string), "portal_url": .nullable(.string), "sso": .nullable(.string), "cas_url": .nullable(.string),
        "homepage": .nullable(.string), "bookmarks": .array(.object(["title": .string, "url": .string])),
        "app": .nullable(.object(["package": .string, "managed_configuration": .any])),
    ], optional: ["name", "portal_url", "sso", "cas_url", "homepage", "bookmarks", "app"])

    /// The whole bundle.
    static let bundle: BundleShape = .object([
        "format": .int, "sequence": .int, "issued_at": .string, "expires_at": .string,
        "identity": .object(["serial": .string, "slot": .int, "name": .string, "school": .nullable(.string),
                             "school_code": .nullable(.string), "class": .nullable(.string), "case": .nullable(.string)],
                            optional: ["school", "school_code", "class", "case"]),
        "settings": .object(["device": .object([
            "time_zone": .string, "auto_time": .bool, "locale": .string, "disable_apps": .array(.string),
            "screen_timeout_seconds": .int, "stay_awake_while_charging": .bool,
        ], optional: ["auto_time", "locale", "disable_apps", "screen_timeout_seconds", "stay_awake_while_charging"])]),
        "wifi": .array(wifi),
        "filtering": .object(["proxy": .nullable(proxy), "ca_certificates": .array(.string)]),
        "ent": .nullable(ent),
        "apps": .object(["install": .array(.object(["package": .string, "sha256": .string, "order": .int, "min_version_code": .nullable(.int)],
                                                   optional: ["order", "min_version_code"])),
                         "remove": .array(.string)]),
        "agent": .object(["package": .string, "component": .string]),
        "restrictions": .array(.string),
        "system_update": .object(["policy": .string, "window_start": .int, "window_end": .int,
                                  "freeze_periods": .array(.object(["start": .string, "end": .string]))],
                                 optional: ["window_start", "window_end", "freeze_periods"]),
    ], optional: ["ent", "apps", "agent", "restrictions", "system_update"])
}
