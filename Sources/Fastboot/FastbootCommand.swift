/// One fastboot command, as the host sends it (ASCII, one packet).
public enum FastbootCommand: Sendable, Equatable, CustomStringConvertible {
    /// `getvar:NAME`.
    case getVar(String)
    /// `download:%08x`: the host then sends that many bytes.
    case download(UInt32)
    /// `upload`: the device sends the bytes staged by an earlier command.
    case upload
    /// `flash:PARTITION`: writes the last download.
    case flash(String)
    /// `erase:PARTITION`.
    case erase(String)
    /// `set_active:SLOT` (`a` or `b`).
    case setActive(String)
    /// `boot`: boots the downloaded image without flashing it.
    case boot
    /// `continue`: goes on with the normal boot.
    case `continue`
    /// `reboot`.
    case reboot
    /// `reboot-bootloader`.
    case rebootBootloader
    /// `reboot-recovery`.
    case rebootRecovery
    /// `reboot-fastboot` (to userspace fastbootd).
    case rebootFastboot
    /// `flashing lock`.
    case flashingLock
    /// `flashing unlock`.
    case flashingUnlock
    /// `flashing get_unlock_ability`.
    case flashingGetUnlockAbility
    /// `oem ARGS`.
    case oem(String)
    /// Anything else, sent as is (the device side also uses it for commands it does not know).
    case raw(String)

    /// The historical command limit that every bootloader accepts.
    public static let defaultMaxLength = 64
    /// The limit of current hosts and fastbootd (`FB_COMMAND_SZ`).
    public static let modernMaxLength = 4096

    /// The command as it goes on the wire.
    public var description: String {
        switch self {
        case .getVar(let name): return "getvar:\(name)"
        case .download(let size): return "download:" + FastbootHex.eightDigits(size)
        case .upload: return "upload"
        case .flash(let partition): return "flash:\(partition)"
        case .erase(let partition): return "erase:\(partition)"
        case .setActive(let slot): return "set_active:\(slot)"
        case .boot: return "boot"
        case .continue: return "continue"
        case .reboot: return "reboot"
        case .rebootBootloader: return "reboot-bootloader"
        case .rebootRecovery: return "reboot-recovery"
        case .rebootFastboot: return "reboot-fastboot"
        case .flashingLock: return "flashing lock"
        case .flashingUnlock: return "flashing unlock"
        case .flashingGetUnlockAbility: return "flashing get_unlock_ability"
        case .oem(let args): return "oem \(args)"
        case .raw(let text): return text
        }
    }

    /// The bytes to send; refuses commands over `maxLength` bytes, or with non-ASCII or NUL characters.
    public func encoded(maxLength: Int = FastbootCommand.defaultMaxLength) throws(FastbootProtocolError) -> [UInt8] {
        let text = description
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 > 0 && $0 < 0x80 }) else { throw .commandNotASCII(text) }
        guard bytes.count <= maxLength else { throw .commandTooLong(command: text, length: bytes.count, limit: maxLength) }
        return bytes
    }

    /// Reads a command as the device receives it (unknown ones become `.raw`).
    public init(parsing bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        func after(_ prefix: String) -> String? { text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil }
        if let name = after("getvar:") { self = .getVar(name); return }
        if let size = after("download:") {
            if size.utf8.count == 8, let value = UInt32(size, radix: 16) { self = .download(value) } else { self = .raw(text) }
            return
        }
        if let partition = after("flash:") { self = .flash(partition); return }
        if let partition = after("erase:") { self = .erase(partition); return }
        if let slot = after("set_active:") { self = .setActive(slot); return }
        if let args = after("oem ") { self = .oem(args); return }
        let plain: [String: FastbootCommand] = [
            "upload": .upload, "boot": .boot, "continue": .continue, "reboot": .reboot,
            "reboot-bootloader": .rebootBootloader, "reboot-recovery": .rebootRecovery, "reboot-fastboot": .rebootFastboot,
            "flashing lock": .flashingLock, "flashing unlock": .flashingUnlock,
            "flashing get_unlock_ability": .flashingGetUnlockAbility,
        ]
        self = plain[text] ?? .raw(text)
    }

    /// The data phase the command asks for: bytes host → device (download), device → host (upload), or none.
    public var dataPhase: FastbootDataDirection? {
        switch self {
        case .download(let size): return .toDevice(Int(size))
        case .upload: return .toHost
        default: return nil
        }
    }
}

/// Which way the bytes of a data phase go.
public enum FastbootDataDirection: Sendable, Equatable {
    /// The host sends exactly this many bytes.
    case toDevice(Int)
    /// The device sends as many bytes as its DATA response says.
    case toHost
}

/// Lowercase hexadecimal as fastboot writes sizes.
enum FastbootHex {
    /// Exactly 8 lowercase hex digits.
    static func eightDigits(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
