import Foundation

/// The school's ENT (espace numérique de travail): portal, single sign-on, bookmarks and app.
public struct ENTSettings: Sendable, Codable, Equatable {
    /// How pupils sign in.
    public enum SSO: String, Sendable, Codable, CaseIterable {
        /// The national EduConnect login.
        case educonnect
        /// A CAS server (`cas_url`).
        case cas
    }

    /// The ENT's name (e.g. "Iguane").
    public var name: String?
    /// The ENT portal's https:// address.
    public var portalURL: URL?
    /// The single sign-on used, when set.
    public var sso: SSO?
    /// CAS: the CAS server's https:// address.
    public var casURL: URL?
    /// The browser's home page, when set.
    public var homepage: URL?
    /// Browser bookmarks.
    public var bookmarks: [Bookmark] = []
    /// The ENT's app and its managed configuration, when set.
    public var app: ENTApp?

    /// No ENT settings.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case name, portalURL = "portal_url", sso, casURL = "cas_url", homepage, bookmarks, app
    }
}

/// A browser bookmark.
public struct Bookmark: Sendable, Codable, Equatable {
    /// The title shown.
    public var title: String
    /// The https:// address.
    public var url: URL

    /// Creates a bookmark.
    public init(title: String, url: URL) {
        self.title = title
        self.url = url
    }
}

/// The ENT's Android app and the managed configuration (app restrictions) the agent sets for it.
public struct ENTApp: Sendable, Codable, Equatable {
    /// The app's package.
    public var package: String
    /// App restrictions, as written in the profile.
    public var managedConfiguration: [String: ConfigValue] = [:]

    /// Creates an app entry.
    public init(package: String, managedConfiguration: [String: ConfigValue] = [:]) {
        self.package = package
        self.managedConfiguration = managedConfiguration
    }

    enum CodingKeys: String, CodingKey { case package, managedConfiguration = "managed_configuration" }
}

/// A managed-configuration value: text, number, true/false, list or map. Encodes as plain JSON.
public indirect enum ConfigValue: Sendable, Codable, Equatable {
    /// Text.
    case string(String)
    /// A whole number.
    case int(Int)
    /// A decimal number.
    case double(Double)
    /// true or false.
    case bool(Bool)
    /// A list.
    case list([ConfigValue])
    /// A map (an Android restriction bundle).
    case map([String: ConfigValue])

    /// Encodes the value as its natural JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .list(let value): try container.encode(value)
        case .map(let value): try container.encode(value)
        }
    }

    /// Decodes a value from its natural JSON form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([ConfigValue].self) {
            self = .list(value)
        } else {
            self = .map(try container.decode([String: ConfigValue].self))
        }
    }
}
