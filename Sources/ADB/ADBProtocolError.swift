/// A violation of the ADB protocol by the peer. The connection cannot be trusted after one.
public enum ADBProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The magic field is not the command's complement: the stream is corrupt or not ADB.
    case badMagic(command: UInt32, magic: UInt32)
    /// A header announced more payload than was negotiated.
    case payloadTooLarge(length: Int, limit: Int)
    /// A command this protocol does not have.
    case unknownCommand(UInt32)
    /// The stream ended inside a packet.
    case truncated(expected: Int, received: Int)
    /// A packet that makes no sense at this point (wrong AUTH type, malformed OKAY, …).
    case unexpected(String)

    /// A one-line technical description.
    public var description: String {
        switch self {
        case let .badMagic(command, magic):
            return "bad packet magic 0x\(String(magic, radix: 16)) for command 0x\(String(command, radix: 16))"
        case let .payloadTooLarge(length, limit):
            return "packet announces \(length) bytes of payload, more than the \(limit) agreed"
        case let .unknownCommand(raw):
            return "unknown command \(ADBCommand(rawValue: raw))"
        case let .truncated(expected, received):
            return "connection ended inside a packet (\(received) of \(expected) bytes)"
        case let .unexpected(what):
            return what
        }
    }
}
