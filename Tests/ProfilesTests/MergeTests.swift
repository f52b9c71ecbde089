import Foundation
import Testing

@testable import Profiles

@Suite("Layers merge in order: district → school → level → class")
struct MergeTests {
    /// Writes the layers of a small district in a temporary folder and returns the class file.
    static func layers() throws -> URL {
        let root = try TestSupport.temporaryFolder()
        try TestSupport.write("""
            kind: district
            naming: {template: "{school}-{class}-{slot:02}"}
            device: {time_zone: America/Marigot, locale: fr_FR, screen_timeout: 300, disable_apps: [a.b.c, d.e.f]}
            filtering: {proxy: {type: manual, host: proxy.example.fr, port: 3128}}
            battery: {minimum_percent: 30}
            ent: {name: Iguane, portal_url: "https://www.iguane.education", sso: educonnect}
            """, to: root.appendingPathComponent("district.yaml"), mode: 0o644)
        try TestSupport.write("""
            inherits: ../district.yaml
            kind: school
            school: {name: Collège test, code: CT}
            device: {screen_timeout: 600, disable_apps: [g.h.i]}
            battery: {minimum_percent: 40}
            """, to: root.appendingPathComponent("school/school.yaml"), mode: 0o644)
        try TestSupport.write("""
            inherits: school.yaml
            kind: level
            device: {locale: en_US}
            filtering: {proxy: {type: pac, url: "https://proxy.example.fr/proxy.pac"}}
            """, to: root.appendingPathComponent("school/5e.yaml"), mode: 0o644)
        try TestSupport.write("""
            inherits: [5e.yaml, extra.yaml]
            kind: class
            class: 5A
            battery: {minimum_percent: 50}
            ent: {sso: null}
            """, to: root.appendingPathComponent("school/5A.yaml"), mode: 0o644)
        try TestSupport.write("""
            device: {screen_timeout: 900}
            """, to: root.appendingPathComponent("school/extra.yaml"), mode: 0o644)
        return root.appendingPathComponent("school/5A.yaml")
    }

    @Test("later layers override earlier ones key by key; maps merge, lists replace")
    func order() throws {
        let profile = try ProfileLoader(environment: [:]).load(Self.layers()).get()
        #expect(profile.sourceFiles.map(\.lastPathComponent) == ["district.yaml", "school.yaml", "5e.yaml", "extra.yaml", "5A.yaml"])
        #expect(profile.device.timeZone == "America/Marigot")  // district
        #expect(profile.device.locale == "en_US")  // level over district
        #expect(profile.device.screenTimeoutSeconds == 900)  // the second parent of the class, over the school
        #expect(profile.device.disableApps == ["g.h.i"])  // the school's list replaces the district's
        #expect(profile.battery.minimumPercent == 50)  // class
        #expect(profile.tabletName(slot: 4, serial: "S") == "CT-5A-04")
        #expect(profile.ent?.name == "Iguane")
        #expect(profile.ent?.sso == nil)  // `sso: null` removes the inherited key
    }

    @Test("a proxy that changes type is replaced, not merged")
    func typeReplaces() throws {
        let profile = try ProfileLoader(environment: [:]).load(Self.layers()).get()
        #expect(profile.filtering.proxy == ProxySettings(type: .pac, url: URL(string: "https://proxy.example.fr/proxy.pac")))
    }

    @Test("origins name the layer that wrote each value")
    func origins() throws {
        let url = try Self.layers()
        let profile = try ProfileLoader(environment: [:]).load(url).get()
        #expect(profile.origins["device.locale"]?.file == url.deletingLastPathComponent().appendingPathComponent("5e.yaml").path)
        #expect(profile.origins["battery.minimum_percent"]?.file == url.path)
        let shown = ProfileRenderer.render(resolved: profile, relativeTo: url.deletingLastPathComponent().deletingLastPathComponent())
        #expect(shown.contains("  time_zone: America/Marigot  # district.yaml:3\n"))
        #expect(shown.contains("  minimum_percent: 50  # school/5A.yaml:4\n"))
    }

    @Test("a secret reference replaces the inherited one instead of merging into it")
    func secretReplaces() {
        let base = LayerParser.parse("p: {secret: a}", file: "a.yaml")
        let over = LayerParser.parse("p: {env: B}", file: "b.yaml")
        guard case .success(let baseNode) = base, case .success(let overNode) = over else {
            Issue.record("fixtures did not parse")
            return
        }
        let merged = LayerMerge.merge(baseNode, overNode)
        #expect(merged["p"]?.entries?.map(\.key) == ["env"])
    }

    @Test("a self-inheriting file is a cycle")
    func selfCycle() throws {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("loop.yaml")
        try TestSupport.write("inherits: loop.yaml\nkind: district\n", to: url, mode: 0o644)
        let diagnostics = ProfileLoader(environment: [:]).check([url])
        #expect(diagnostics.map(\.description) == [
            "\(url.path):1:11: inheritance cycle: loop.yaml → loop.yaml"
                + " — remove one of these inherits so that each layer inherits only from layers above it"
        ])
    }
}
