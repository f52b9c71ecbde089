import Diagnostics
import Foundation

extension ProfileDecoder {
    static let entKeys = ["name", "portal_url", "sso", "cas_url", "homepage", "bookmarks", "app"]
    static let installKeys = ["apk", "package", "min_version_code", "sha256", "order"]

    func readENT(_ reader: MapReader) -> ENTSettings {
        var ent = ENTSettings()
        ent.name = reader.string("name")
        ent.portalURL = reader.httpsURL("portal_url")
        ent.sso = reader.choice("sso", ENTSettings.SSO.allCases.map(\.rawValue)).flatMap(ENTSettings.SSO.init(rawValue:))
        if ent.sso == .cas {
            ent.casURL = reader.httpsURL("cas_url", required: "https://cas.example.fr/cas")
        } else if let entry = reader.node.entry("cas_url") {
            sink.report(entry.keyLocation, Say.casURLOnlyWithCAS, fix: Say.casURLOnlyWithCASFix)
        }
        ent.homepage = reader.httpsURL("homepage")
        for node in reader.mapList("bookmarks") ?? [] {
            guard let bookmark = MapReader(node, section: Say.sectionBookmark, keys: ["title", "url"], sink: sink) else { continue }
            let title = bookmark.string("title", required: "Iguane")
            let url = bookmark.httpsURL("url", required: "https://…")
            if let title, let url { ent.bookmarks.append(Bookmark(title: title, url: url)) }
        }
        if let app = MapReader(reader.value("app"), section: "app", keys: ["package", "managed_configuration"], sink: sink),
            let package = app.string("package", required: "fr.example.ent"),
            Validators.packageName(package, key: "package", at: app.location("package"), sink: sink) != nil
        {
            var entApp = ENTApp(package: package)
            if let configuration = app.value("managed_configuration") {
                if case .map(let values)? = configValue(configuration) {
                    entApp.managedConfiguration = values
                } else {
                    sink.report(configuration.location, Say.managedConfigurationNotMap, fix: Say.managedConfigurationNotMapFix)
                }
            }
            ent.app = entApp
        }
        return ent
    }

    private func configValue(_ node: ProfileNode) -> ConfigValue? {
        switch node.value {
        case .scalar(let text, .int): return Int(text).map(ConfigValue.int) ?? .string(text)
        case .scalar(let text, .float): return Double(text).map(ConfigValue.double) ?? .string(text)
        case .scalar(let text, .bool): return .bool(["true", "yes", "on"].contains(text.lowercased()))
        case .scalar(_, .null):
            sink.report(node.location, Say.managedValueEmpty, fix: Say.managedValueEmptyFix)
            return nil
        case .scalar(let text, _): return .string(text)
        case .sequence(let items): return .list(items.compactMap(configValue))
        case .mapping(let entries):
            var map: [String: ConfigValue] = [:]
            for entry in entries { map[entry.key] = configValue(entry.value) }
            return .map(map)
        }
    }

    func readApps(_ reader: MapReader) -> AppSettings {
        var apps = AppSettings()
        var packages: [String: FileLocation] = [:]
        for (index, node) in (reader.mapList("install") ?? []).enumerated() {
            guard let app = MapReader(node, section: Say.sectionAppToInstall, keys: Self.installKeys, sink: sink) else { continue }
            let apk = app.path("apk", mustExist: false, required: "apks/app.apk")
            let package = app.string("package", required: "fr.example.app").flatMap {
                Validators.packageName($0, key: "package", at: app.location("package"), sink: sink)
            }
            let sha = app.string("sha256", required: Say.sha256Example).flatMap {
                Validators.sha256($0, at: app.location("sha256"), sink: sink)
            }
            let minVersion = app.int("min_version_code", in: 0...Int(Int32.max))
            let order = app.int("order", in: 0...10_000) ?? index
            if let apk, let sha { checkChecksum(apk, sha, at: app.location("sha256")) }
            if let package {
                if let first = packages[package] {
                    sink.report(app.location("package"), Say.installedTwice(package, firstLine: first.line), fix: Say.onePerPackage)
                    continue
                }
                packages[package] = app.location("package")
            }
            guard let apk, let package, let sha else { continue }
            apps.install.append(AppInstall(apk: apk, package: package, minVersionCode: minVersion, sha256: sha, order: order))
        }
        apps.install = apps.install.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .map(\.element)
        for (package, location) in reader.stringList("remove") ?? [] {
            guard Validators.packageName(package, key: "remove", at: location, sink: sink) != nil else { continue }
            if packages[package] != nil {
                sink.report(location, Say.installedAndRemoved(package), fix: Say.installedAndRemovedFix)
                continue
            }
            apps.remove.append(package)
        }
        return apps
    }
}
