import Diagnostics
import Foundation

extension ProfileDecoder {
    static let networkKeys = [
        "ssid", "security", "passphrase", "identity", "password", "ca_certificate", "domain", "client_certificate",
        "client_key", "hidden", "priority", "proxy",
    ]
    static let proxyKeys = ["type", "host", "port", "exclusions", "url"]

    func readFiltering(_ reader: MapReader) -> FilteringSettings {
        var filtering = FilteringSettings()
        if let proxy = reader.value("proxy") { filtering.proxy = readProxy(proxy) }
        filtering.caCertificates = (reader.stringList("ca_certificates") ?? []).compactMap {
            Validators.path($0.0, key: "ca_certificates", at: $0.1, mustExist: true, sink: sink)
        }
        return filtering
    }

    func readNetworks(_ nodes: [ProfileNode], defaultProxy: ProxySettings?) -> [WiFiNetwork] {
        var networks: [WiFiNetwork] = []
        var seen: [String: FileLocation] = [:]
        for node in nodes {
            guard let reader = MapReader(node, section: Say.sectionWiFiNetwork, keys: Self.networkKeys, sink: sink),
                let network = readNetwork(reader, defaultProxy: defaultProxy)
            else { continue }
            if let first = seen[network.ssid] {
                sink.report(reader.location("ssid"), Say.networkListedTwice(network.ssid, firstLine: first.line), fix: Say.onePerSSID)
                continue
            }
            seen[network.ssid] = reader.location("ssid")
            networks.append(network)
        }
        return networks
    }

    private func readNetwork(_ reader: MapReader, defaultProxy: ProxySettings?) -> WiFiNetwork? {
        var reader = reader
        reader.label = Say.thisWiFiNetwork
        let ssid = reader.string("ssid", required: "NOM-DU-RESEAU").flatMap {
            Validators.ssid($0, at: reader.location("ssid"), sink: sink)
        }
        let security = reader.choice("security", WiFiSecurity.allCases.map(\.rawValue), required: "wpa2-psk")
            .flatMap(WiFiSecurity.init(rawValue:))
        let name = ssid ?? Say.thisNetwork
        if let ssid { reader.label = Say.theWiFiNetwork(ssid) }
        var network = WiFiNetwork(ssid: ssid ?? "", security: security ?? .open)
        network.hidden = reader.bool("hidden") ?? false
        network.priority = reader.int("priority", in: 0...1000)
        if let proxy = reader.value("proxy") {
            network.proxy = readProxy(proxy) ?? .none
        } else if let defaultProxy {
            network.proxy = defaultProxy
        }
        guard let security else { return nil }
        let eapKeys = ["identity", "password", "ca_certificate", "domain", "client_certificate", "client_key"]
        let allowed: [String]
        switch security {
        case .open:
            allowed = []
        case .wpa2PSK, .wpa3SAE:
            allowed = ["passphrase"]
            if let node = reader.value("passphrase") {
                network.passphrase = secrets.resolve(node, what: Say.wifiPassphraseOf(name))
                if let passphrase = network.passphrase {
                    Validators.passphrase(passphrase, ssid: name, at: node.location, sink: sink)
                }
            } else {
                reader.missing("passphrase", example: "{secret: wifi-…}")
            }
        case .eapPEAP:
            allowed = ["identity", "password", "ca_certificate", "domain"]
            network.eap = readEAP(reader, name: name, tls: false)
        case .eapTLS:
            allowed = ["identity", "ca_certificate", "domain", "client_certificate", "client_key"]
            network.eap = readEAP(reader, name: name, tls: true)
        }
        for key in ["passphrase"] + eapKeys where !allowed.contains(key) && reader.node[key] != nil {
            let location = reader.node.entry(key)?.keyLocation ?? reader.node.location
            sink.report(location, Say.doesNotApplyToNetworks(key, security.rawValue), fix: Say.removeOrChangeSecurity)
        }
        return ssid == nil ? nil : network
    }

    private func readEAP(_ reader: MapReader, name: String, tls: Bool) -> EAPSettings? {
        let identity = reader.string("identity", required: tls ? nil : "eleve@etab")
        var password: SecretValue?
        if !tls {
            if let node = reader.value("password") {
                password = secrets.resolve(node, what: Say.eapPasswordOf(name))
                if let password { Validators.eapPassword(password, ssid: name, at: node.location, sink: sink) }
            } else {
                reader.missing("password", example: "{secret: radius-…}")
            }
        }
        let ca = reader.path("ca_certificate", required: "certs/radius-ca.pem")
        let domain = reader.string("domain", required: "radius.example.fr")
        var clientCertificate: URL?
        var clientKey: URL?
        if tls {
            clientCertificate = reader.path("client_certificate", required: "certs/client.pem")
            clientKey = reader.path("client_key", required: "certs/client.key")
            if let key = clientKey {
                let location = reader.location("client_key")
                if secrets.isKeyMaterial(key.path, what: Say.clientKeyOf(name), at: location,
                                         fix: Say.clientKeyFix) {
                    clientKey = nil
                } else {
                    _ = FileModes.isPrivate(key.path, reportingTo: sink, at: location)
                }
            }
        }
        guard let ca, let domain else { return nil }
        return EAPSettings(
            identity: identity, password: password, caCertificate: ca, domain: domain,
            clientCertificate: clientCertificate, clientKey: clientKey)
    }

    func readProxy(_ node: ProfileNode) -> ProxySettings? {
        guard var reader = MapReader(node, section: "proxy", keys: Self.proxyKeys, sink: sink),
            let type = reader.choice("type", ProxySettings.Mode.allCases.map(\.rawValue), required: "manual")
                .flatMap(ProxySettings.Mode.init(rawValue:))
        else { return nil }
        reader.label = Say.theProxy(type.rawValue)
        var proxy = ProxySettings(type: type)
        let keys: [String]
        switch type {
        case .none:
            keys = []
        case .manual:
            keys = ["host", "port", "exclusions"]
            proxy.host = reader.string("host", required: "proxy.example.fr")
            if let host = proxy.host, host.wholeMatch(of: /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/) == nil {
                sink.report(reader.location("host"), Say.notHostName(host), fix: Say.notHostNameFix)
            }
            proxy.port = reader.int("port", in: 1...65_535)
            if reader.value("port") == nil { reader.missing("port", example: "3128") }
            proxy.exclusions = (reader.stringList("exclusions") ?? []).map(\.0)
        case .pac:
            keys = ["url"]
            proxy.url = reader.httpsURL("url", required: "https://…/proxy.pac")
        }
        for key in ["host", "port", "exclusions", "url"] where !keys.contains(key) && node[key] != nil {
            let location = node.entry(key)?.keyLocation ?? node.location
            sink.report(location, Say.doesNotApplyToProxy(key, type.rawValue), fix: Say.removeOrChangeType)
        }
        return proxy
    }
}
