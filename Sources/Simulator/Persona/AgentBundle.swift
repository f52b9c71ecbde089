import Foundation

/// Applying a verified, schema-checked bundle to the persona state, as the real agent does through
/// DevicePolicyManager and WifiManager, and reading it back into APPLY's report. Lock held.
extension AndroidPersona {
    func applyBundleLocked(_ json: [String: Any]) {
        var policies = state.agent.policies ?? PersonaAgentPolicies()
        let device = (json["settings"] as? [String: Any])?["device"] as? [String: Any] ?? [:]
        if let zone = device["time_zone"] as? String, Self.isValidTimeZone(zone) { state.identity.timeZone = zone }
        if let auto = device["auto_time"] as? Bool { policies.autoTime = auto }
        let networks = (json["wifi"] as? [[String: Any]] ?? []).map { n in
            (ssid: n["ssid"] as? String ?? "", security: n["security"] as? String ?? "open",
             passphrase: n["passphrase"] as? String, hidden: n["hidden"] as? Bool ?? false)
        }
        state.wifi.removeAll { old in
            old.creator == Self.agentPackage && !networks.contains { $0.ssid == old.ssid && $0.security == old.security }
        }
        for w in networks {
            saveWifiNetwork(ssid: w.ssid, security: w.security, passphrase: w.security == "open" ? nil : w.passphrase,
                            hidden: w.hidden, creator: Self.agentPackage)
        }
        let filtering = json["filtering"] as? [String: Any] ?? [:]
        policies.globalProxy = Self.proxyText(filtering["proxy"] as? [String: Any])
        policies.caCertificates = filtering["ca_certificates"] as? [String] ?? []
        policies.restrictions = (json["restrictions"] as? [String] ?? []).sorted()
        let update = json["system_update"] as? [String: Any]
        policies.systemUpdate = Self.updateText(update)
        policies.freezePeriods = (update?["freeze_periods"] as? [[String: Any]] ?? []).map {
            "\($0["start"] as? String ?? "")/\($0["end"] as? String ?? "")"
        }
        policies.appRestrictions = [:]
        state.agent.entJSON = nil
        if let ent = json["ent"] as? [String: Any] {
            if let data = try? JSONSerialization.data(withJSONObject: ent, options: [.sortedKeys]) {
                state.agent.entJSON = String(decoding: data, as: UTF8.self)
            }
            if ent["homepage"] is String || !(ent["bookmarks"] as? [Any] ?? []).isEmpty {
                policies.appRestrictions["com.android.chrome"] = "ent"
            }
            if let app = ent["app"] as? [String: Any], let package = app["package"] as? String { policies.appRestrictions[package] = "ent" }
        }
        if let identity = json["identity"] as? [String: Any], let name = identity["name"] as? String {
            policies.deviceName = name
            state.settings["global", default: [:]]["device_name"] = name
        }
        state.agent.policies = policies
    }

    /// APPLY's read-back report: compact JSON, keys sorted (docs/agent-protocol.md).
    func agentReportLocked() -> String {
        let policies = state.agent.policies ?? PersonaAgentPolicies()
        let report: [String: Any] = [
            "app_restrictions": policies.appRestrictions.keys.sorted(), "auto_time": policies.autoTime,
            "ca_certificates": policies.caCertificates.count, "device_name": policies.deviceName ?? "",
            "freeze_periods": policies.freezePeriods, "global_proxy": policies.globalProxy, "restrictions": policies.restrictions,
            "system_update": policies.systemUpdate, "time_zone": state.identity.timeZone,
            "wifi": state.wifi.filter { $0.creator == Self.agentPackage }.map(\.ssid).sorted(),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func proxyText(_ proxy: [String: Any]?) -> String {
        switch proxy?["type"] as? String {
        case "manual": return "\(proxy?["host"] as? String ?? ""):\((proxy?["port"] as? Int).map(String.init) ?? "")"
        case "pac": return "pac:" + (proxy?["pac_url"] as? String ?? "")
        default: return "none"
        }
    }

    static func updateText(_ update: [String: Any]?) -> String {
        switch update?["policy"] as? String {
        case "automatic": return "automatic"
        case "postpone": return "postpone"
        case "windowed": return "windowed:\(update?["window_start"] as? Int ?? 0)-\(update?["window_end"] as? Int ?? 0)"
        default: return "none"
        }
    }

    /// The bundle's `ent` object as stored (sorted-keys JSON), for tests and the demo.
    public var agentEntitlementsJSON: String? { lock.withLock { state.agent.entJSON } }

    /// The last bundle sequence the agent applied, if any.
    public var agentLastSequence: Int? { lock.withLock { state.agent.lastSequence } }

    /// The device-owner policies the agent applied, as its APPLY report gives them (nil before any bundle).
    public var agentReport: String? { lock.withLock { state.agent.appliedDigest == nil ? nil : agentReportLocked() } }
}
