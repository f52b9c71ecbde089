/// A secret read from a reference (`{env: …}`, `{file: …}`, `{secret: …}`): a Wi-Fi passphrase, an EAP password.
///
/// Its `description`, `debugDescription`, mirror and `Codable` output are masked ("••••••"), so printing,
/// logging, `dump` or encoding a profile never shows it. Code that must hand the value to a tablet (the bundle
/// builder) calls `reveal()`.
public struct SecretValue: Sendable, Hashable, Codable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The mask shown in place of every secret.
    public static let mask = "••••••"

    private let value: String
    /// Where the secret came from, safe to show: `secret 'wifi-qo'`, `env VALISE_DEMO_WIFI_PSK`, `file …`.
    public let origin: String

    /// Creates a secret; `origin` says where it came from and must not contain the value.
    public init(_ value: String, origin: String) {
        self.value = value
        self.origin = origin
    }

    /// The secret in clear, for the one place that must send it to a tablet.
    public func reveal() -> String { value }

    /// Always the mask.
    public var description: String { Self.mask }
    /// The mask and the origin, never the value.
    public var debugDescription: String { "SecretValue(\(Self.mask), from \(origin))" }
    /// A mirror that shows only the mask and the origin.
    public var customMirror: Mirror { Mirror(self, children: ["value": Self.mask, "origin": origin]) }

    /// Encodes the mask, never the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.mask)
    }

    /// Decodes a string as the secret (a masked encoding decodes to the mask itself).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.value = try container.decode(String.self)
        self.origin = "decoded"
    }
}
