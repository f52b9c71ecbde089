import Diagnostics
import Foundation

/// Reads a merged profile tree into a `ResolvedProfile`, reporting every problem and going on.
struct ProfileDecoder {
    static let topLevelKeys = [
        "inherits", "name", "kind", "school", "class", "case", "naming", "device", "wifi", "filtering", "ent",
        "apps", "agent", "firmware", "battery", "system_update",
    ]

    let sink: DiagnosticSink
    let secrets: SecretResolver

    /// Decodes `merged`, built from `files` (parents first).
    func decode(_ merged: ProfileNode, files: [URL]) -> ResolvedProfile {
        var profile = ResolvedProfile()
        profile.sourceFiles = files
        profile.origins = merged.origins()
        profile.unconfirmed = UnconfirmedValue.find(in: profile.origins)
        guard let root = MapReader(merged, section: "profile", keys: Self.topLevelKeys, sink: sink) else {
            return profile
        }
        profile.name = root.string("name")
        if let kind = root.choice("kind", ProfileKind.allCases.map(\.rawValue)) { profile.kind = ProfileKind(rawValue: kind) }
        profile.className = root.string("class")
        profile.caseName = root.string("case")
        if let school = MapReader(root.value("school"), section: "school", keys: ["name", "uai", "code"], sink: sink) {
            profile.school = readSchool(school)
        }
        var namingValid = true
        if let naming = MapReader(root.value("naming"), section: "naming", keys: ["template"], sink: sink),
            let text = naming.string("template")
        {
            switch NamingTemplate.parse(text) {
            case .success(let template): profile.naming = template
            case .failure(let problem):
                namingValid = false
                sink.report(naming.location("template"), problem.message, fix: problem.fix)
            }
        }
        if let device = MapReader(root.value("device"), section: "device", keys: Self.deviceKeys, sink: sink) {
            profile.device = readDevice(device)
        }
        if let filtering = MapReader(
            root.value("filtering"), section: "filtering", keys: ["proxy", "ca_certificates"], sink: sink)
        {
            profile.filtering = readFiltering(filtering)
        }
        if let wifi = root.mapList("wifi") {
            profile.wifi = readNetworks(wifi, defaultProxy: profile.filtering.proxy)
        }
        if let ent = MapReader(root.value("ent"), section: "ent", keys: Self.entKeys, sink: sink) {
            profile.ent = readENT(ent)
        }
        if let apps = MapReader(root.value("apps"), section: "apps", keys: ["install", "remove"], sink: sink) {
            profile.apps = readApps(apps)
        }
        if let agent = MapReader(
            root.value("agent"), section: "agent", keys: ["apk", "sha256", "package", "component"], sink: sink)
        {
            profile.agent = readAgent(agent)
        }
        if let firmware = MapReader(root.value("firmware"), section: "firmware", keys: Self.firmwareKeys, sink: sink) {
            profile.firmware = readFirmware(firmware)
        }
        if let battery = MapReader(root.value("battery"), section: "battery", keys: ["minimum_percent"], sink: sink),
            let minimum = battery.int("minimum_percent", in: 0...100, unit: " %")
        {
            profile.battery.minimumPercent = minimum
        }
        if let update = MapReader(root.value("system_update"), section: "system_update", keys: Self.systemUpdateKeys, sink: sink) {
            profile.systemUpdate = readSystemUpdate(update)
        }
        if profile.kind == .class { checkClassLayer(profile, root: root, namingValid: namingValid) }
        return profile
    }

    private func readSchool(_ reader: MapReader) -> SchoolIdentity {
        var school = SchoolIdentity(name: reader.string("name"), code: reader.string("code"))
        if let uai = reader.string("uai") {
            if uai.wholeMatch(of: /^[0-9]{7}[A-Z]$/) != nil {
                school.uai = uai
            } else {
                sink.report(reader.location("uai"), Say.notUAI(uai), fix: Say.notUAIFix)
            }
        }
        if let code = school.code, code.wholeMatch(of: /^[A-Za-z0-9_.-]+$/) == nil {
            sink.report(reader.location("code"), Say.schoolCodeUnusable(code), fix: Say.schoolCodeUnusableFix)
            school.code = nil
        }
        return school
    }

    static let deviceKeys = ["time_zone", "auto_time", "locale", "screen_timeout", "stay_awake_while_charging", "disable_apps", "restrictions"]

    private func readDevice(_ reader: MapReader) -> DeviceSettings {
        var device = DeviceSettings()
        if let zone = reader.string("time_zone"), let valid = Validators.timeZone(zone, at: reader.location("time_zone"), sink: sink) {
            device.timeZone = valid
        }
        if let locale = reader.string("locale"), let valid = Validators.locale(locale, at: reader.location("locale"), sink: sink) {
            device.locale = valid
        }
        device.screenTimeoutSeconds = reader.int("screen_timeout", in: 5...86_400, unit: " s", example: 300)
        device.stayAwakeWhileCharging = reader.bool("stay_awake_while_charging")
        device.autoTime = reader.bool("auto_time")
        device.restrictions = readRestrictions(reader)
        device.disableApps = (reader.stringList("disable_apps") ?? []).compactMap {
            Validators.packageName($0.0, key: "disable_apps", at: $0.1, sink: sink)
        }
        return device
    }

    private func readAgent(_ reader: MapReader) -> AgentSettings {
        var agent = AgentSettings()
        agent.apk = reader.path("apk", mustExist: false)
        if let sha = reader.string("sha256") { agent.sha256 = Validators.sha256(sha, at: reader.location("sha256"), sink: sink) }
        if let apk = agent.apk, let sha = agent.sha256 { checkChecksum(apk, sha, at: reader.location("sha256")) }
        if let package = reader.string("package"),
            Validators.packageName(package, key: "package", at: reader.location("package"), sink: sink) != nil
        {
            agent.package = package
        }
        if let component = reader.string("component") {
            let parts = component.split(separator: "/", maxSplits: 1).map(String.init)
            if parts.count == 2, Validators.isPackageName(parts[0]), !parts[1].isEmpty {
                agent.component = component
                if parts[0] != agent.package {
                    sink.report(reader.location("component"), Say.componentOutsidePackage(component, agent.package), fix: Say.componentOutsidePackageFix(agent.package))
                }
            } else {
                sink.report(reader.location("component"), Say.notAdminComponent(component), fix: Say.notAdminComponentFix)
            }
        }
        return agent
    }

    static let firmwareKeys = ["product", "min_build", "fingerprint", "security_patch"]

    private func readFirmware(_ reader: MapReader) -> FirmwareRequirement? {
        let product = reader.string("product", required: "SM-X200")
        var requirement = FirmwareRequirement(product: product ?? "", minBuild: reader.string("min_build"), fingerprint: reader.string("fingerprint"))
        if requirement.minBuild != nil && requirement.fingerprint != nil {
            sink.report(reader.location("fingerprint"), Say.firmwareBothBuilds, fix: Say.firmwareBothBuildsFix)
        }
        if let patch = reader.value("security_patch") {
            if case .scalar(let text, let kind) = patch.value, kind == .string || kind == .timestamp {
                requirement.securityPatch = Validators.date(text, key: "security_patch", at: patch.location, sink: sink)
            } else {
                _ = Validators.date("", key: "security_patch", at: patch.location, sink: sink)
            }
        }
        return product == nil ? nil : requirement
    }

    private func checkClassLayer(_ profile: ResolvedProfile, root: MapReader, namingValid: Bool) {
        let top = root.node.location
        if profile.className == nil && profile.caseName == nil {
            sink.report(top, Say.classProfileNoUnit, fix: Say.classProfileNoUnitFix)
        }
        if profile.school.name == nil {
            sink.report(top, Say.classProfileNoSchool, fix: Say.classProfileNoSchoolFix)
        }
        let naming = root.value("naming").map { $0.location } ?? top
        guard namingValid else { return }
        if profile.naming.uses(.school) && profile.school.code == nil {
            sink.report(naming, Say.namingSchoolWithoutCode, fix: Say.namingSchoolWithoutCodeFix)
        }
        if profile.naming.uses(.class) && profile.className == nil {
            sink.report(naming, Say.namingClassWithoutClass, fix: Say.namingClassWithoutClassFix)
        }
    }

    /// Reports a checksum mismatch when the file exists.
    func checkChecksum(_ file: URL, _ expected: String, at location: FileLocation) {
        guard FileManager.default.fileExists(atPath: file.path), let actual = SHA256.hex(fileAt: file) else { return }
        if actual != expected {
            sink.report(location, Say.checksumMismatch(file.lastPathComponent, actual), fix: Say.checksumMismatchFix(actual))
        }
    }
}
