import Diagnostics
import Foundation

/// Prints a resolved profile as YAML-like text for `valise profile show CLASS --resolved`: every value with the
/// file and line it came from, secrets masked ("••••••", with where they come from).
public enum ProfileRenderer {
    /// The text of `resolved`; file paths in comments are shown relative to `base` when under it.
    public static func render(resolved: ResolvedProfile, relativeTo base: URL? = nil) -> String {
        var writer = Writer(origins: resolved.origins, base: base)
        let p = resolved
        writer.comment(Say.resolvedProfileFor(p.unitName ?? p.name ?? "?", school: p.school.name ?? Say.noSchool))
        writer.comment(Say.layersLabel + p.sourceFiles.map { writer.display($0.path) }.joined(separator: " → "))
        writer.field("name", p.name)
        writer.field("kind", p.kind?.rawValue)
        writer.section("school") { w in
            w.field("name", p.school.name); w.field("uai", p.school.uai); w.field("code", p.school.code)
        }
        writer.field("class", p.className)
        writer.field("case", p.caseName)
        writer.section("naming") { w in
            w.field("template", p.naming.template, note: "slot 1 → \(p.tabletName(slot: 1, serial: "SERIAL"))")
        }
        writer.section("device") { w in
            w.field("time_zone", p.device.timeZone)
            w.field("locale", p.device.locale)
            w.field("screen_timeout", p.device.screenTimeoutSeconds.map(String.init), literal: true)
            w.field("stay_awake_while_charging", p.device.stayAwakeWhileCharging.map(String.init), literal: true)
            w.list("disable_apps", p.device.disableApps)
            w.field("auto_time", p.device.autoTime.map(String.init), literal: true)
            w.list("restrictions", p.device.restrictions)
        }
        writer.section("filtering") { w in
            if let proxy = p.filtering.proxy { w.section("proxy") { proxyFields(proxy, &$0) } }
            w.list("ca_certificates", p.filtering.caCertificates.map { w.display($0.path) })
        }
        writer.items("wifi", p.wifi) { w, network in
            w.field("ssid", network.ssid)
            w.field("security", network.security.rawValue)
            w.secret("passphrase", network.passphrase)
            if let eap = network.eap {
                w.field("identity", eap.identity)
                w.secret("password", eap.password)
                w.field("ca_certificate", w.display(eap.caCertificate.path))
                w.field("domain", eap.domain)
                w.field("client_certificate", eap.clientCertificate.map { w.display($0.path) })
                w.field("client_key", eap.clientKey.map { w.display($0.path) })
            }
            if network.hidden { w.field("hidden", "true", literal: true) }
            w.field("priority", network.priority.map(String.init), literal: true)
            w.section("proxy", fallback: Say.from("filtering.proxy")) { proxyFields(network.proxy, &$0) }
        }
        if let ent = p.ent {
            writer.section("ent") { w in
                w.field("name", ent.name)
                w.field("portal_url", ent.portalURL?.absoluteString)
                w.field("sso", ent.sso?.rawValue)
                w.field("cas_url", ent.casURL?.absoluteString)
                w.field("homepage", ent.homepage?.absoluteString)
                w.items("bookmarks", ent.bookmarks) { w, mark in
                    w.field("title", mark.title); w.field("url", mark.url.absoluteString)
                }
                if let app = ent.app {
                    w.section("app") { w in
                        w.field("package", app.package)
                        w.section("managed_configuration") { w in
                            for key in app.managedConfiguration.keys.sorted() {
                                w.field(key, app.managedConfiguration[key].map(describe))
                            }
                        }
                    }
                }
            }
        }
        writer.section("apps") { w in
            w.items("install", p.apps.install) { w, app in
                w.field("package", app.package)
                w.field("apk", w.display(app.apk.path))
                w.field("sha256", app.sha256)
                w.field("min_version_code", app.minVersionCode.map(String.init), literal: true)
                w.field("order", String(app.order), literal: true)
            }
            w.list("remove", p.apps.remove)
        }
        writer.section("agent") { w in
            w.field("package", p.agent.package)
            w.field("component", p.agent.component)
            w.field("apk", p.agent.apk.map { w.display($0.path) })
            w.field("sha256", p.agent.sha256)
        }
        if let firmware = p.firmware {
            writer.section("firmware") { w in
                w.field("product", firmware.product); w.field("min_build", firmware.minBuild)
                w.field("fingerprint", firmware.fingerprint); w.field("security_patch", firmware.securityPatch)
            }
        }
        writer.section("battery") { $0.field("minimum_percent", String(p.battery.minimumPercent), literal: true) }
        if let update = p.systemUpdate {
            writer.section("system_update") { w in
                w.field("policy", update.kind.rawValue)
                if let start = update.windowStart, let end = update.windowEnd {
                    w.field("window", String(format: "%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60))
                }
                w.items("freeze", update.freezePeriods) { w, period in
                    w.field("from", period.start); w.field("to", period.end); w.field("name", period.name)
                }
            }
        }
        return writer.text
    }

    private static func proxyFields(_ proxy: ProxySettings, _ w: inout Writer) {
        w.field("type", proxy.type.rawValue)
        w.field("host", proxy.host)
        w.field("port", proxy.port.map(String.init), literal: true)
        w.list("exclusions", proxy.exclusions)
        w.field("url", proxy.url?.absoluteString)
    }

    private static func describe(_ value: ConfigValue) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.keys.sorted().map { "\($0): \(map[$0].map(describe) ?? "")" }.joined(separator: ", ") + "}"
        }
    }
}
