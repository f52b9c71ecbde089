import Foundation

/// Applying a verified bundle to the persona state. Lenient about the schema: unknown keys are ignored and only
/// `settings.device.time_zone`, `settings.device.locale`, `wifi[]`, `ent` and `identity.name` are applied. Lock held.
extension AndroidPersona {
    func applyBundleLocked(_ json: [String: Any]) {
        if let settings = json["settings"] as? [String: Any], let device = settings["device"] as? [String: Any],
           let zone = device["time_zone"] as? String, Self.isValidTimeZone(zone) {
            state.identity.timeZone = zone
        }
        if let settings = json["settings"] as? [String: Any], let device = settings["device"] as? [String: Any],
           let locale = device["locale"] as? String, !locale.isEmpty {
            state.extraProps["persist.sys.locale"] = locale
        }
        if let networks = json["wifi"] as? [Any] {
            var wanted: [(ssid: String, security: String, passphrase: String?, hidden: Bool)] = []
            for case let n as [String: Any] in networks {
                guard let ssid = n["ssid"] as? String, !ssid.isEmpty else { continue }
                let type = (n["security"] ?? n["type"] ?? n["securityType"]) as? String ?? ""
                let passphrase = (n["passphrase"] ?? n["psk"] ?? n["password"]) as? String
                let security = Self.bundleWifiSecurity(type, hasPassphrase: passphrase != nil)
                wanted.append((ssid, security, security == "open" || security == "owe" ? nil : passphrase,
                               (n["hidden"] as? Bool) ?? false))
            }
            state.wifi.removeAll { old in
                old.creator == Self.agentPackage && !wanted.contains { $0.ssid == old.ssid && $0.security == old.security }
            }
            for w in wanted {
                saveWifiNetwork(ssid: w.ssid, security: w.security, passphrase: w.passphrase, hidden: w.hidden,
                                creator: Self.agentPackage)
            }
        }
        if let ent = json["ent"] as? [String: Any],
           let data = try? JSONSerialization.data(withJSONObject: ent, options: [.sortedKeys]) {
            state.agent.entJSON = String(decoding: data, as: UTF8.self)
        }
        if let identity = json["identity"] as? [String: Any], let name = identity["name"] as? String {
            state.settings["global", default: [:]]["device_name"] = name
        }
    }

    /// Maps the many ways a bundle may spell a security type to AOSP names.
    static func bundleWifiSecurity(_ type: String, hasPassphrase: Bool) -> String {
        let t = type.lowercased()
        if t.contains("owe") { return "owe" }
        if t.contains("wpa3") || t.contains("sae") { return "wpa3-sae" }
        if t.contains("wep") { return "wep" }
        if t.contains("wpa") || t.contains("psk") { return "wpa2-psk" }
        if t == "open" || t == "none" { return "open" }
        return hasPassphrase ? "wpa2-psk" : "open"
    }

    /// The bundle's `ent` object as stored (sorted-keys JSON), for tests and the demo.
    public var agentEntitlementsJSON: String? { lock.withLock { state.agent.entJSON } }

    /// The last bundle sequence the agent applied, if any.
    public var agentLastSequence: Int? { lock.withLock { state.agent.lastSequence } }
}
