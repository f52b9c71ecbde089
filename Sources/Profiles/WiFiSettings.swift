import Foundation

/// How a Wi-Fi network is secured.
public enum WiFiSecurity: String, Sendable, Codable, CaseIterable {
    /// No encryption (captive portals only).
    case open
    /// WPA2 personal, with a passphrase.
    case wpa2PSK = "wpa2-psk"
    /// WPA3 personal (SAE), with a passphrase.
    case wpa3SAE = "wpa3-sae"
    /// 802.1X PEAP (MSCHAPv2) with an identity and a password.
    case eapPEAP = "eap-peap"
    /// 802.1X EAP-TLS with a client certificate and key.
    case eapTLS = "eap-tls"
}

/// 802.1X settings of an `eap-peap` or `eap-tls` network.
public struct EAPSettings: Sendable, Codable, Equatable {
    /// The identity (login) sent to the RADIUS server.
    public var identity: String?
    /// The PEAP password (masked when printed or encoded).
    public var password: SecretValue?
    /// The CA certificate that signed the RADIUS server's certificate.
    public var caCertificate: URL
    /// The RADIUS server's domain, checked against its certificate.
    public var domain: String
    /// EAP-TLS: the client certificate.
    public var clientCertificate: URL?
    /// EAP-TLS: the client private key (a 0600 file).
    public var clientKey: URL?

    /// Creates EAP settings.
    public init(identity: String? = nil, password: SecretValue? = nil, caCertificate: URL, domain: String,
                clientCertificate: URL? = nil, clientKey: URL? = nil) {
        self.identity = identity
        self.password = password
        self.caCertificate = caCertificate
        self.domain = domain
        self.clientCertificate = clientCertificate
        self.clientKey = clientKey
    }

    enum CodingKeys: String, CodingKey {
        case identity, password, caCertificate = "ca_certificate", domain
        case clientCertificate = "client_certificate", clientKey = "client_key"
    }
}

/// A proxy for a network: none, a manual host and port, or a PAC file.
public struct ProxySettings: Sendable, Codable, Equatable {
    /// The kind of proxy.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// No proxy.
        case none
        /// A host and port.
        case manual
        /// A proxy auto-configuration file at an https:// address.
        case pac
    }

    /// The kind of proxy.
    public var type: Mode
    /// Manual: the proxy's host.
    public var host: String?
    /// Manual: the proxy's port.
    public var port: Int?
    /// Manual: hosts that bypass the proxy.
    public var exclusions: [String] = []
    /// PAC: the file's https:// address.
    public var url: URL?

    /// Creates proxy settings.
    public init(type: Mode, host: String? = nil, port: Int? = nil, exclusions: [String] = [], url: URL? = nil) {
        self.type = type
        self.host = host
        self.port = port
        self.exclusions = exclusions
        self.url = url
    }

    /// No proxy.
    public static let none = ProxySettings(type: .none)
}

/// One Wi-Fi network a tablet is given.
public struct WiFiNetwork: Sendable, Codable, Equatable {
    /// The network name (at most 32 bytes in UTF-8).
    public var ssid: String
    /// How the network is secured.
    public var security: WiFiSecurity
    /// WPA2/WPA3 personal passphrase (masked when printed or encoded).
    public var passphrase: SecretValue?
    /// 802.1X settings for eap-peap and eap-tls.
    public var eap: EAPSettings?
    /// Whether the network does not broadcast its name.
    public var hidden: Bool = false
    /// Preference among networks (higher first), when set.
    public var priority: Int?
    /// The proxy used on this network (the district's filtering proxy unless the network sets its own).
    public var proxy: ProxySettings = .none

    /// Creates a network.
    public init(ssid: String, security: WiFiSecurity) {
        self.ssid = ssid
        self.security = security
    }
}

/// The académie's mandatory filtering: the default proxy and the CA certificates tablets must trust.
public struct FilteringSettings: Sendable, Codable, Equatable {
    /// The proxy used by every network that does not set its own.
    public var proxy: ProxySettings?
    /// CA certificates installed as trusted on every tablet (the filtering proxy's CA).
    public var caCertificates: [URL] = []

    /// No filtering.
    public init() {}

    enum CodingKeys: String, CodingKey { case proxy, caCertificates = "ca_certificates" }
}
