import Diagnostics
import Foundation
import Profiles

/// The Android Enterprise provisioning payload a factory-reset tablet reads from a QR code on its
/// welcome screen (tap six times): where to download the agent, how to check it, the Wi-Fi to use,
/// and the enrolment data handed to the agent.
public struct EnrollmentPayload: Sendable {
    /// The JSON object, canonical (the QR code holds exactly these bytes).
    public let document: JSONValue
    /// Whether it holds a Wi-Fi passphrase (the files are then written 0600).
    public let containsSecrets: Bool

    static let prefix = "android.app.extra.PROVISIONING_"

    /// Builds the payload of a class: the agent from `agentURL` (https), checked by `signatureChecksum`
    /// (base64url SHA-256 of its signing certificate), the class's first Wi-Fi network, and in the admin extras
    /// the enrolment data with the parc CA's SHA-256 fingerprint (the agent then accepts TRUST of that CA only;
    /// the certificate itself would make the code too dense for a tablet's camera).
    public init(profile: ResolvedProfile, agentURL: URL, signatureChecksum: String, caFingerprint: String?) throws {
        guard agentURL.scheme == "https" else {
            throw EnrollmentProblem(description: Say.agentURLNotHTTPS)
        }
        var fields: [String: JSONValue] = [
            Self.prefix + "DEVICE_ADMIN_COMPONENT_NAME": .string(profile.agent.component),
            Self.prefix + "DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION": .string(agentURL.absoluteString),
            Self.prefix + "DEVICE_ADMIN_SIGNATURE_CHECKSUM": .string(signatureChecksum),
            Self.prefix + "TIME_ZONE": .string(profile.device.timeZone),
            Self.prefix + "LOCALE": .string(profile.device.locale),
            Self.prefix + "LEAVE_ALL_SYSTEM_APPS_ENABLED": .bool(true),
            Self.prefix + "SKIP_ENCRYPTION": .bool(false),
        ]
        var secrets = false
        if let network = profile.wifi.first(where: { $0.security != .eapTLS }) {
            fields[Self.prefix + "WIFI_SSID"] = .string(network.ssid)
            fields[Self.prefix + "WIFI_HIDDEN"] = .bool(network.hidden)
            switch network.security {
            case .open: fields[Self.prefix + "WIFI_SECURITY_TYPE"] = .string("NONE")
            case .wpa2PSK, .wpa3SAE: fields[Self.prefix + "WIFI_SECURITY_TYPE"] = .string(network.security == .wpa3SAE ? "SAE" : "WPA")
            case .eapPEAP, .eapTLS:
                fields[Self.prefix + "WIFI_SECURITY_TYPE"] = .string("EAP")
                fields[Self.prefix + "WIFI_EAP_METHOD"] = .string("PEAP")
                fields[Self.prefix + "WIFI_PHASE2_AUTH"] = .string("MSCHAPV2")
                if let eap = network.eap {
                    fields[Self.prefix + "WIFI_IDENTITY"] = TabletBundle.optional(eap.identity)
                    fields[Self.prefix + "WIFI_DOMAIN"] = .string(eap.domain)
                    if let password = eap.password {
                        secrets = true
                        fields[Self.prefix + "WIFI_PASSWORD"] = .string(password.reveal())
                    }
                }
            }
            if let passphrase = network.passphrase {
                secrets = true
                fields[Self.prefix + "WIFI_PASSWORD"] = .string(passphrase.reveal())
            }
            let proxy = network.proxy.type == .none ? (profile.filtering.proxy ?? .none) : network.proxy
            switch proxy.type {
            case .manual:
                fields[Self.prefix + "WIFI_PROXY_HOST"] = TabletBundle.optional(proxy.host)
                fields[Self.prefix + "WIFI_PROXY_PORT"] = proxy.port.map { .int(Int64($0)) } ?? .null
                if !proxy.exclusions.isEmpty { fields[Self.prefix + "WIFI_PROXY_BYPASS"] = .string(proxy.exclusions.joined(separator: ",")) }
            case .pac: fields[Self.prefix + "WIFI_PAC_URL"] = TabletBundle.optional(proxy.url?.absoluteString)
            case .none: break
            }
        }
        var extras: [String: JSONValue] = [
            "fr.valise.school": TabletBundle.optional(profile.school.name), "fr.valise.school_code": TabletBundle.optional(profile.school.code),
            "fr.valise.class": TabletBundle.optional(profile.unitName), "fr.valise.naming": .string(profile.naming.template),
        ]
        if let caFingerprint { extras["fr.valise.parc_ca_sha256"] = .string(caFingerprint) }
        fields[Self.prefix + "ADMIN_EXTRAS_BUNDLE"] = .object(extras)
        document = .object(fields)
        containsSecrets = secrets
    }
}

/// The enrolment QR code cannot be made.
public struct EnrollmentProblem: Error, Sendable, CustomStringConvertible {
    /// The explanation.
    public let description: String
}
