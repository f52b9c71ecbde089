import Diagnostics
import Foundation
import Profiles

/// Which tablet a bundle is for.
public struct BundleTarget: Sendable, Equatable {
    /// `ro.serialno`.
    public var serial: String
    /// Its slot in the case.
    public var slot: Int
    /// The bundle's sequence (greater than the last one the tablet applied).
    public var sequence: Int
    /// When it was issued.
    public var issuedAt: Date
    /// How long it stays valid.
    public var validity: TimeInterval
    /// The case it sits in (a case map's or rentrée plan's name), for a naming template with `{case}`.
    public var caseName: String?

    /// Creates a target.
    public init(serial: String, slot: Int, sequence: Int, issuedAt: Date, validity: TimeInterval = 365 * 86400, caseName: String? = nil) {
        self.serial = serial
        self.slot = slot
        self.sequence = sequence
        self.issuedAt = issuedAt
        self.validity = validity
        self.caseName = caseName
    }
}

/// A tablet's configuration bundle (design.md, "Bundles"): its identity and the resolved settings,
/// as canonical JSON for the agent. Same profile and target, same bytes.
public struct TabletBundle: Sendable {
    /// The JSON document.
    public let document: JSONValue
    /// Whether it holds secrets (Wi-Fi passphrases, EAP passwords): such files are written 0600.
    public let containsSecrets: Bool

    /// The canonical bytes that are signed and sent to the agent.
    public var bytes: [UInt8] { document.canonicalBytes }

    /// The bundle format this builder writes.
    public static let format: Int64 = 1

    /// Builds the bundle of `target` from a class's `profile`; certificate files named by the profile are embedded (PEM).
    public init(profile: ResolvedProfile, target: BundleTarget) throws {
        var secrets = false
        // The last guard: a secret that holds private key material never goes into a bundle (named by its key, not its value).
        func reveal(_ value: SecretValue?, at keyPath: String) throws -> JSONValue {
            guard let value else { return .null }
            secrets = true
            let text = value.reveal()
            if text.contains("PRIVATE KEY") || text.contains("-----BEGIN ") { throw BundleError.privateKeyMaterial(keyPath) }
            return .string(text)
        }
        let identity: JSONValue = .object([
            "serial": .string(target.serial), "slot": .int(Int64(target.slot)),
            "name": .string(profile.tabletName(slot: target.slot, serial: target.serial, caseName: target.caseName)),
            "school": Self.optional(profile.school.name), "school_code": Self.optional(profile.school.code),
            "class": Self.optional(profile.className), "case": Self.optional(profile.caseName),
        ])
        var device: [String: JSONValue] = [
            "time_zone": .string(profile.device.timeZone), "locale": .string(profile.device.locale),
            "disable_apps": .array(profile.device.disableApps.map(JSONValue.string)),
        ]
        if let timeout = profile.device.screenTimeoutSeconds { device["screen_timeout_seconds"] = .int(Int64(timeout)) }
        if let awake = profile.device.stayAwakeWhileCharging { device["stay_awake_while_charging"] = .bool(awake) }
        if let auto = profile.device.autoTime { device["auto_time"] = .bool(auto) }
        var wifi: [JSONValue] = []
        for (index, network) in profile.wifi.enumerated() {
            var entry: [String: JSONValue] = ["ssid": .string(network.ssid), "security": .string(network.security.rawValue),
                                              "hidden": .bool(network.hidden), "proxy": Self.proxy(network.proxy)]
            if network.passphrase != nil { entry["passphrase"] = try reveal(network.passphrase, at: "wifi[\(index)].passphrase (\(network.ssid))") }
            if let priority = network.priority { entry["priority"] = .int(Int64(priority)) }
            if let eap = network.eap {
                var eapEntry: [String: JSONValue] = ["domain": .string(eap.domain), "ca_certificate": try Self.pem(eap.caCertificate),
                                                     "identity": Self.optional(eap.identity)]
                if eap.password != nil { eapEntry["password"] = try reveal(eap.password, at: "wifi[\(index)].password (\(network.ssid))") }
                if let certificate = eap.clientCertificate { eapEntry["client_certificate"] = try Self.pem(certificate) }
                if let key = eap.clientKey {
                    secrets = true
                    eapEntry["client_key"] = try Self.pem(key)
                }
                entry["eap"] = .object(eapEntry)
            }
            wifi.append(.object(entry))
        }
        let filtering: JSONValue = .object([
            "proxy": profile.filtering.proxy.map(Self.proxy) ?? .null,
            "ca_certificates": .array(try profile.filtering.caCertificates.map(Self.pem)),
        ])
        let apps: JSONValue = .object([
            "install": .array(profile.apps.install.sorted { ($0.order, $0.package) < ($1.order, $1.package) }.map { app in
                .object(["package": .string(app.package), "sha256": .string(app.sha256), "order": .int(Int64(app.order)),
                         "min_version_code": app.minVersionCode.map { .int(Int64($0)) } ?? .null])
            }),
            "remove": .array(profile.apps.remove.map(JSONValue.string)),
        ])
        // RFC 3339 in UTC ("2026-09-01T08:00:00Z"): a format style is a value, made without ICU, unlike a formatter.
        let formatter = Date.ISO8601FormatStyle()
        var fields: [String: JSONValue] = [
            "format": .int(Self.format), "sequence": .int(Int64(target.sequence)),
            "issued_at": .string(formatter.format(target.issuedAt)),
            "expires_at": .string(formatter.format(target.issuedAt.addingTimeInterval(target.validity))),
            "identity": identity, "settings": .object(["device": .object(device)]), "wifi": .array(wifi), "filtering": filtering,
            "ent": profile.ent.map(Self.ent) ?? .null, "apps": apps,
            "agent": .object(["package": .string(profile.agent.package), "component": .string(profile.agent.component)]),
            "restrictions": .array(profile.device.restrictions.map(JSONValue.string)),
        ]
        if let update = profile.systemUpdate { fields["system_update"] = Self.systemUpdate(update) }
        document = .object(fields)
        containsSecrets = secrets
    }

    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    static func systemUpdate(_ update: SystemUpdatePolicy) -> JSONValue {
        var fields: [String: JSONValue] = [
            "policy": .string(update.kind.rawValue),
            "freeze_periods": .array(update.freezePeriods.map { .object(["start": .string($0.start), "end": .string($0.end)]) }),
        ]
        if let start = update.windowStart, let end = update.windowEnd {
            fields["window_start"] = .int(Int64(start))
            fields["window_end"] = .int(Int64(end))
        }
        return .object(fields)
    }

    static func proxy(_ proxy: ProxySettings) -> JSONValue {
        .object(["type": .string(proxy.type.rawValue), "host": optional(proxy.host), "port": proxy.port.map { .int(Int64($0)) } ?? .null,
                 "exclusions": .array(proxy.exclusions.map(JSONValue.string)), "pac_url": optional(proxy.url?.absoluteString)])
    }

    static func ent(_ ent: ENTSettings) -> JSONValue {
        .object([
            "name": optional(ent.name), "portal_url": optional(ent.portalURL?.absoluteString), "sso": optional(ent.sso?.rawValue),
            "cas_url": optional(ent.casURL?.absoluteString), "homepage": optional(ent.homepage?.absoluteString),
            "bookmarks": .array(ent.bookmarks.map { .object(["title": .string($0.title), "url": .string($0.url.absoluteString)]) }),
            "app": ent.app.map { .object(["package": .string($0.package), "managed_configuration": config(.map($0.managedConfiguration))]) } ?? .null,
        ])
    }

    /// Managed configuration values; JSON bundles carry no floating point, so decimals travel as text.
    static func config(_ value: ConfigValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(text)
        case .int(let number): return .int(Int64(number))
        case .double(let number): return .string(String(number))
        case .bool(let flag): return .bool(flag)
        case .list(let values): return .array(values.map(config))
        case .map(let members): return .object(members.mapValues(config))
        }
    }

    static func pem(_ url: URL) throws -> JSONValue {
        do { return .string(try String(contentsOf: url, encoding: .utf8)) } catch {
            throw BundleError.unreadableFile(url.path)
        }
    }
}

/// A bundle could not be built.
public enum BundleError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadableFile(String)
    /// A secret's value holds private key material; the profile key it comes from (`wifi[0].password (SSID)`).
    case privateKeyMaterial(String)

    /// The message.
    public var description: String {
        switch self {
        case .unreadableFile(let path): return Say.bundleFileUnreadable(path)
        case .privateKeyMaterial(let key):
            return Say.bundlePrivateKeyMaterial(key)
        }
    }
}
