import Diagnostics
import Foundation

/// A class's profile with all its layers merged, its references resolved and every value checked: what the
/// tablets of that class (or école case) must be.
///
/// Encoding it (JSON, YAML) masks every secret; `ProfileRenderer` prints it for `valise profile show --resolved`.
public struct ResolvedProfile: Sendable, Codable {
    /// The most specific layer's name.
    public var name: String?
    /// The most specific layer's kind.
    public var kind: ProfileKind?
    /// The school.
    public var school = SchoolIdentity()
    /// The class name (e.g. "5A"), when set.
    public var className: String?
    /// The école case name (e.g. "Valise 1"), when set.
    public var caseName: String?
    /// How tablets are named.
    public var naming: NamingTemplate = .standard
    /// Tablet settings.
    public var device = DeviceSettings()
    /// Wi-Fi networks, in the order written.
    public var wifi: [WiFiNetwork] = []
    /// The académie's filtering proxy and CA certificates.
    public var filtering = FilteringSettings()
    /// ENT settings, when set.
    public var ent: ENTSettings?
    /// Apps to install and remove.
    public var apps = AppSettings()
    /// The device-owner agent.
    public var agent = AgentSettings()
    /// The firmware requirement, when set.
    public var firmware: FirmwareRequirement?
    /// The battery gate.
    public var battery = BatteryPolicy()
    /// When tablets install system updates, when set.
    public var systemUpdate: SystemUpdatePolicy?
    /// Every profile file merged into this one, parents first, the class's own file last.
    public var sourceFiles: [URL] = []
    /// Where each value was written, by dotted path (`device.time_zone`, `wifi[0].ssid`). Not encoded.
    public var origins: [String: FileLocation] = [:]
    /// Values marked `# to confirm`, or naming a placeholder file: not to reach tablets unnoticed. Not encoded.
    public var unconfirmed: [UnconfirmedValue] = []

    /// An empty profile with every default.
    public init() {}

    /// The name of the tablet in `slot` with serial number `serial`, from the naming template; `caseName`: the case
    /// it sits in (a case map's or rentrée plan's name), else the profile's own `case`.
    public func tabletName(slot: Int, serial: String, caseName: String? = nil) -> String {
        naming.render(slot: slot, serial: serial, school: school.code, className: className, caseName: caseName ?? self.caseName)
    }

    /// The class, or else the case, this profile provisions ("5A", "Valise 1").
    public var unitName: String? { className ?? caseName }

    enum CodingKeys: String, CodingKey {
        case name, kind, school, className = "class", caseName = "case", naming, device, wifi, filtering, ent, apps
        case agent, firmware, battery, systemUpdate = "system_update", sourceFiles = "source_files"
    }
}
