import Diagnostics
import Foundation
import Profiles
import Signing

extension AppleConfigurationProfile {
    /// The iPad profile of a class: its Wi-Fi networks (with the filtering proxy), the CA certificates, the ENT as web clips.
    public init(profile: ResolvedProfile) throws {
        let unit = profile.unitName ?? "class"
        let school = profile.school.name ?? "school"
        var certificates: [(name: String, der: [UInt8])] = []
        for url in profile.filtering.caCertificates + profile.wifi.compactMap({ $0.eap?.caCertificate }) {
            guard let pem = try? String(contentsOf: url, encoding: .utf8), let certificate = try? Certificate(pem: pem) else {
                throw BundleError.unreadableFile(url.path)
            }
            let name = url.deletingPathExtension().lastPathComponent
            if !certificates.contains(where: { $0.name == name }) { certificates.append((name, try certificate.der())) }
        }
        let wifi: [WiFi] = profile.wifi.map { network in
            let proxySettings = network.proxy.type == .none ? (profile.filtering.proxy ?? .none) : network.proxy
            let proxy: WiFi.Proxy
            switch proxySettings.type {
            case .none: proxy = .none
            case .manual: proxy = .manual(host: proxySettings.host ?? "", port: proxySettings.port ?? 3128)
            case .pac: proxy = .pac(url: proxySettings.url?.absoluteString ?? "")
            }
            let security: WiFi.Security
            switch network.security {
            case .open: security = .open
            case .wpa2PSK: security = .wpa2
            case .wpa3SAE: security = .wpa3
            case .eapPEAP: security = .peap(identity: network.eap?.identity ?? "")
            case .eapTLS: security = .tls
            }
            return WiFi(ssid: network.ssid, security: security, password: (network.passphrase ?? network.eap?.password)?.reveal(),
                        hidden: network.hidden, proxy: proxy, trustedServerNames: network.eap.map { [$0.domain] } ?? [])
        }
        var clips: [(label: String, url: String)] = []
        if let ent = profile.ent {
            if let portal = ent.portalURL { clips.append((ent.name ?? "ENT", portal.absoluteString)) }
            clips += ent.bookmarks.filter { $0.url != ent.portalURL }.map { ($0.title, $0.url.absoluteString) }
        }
        let code = [profile.school.code ?? school, unit].map(Self.slug).joined(separator: ".")
        self.init(identifier: "fr.valise.\(code)", displayName: "\(school) — \(unit)", organization: school,
                  summary: Say.appleProfileSummary(unit: unit, school: school), wifi: wifi,
                  certificates: certificates, webClips: clips)
    }
}
