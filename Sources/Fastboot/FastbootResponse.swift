/// One fastboot response: a 4-byte status and a message, in one packet of at most 256 bytes.
public enum FastbootResponse: Sendable, Equatable, CustomStringConvertible {
    /// Done; the message may be a value (getvar).
    case okay(String)
    /// Failed; the message is the reason.
    case fail(String)
    /// Ready for a data phase of this many bytes.
    case data(UInt32)
    /// Progress text; more responses follow.
    case info(String)
    /// Raw text printed as is; more responses follow.
    case text(String)

    /// The largest response packet (`FB_RESPONSE_SZ`).
    public static let maxLength = 256

    /// The 4-byte status.
    public var status: String {
        switch self {
        case .okay: return "OKAY"
        case .fail: return "FAIL"
        case .data: return "DATA"
        case .info: return "INFO"
        case .text: return "TEXT"
        }
    }

    /// The text after the status.
    public var message: String {
        switch self {
        case .okay(let text), .fail(let text), .info(let text), .text(let text): return text
        case .data(let size): return FastbootHex.eightDigits(size)
        }
    }

    /// "OKAY value".
    public var description: String { status + message }

    /// The packet, cut to 256 bytes (the device side).
    public func encoded() -> [UInt8] {
        Array(Array((status + message).utf8).prefix(Self.maxLength))
    }

    /// Reads one response packet.
    public init(parsing packet: [UInt8]) throws(FastbootProtocolError) {
        guard packet.count >= 4 else { throw .shortResponse(packet) }
        guard packet.count <= Self.maxLength else { throw .responseTooLong(packet.count) }
        let status = String(decoding: packet[0..<4], as: UTF8.self)
        let message = String(decoding: packet[4...], as: UTF8.self)
        switch status {
        case "OKAY": self = .okay(message)
        case "FAIL": self = .fail(message)
        case "INFO": self = .info(message)
        case "TEXT": self = .text(message)
        case "DATA":
            guard message.utf8.count == 8, message.utf8.allSatisfy({ FastbootValue.isHexDigit($0) }),
                  let size = UInt32(message, radix: 16) else { throw .badDataSize(message) }
            self = .data(size)
        default:
            throw .unknownStatus(status)
        }
    }
}
