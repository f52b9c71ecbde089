import Foundation

/// Which layer a profile file is: the district's, a school's, a level's (6e, 5e) or a class's (or an école's case).
public enum ProfileKind: String, Sendable, Codable, CaseIterable {
    /// The whole district (pôle numérique): defaults for every school.
    case district
    /// One school (collège or école).
    case school
    /// One level of a school (6e, 5e…).
    case level
    /// One class, or one case (valise) of an école: the layer tablets are provisioned from.
    case `class`
}

/// The school a profile belongs to.
public struct SchoolIdentity: Sendable, Codable, Equatable {
    /// The school's name, e.g. "Collège Quartier d'Orléans".
    public var name: String?
    /// The school's UAI code, 7 digits and a letter (e.g. 9711001X).
    public var uai: String?
    /// A short code used in tablet names through `{school}`, e.g. "QO".
    public var code: String?

    /// Creates a school identity.
    public init(name: String? = nil, uai: String? = nil, code: String? = nil) {
        self.name = name
        self.uai = uai
        self.code = code
    }
}

/// Settings applied to the tablet itself.
public struct DeviceSettings: Sendable, Codable, Equatable {
    /// Olson time zone; America/Marigot unless a layer says otherwise.
    public var timeZone: String = "America/Marigot"
    /// Locale such as fr_FR.
    public var locale: String = "fr_FR"
    /// Screen timeout in seconds, when set.
    public var screenTimeoutSeconds: Int?
    /// Keep the screen on while charging, when set.
    public var stayAwakeWhileCharging: Bool?
    /// Packages to disable on the tablet.
    public var disableApps: [String] = []
    /// Whether the tablet takes its time from the network, when set.
    public var autoTime: Bool?
    /// Android user restrictions the agent sets (`no_factory_reset`, `no_add_user`…).
    public var restrictions: [String] = []

    /// Default settings (America/Marigot, fr_FR).
    public init() {}

    enum CodingKeys: String, CodingKey {
        case timeZone = "time_zone", locale, screenTimeoutSeconds = "screen_timeout"
        case stayAwakeWhileCharging = "stay_awake_while_charging", disableApps = "disable_apps"
        case autoTime = "auto_time", restrictions
    }
}

/// The device-owner agent that applies bundles on the tablet.
public struct AgentSettings: Sendable, Codable, Equatable {
    /// The agent's APK, relative paths resolved against the profile that named it.
    public var apk: URL?
    /// The APK's SHA-256 (lower-case hex), when given.
    public var sha256: String?
    /// The agent's package; fr.valise.agent by default.
    public var package: String = "fr.valise.agent"
    /// The admin receiver component for `dpm set-device-owner`; fr.valise.agent/.AdminReceiver by default.
    public var component: String = "fr.valise.agent/.AdminReceiver"

    /// The default agent (fr.valise.agent).
    public init() {}
}

/// The firmware a tablet must run: a catalog entry and the minimum it requires.
public struct FirmwareRequirement: Sendable, Codable, Equatable {
    /// The catalog product (e.g. "SM-X200").
    public var product: String
    /// The lowest build accepted, when given.
    public var minBuild: String?
    /// The exact build fingerprint required, when given.
    public var fingerprint: String?
    /// The oldest security patch accepted (YYYY-MM-DD), when given.
    public var securityPatch: String?

    /// Creates a requirement.
    public init(product: String, minBuild: String? = nil, fingerprint: String? = nil, securityPatch: String? = nil) {
        self.product = product
        self.minBuild = minBuild
        self.fingerprint = fingerprint
        self.securityPatch = securityPatch
    }

    enum CodingKeys: String, CodingKey {
        case product, minBuild = "min_build", fingerprint, securityPatch = "security_patch"
    }
}

/// The battery gate before provisioning.
public struct BatteryPolicy: Sendable, Codable, Equatable {
    /// Tablets below this charge (percent) wait on the charger; 30 by default.
    public var minimumPercent: Int = 30

    /// The default policy (30 %).
    public init() {}

    enum CodingKeys: String, CodingKey { case minimumPercent = "minimum_percent" }
}

/// Apps to install and remove.
public struct AppSettings: Sendable, Codable, Equatable {
    /// Apps to install, in install order.
    public var install: [AppInstall] = []
    /// Packages to uninstall.
    public var remove: [String] = []

    /// No apps.
    public init() {}
}

/// One app to install.
public struct AppInstall: Sendable, Codable, Equatable {
    /// The APK file (relative paths resolved against the profile that named it).
    public var apk: URL
    /// The app's package.
    public var package: String
    /// The lowest version code accepted as already installed, when given.
    public var minVersionCode: Int?
    /// The APK's SHA-256 in lower-case hex.
    public var sha256: String
    /// Install order: lower first; list order by default.
    public var order: Int

    /// Creates an app entry.
    public init(apk: URL, package: String, minVersionCode: Int? = nil, sha256: String, order: Int) {
        self.apk = apk
        self.package = package
        self.minVersionCode = minVersionCode
        self.sha256 = sha256
        self.order = order
    }

    enum CodingKeys: String, CodingKey {
        case apk, package, minVersionCode = "min_version_code", sha256, order
    }
}
