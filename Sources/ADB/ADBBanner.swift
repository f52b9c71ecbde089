/// The "system identity string" carried by CNXN: `<type>:<serial>:<key=value;…>`.
public struct ADBBanner: Sendable, Equatable {
    /// The connection state a banner's system type announces.
    public enum SystemType: String, Sendable {
        case host, device, bootloader, recovery, sideload, rescue
    }

    /// What kind of peer this is.
    public var type: SystemType
    /// The serial field (usually empty).
    public var serial: String
    /// Properties such as `ro.product.model`.
    public var properties: [String: String]
    /// The features the peer supports (`shell_v2`, `cmd`, `delayed_ack`, …).
    public var features: Set<String>

    /// Creates a banner.
    public init(type: SystemType, serial: String = "", properties: [String: String] = [:], features: Set<String> = []) {
        self.type = type
        self.serial = serial
        self.properties = properties
        self.features = features
    }

    /// Parses a banner as adb's `parse_banner` does: unknown types read as host, malformed items are skipped.
    public init(parsing bytes: [UInt8]) {
        var end = bytes.count
        while end > 0 && bytes[end - 1] == 0 { end -= 1 }
        let text = String(decoding: bytes[..<end], as: UTF8.self)
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        type = SystemType(rawValue: String(parts.first ?? "")) ?? .host
        serial = parts.count > 1 ? String(parts[1]) : ""
        properties = [:]
        features = []
        guard parts.count > 2 else { return }
        for item in parts[2].split(separator: ";") {
            let pair = item.split(separator: "=", omittingEmptySubsequences: false)
            guard pair.count == 2 else { continue }
            if pair[0] == "features" {
                features = Set(pair[1].split(separator: ",").map(String.init))
            } else {
                properties[String(pair[0])] = String(pair[1])
            }
        }
    }

    /// The banner as sent (no trailing NUL), properties in a stable order, features last.
    public var encoded: [UInt8] {
        var items = properties.keys.sorted().map { "\($0)=\(properties[$0] ?? "")" }
        if !features.isEmpty { items.append("features=" + features.sorted().joined(separator: ",")) }
        return Array("\(type.rawValue):\(serial):\(items.joined(separator: ";"))".utf8)
    }

    /// `ro.product.model`, when present.
    public var model: String? { properties["ro.product.model"] }
}

/// Feature names negotiated in banners.
public enum ADBFeature {
    /// Packetized shell with exit codes.
    public static let shellV2 = "shell_v2"
    /// The `cmd` binary exists: streamed installs.
    public static let cmd = "cmd"
    /// Sync STA2/LST2.
    public static let statV2 = "stat_v2"
    /// Sync LIS2/DNT2.
    public static let lsV2 = "ls_v2"
    /// Sync SND2/RCV2.
    public static let sendRecvV2 = "sendrecv_v2"
    /// `abb_exec:` for installs.
    public static let abbExec = "abb_exec"
    /// `abb:`.
    public static let abb = "abb"
    /// Windowed flow control.
    public static let delayedAck = "delayed_ack"
    /// adbd creates parent directories on push.
    public static let fixedPushMkdir = "fixed_push_mkdir"

    /// What Valise's host implements and advertises.
    public static let host: Set<String> = [shellV2, cmd, statV2, lsV2, sendRecvV2, abbExec, abb, delayedAck, fixedPushMkdir]
}
