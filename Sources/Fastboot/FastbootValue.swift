/// Reading getvar values: sizes in hex or decimal, yes/no flags, slots.
public enum FastbootValue {
    /// Parses a size as bootloaders write it: `0x10000000`, `268435456`, with surrounding whitespace or NULs.
    public static func size(_ text: String, variable: String = "max-download-size") throws(FastbootProtocolError) -> UInt64 {
        let trimmed = trim(text)
        let lower = trimmed.lowercased()
        let value: UInt64?
        if lower.hasPrefix("0x") {
            let digits = lower.dropFirst(2)
            value = digits.isEmpty ? nil : UInt64(digits, radix: 16)
        } else {
            value = UInt64(lower, radix: 10)
        }
        guard let value else { throw .badValue(variable: variable, value: text) }
        return value
    }

    /// `yes`/`no` (also `true`/`false`, `1`/`0`); nil for anything else.
    public static func flag(_ text: String) -> Bool? {
        switch trim(text).lowercased() {
        case "yes", "true", "1": return true
        case "no", "false", "0": return false
        default: return nil
        }
    }

    /// Text without the spaces, tabs, newlines and NULs some bootloaders pad values with.
    public static func trim(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, isPadding(first) { scalars.removeFirst() }
        while let last = scalars.last, isPadding(last) { scalars.removeLast() }
        return String(scalars)
    }

    static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\0"
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) || (0x41...0x46).contains(byte)
    }
}

/// An A/B slot.
public enum FastbootSlot: String, Sendable, Equatable, CaseIterable, Codable {
    case a, b

    /// Reads `a`, `b`, `_a` or `_b` (old bootloaders add the underscore).
    public init?(parsing text: String) {
        let trimmed = FastbootValue.trim(text)
        self.init(rawValue: trimmed.hasPrefix("_") ? String(trimmed.dropFirst()) : trimmed)
    }

    /// The other slot.
    public var other: FastbootSlot { self == .a ? .b : .a }

    /// The partition name in this slot: "boot" → "boot_a".
    public func partition(_ base: String) -> String { "\(base)_\(rawValue)" }
}

/// Names of the standard getvar variables.
public enum FastbootVariable {
    public static let product = "product"
    public static let serialNumber = "serialno"
    public static let versionBootloader = "version-bootloader"
    public static let versionBaseband = "version-baseband"
    public static let maxDownloadSize = "max-download-size"
    public static let currentSlot = "current-slot"
    public static let slotCount = "slot-count"
    public static let unlocked = "unlocked"
    public static let secure = "secure"
    public static let isUserspace = "is-userspace"
    public static let batteryVoltage = "battery-voltage"
    public static let all = "all"
    /// `has-slot:PARTITION`.
    public static func hasSlot(_ partition: String) -> String { "has-slot:\(partition)" }
    /// `partition-size:PARTITION`.
    public static func partitionSize(_ partition: String) -> String { "partition-size:\(partition)" }
    /// `partition-type:PARTITION`.
    public static func partitionType(_ partition: String) -> String { "partition-type:\(partition)" }
}
