import Foundation
import Signing

/// A class's Wi-Fi (with its proxy and CA) and ENT web clips as an Apple configuration profile
/// (`.mobileconfig`) for the district's iPads, signed with the parc's certificate.
public struct AppleConfigurationProfile: Sendable {
    /// One Wi-Fi network.
    public struct WiFi: Sendable {
        /// How the network is secured.
        public enum Security: Sendable, Equatable { case open, wpa2, wpa3, peap(identity: String), tls }
        /// How the network reaches the web.
        public enum Proxy: Sendable, Equatable { case none, manual(host: String, port: Int), pac(url: String) }
        public var ssid: String
        public var security: Security
        /// The passphrase or EAP password (kept out of logs by the caller).
        public var password: String?
        public var hidden: Bool
        public var proxy: Proxy
        /// Server names the EAP server certificate must match.
        public var trustedServerNames: [String]

        /// Creates a network.
        public init(ssid: String, security: Security, password: String? = nil, hidden: Bool = false, proxy: Proxy = .none,
                    trustedServerNames: [String] = []) {
            self.ssid = ssid
            self.security = security
            self.password = password
            self.hidden = hidden
            self.proxy = proxy
            self.trustedServerNames = trustedServerNames
        }
    }

    /// Reverse-DNS identifier, e.g. `fr.valise.saint-martin.mont-des-accords.5a`.
    public var identifier: String
    public var displayName: String
    public var organization: String
    public var summary: String
    public var wifi: [WiFi]
    /// CA certificates to install (the filtering proxy's, the EAP server's), DER, by display name.
    public var certificates: [(name: String, der: [UInt8])]
    /// Home-screen links (the ENT portal, bookmarks).
    public var webClips: [(label: String, url: String)]

    /// Creates a profile.
    public init(identifier: String, displayName: String, organization: String, summary: String, wifi: [WiFi],
                certificates: [(name: String, der: [UInt8])], webClips: [(label: String, url: String)]) {
        self.identifier = identifier
        self.displayName = displayName
        self.organization = organization
        self.summary = summary
        self.wifi = wifi
        self.certificates = certificates
        self.webClips = webClips
    }

    /// The unsigned profile (XML plist).
    public var plist: PropertyList {
        var content: [PropertyList] = []
        let anchors = certificates.map { uuid("certificate", $0.name) }
        for (certificate, anchor) in zip(certificates, anchors) {
            content.append(payload("com.apple.security.root", "certificate", certificate.name, [
                "PayloadCertificateFileName": .string(certificate.name + ".cer"), "PayloadContent": .data(certificate.der),
            ], uuid: anchor))
        }
        for network in wifi { content.append(wifiPayload(network, anchors: anchors)) }
        for clip in webClips {
            content.append(payload("com.apple.webClip.managed", "webclip", clip.label, [
                "Label": .string(clip.label), "URL": .string(clip.url), "IsRemovable": .bool(false), "FullScreen": .bool(false),
            ]))
        }
        return .dictionary([
            "PayloadType": .string("Configuration"), "PayloadVersion": .integer(1), "PayloadIdentifier": .string(identifier),
            "PayloadUUID": .string(uuid("profile", identifier)), "PayloadDisplayName": .string(displayName),
            "PayloadOrganization": .string(organization), "PayloadDescription": .string(summary),
            "PayloadRemovalDisallowed": .bool(false), "PayloadContent": .array(content),
        ])
    }

    /// The profile signed as Apple devices expect (CMS SignedData with the content inside, DER).
    public func signed(by identity: SigningIdentity) throws -> [UInt8] {
        try CMS.signAttached(plist.xmlDocument, identity: identity)
    }

    private func wifiPayload(_ network: WiFi, anchors: [String]) -> PropertyList {
        var fields: [String: PropertyList] = ["SSID_STR": .string(network.ssid), "HIDDEN_NETWORK": .bool(network.hidden), "AutoJoin": .bool(true)]
        switch network.security {
        case .open: fields["EncryptionType"] = .string("None")
        case .wpa2, .wpa3:
            fields["EncryptionType"] = .string(network.security == .wpa3 ? "WPA3" : "WPA2")
            if let password = network.password { fields["Password"] = .string(password) }
        case .peap, .tls:
            fields["EncryptionType"] = .string("WPA2")
            var eap: [String: PropertyList] = ["PayloadCertificateAnchorUUID": .array(anchors.map(PropertyList.string)),
                                               "TLSTrustedServerNames": .array(network.trustedServerNames.map(PropertyList.string))]
            if case .peap(let identity) = network.security {
                eap["AcceptEAPTypes"] = .array([.integer(25)])
                eap["UserName"] = .string(identity)
                eap["TTLSInnerAuthentication"] = .string("MSCHAPv2")
                if let password = network.password { eap["UserPassword"] = .string(password) }
            } else {
                eap["AcceptEAPTypes"] = .array([.integer(13)])
            }
            fields["EAPClientConfiguration"] = .dictionary(eap)
        }
        switch network.proxy {
        case .none: fields["ProxyType"] = .string("None")
        case let .manual(host, port):
            fields["ProxyType"] = .string("Manual")
            fields["ProxyServer"] = .string(host)
            fields["ProxyServerPort"] = .integer(port)
        case .pac(let url):
            fields["ProxyType"] = .string("Auto")
            fields["ProxyPACURL"] = .string(url)
        }
        return payload("com.apple.wifi.managed", "wifi", network.ssid, fields)
    }

    private func payload(_ type: String, _ kind: String, _ name: String, _ fields: [String: PropertyList], uuid given: String? = nil) -> PropertyList {
        var all = fields
        all["PayloadType"] = .string(type)
        all["PayloadVersion"] = .integer(1)
        all["PayloadIdentifier"] = .string("\(identifier).\(kind).\(Self.slug(name))")
        all["PayloadUUID"] = .string(given ?? uuid(kind, name))
        all["PayloadDisplayName"] = .string(name)
        return .dictionary(all)
    }

    /// A UUID derived from the profile and payload names, so the same profile keeps the same UUIDs
    /// (devices then update payloads in place instead of adding copies).
    private func uuid(_ kind: String, _ name: String) -> String {
        var bytes = Array(Digest.sha256(Array("\(identifier)/\(kind)/\(name)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02X", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }

    /// Lower-case letters and digits, anything else a dash: for identifiers and file names.
    public static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
