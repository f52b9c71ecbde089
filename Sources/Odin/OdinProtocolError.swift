/// A Download-mode protocol problem, in technical words (the Devices and Firmware layers add plain ones).
public enum OdinProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A packet or response of the wrong length.
    case badLength(what: String, length: Int, expected: Int)
    /// The device answered the handshake with something other than "LOKE" (or the host did not send "ODIN").
    case badHandshake([UInt8])
    /// An end-of-sequence destination other than AP (0) or CP (1).
    case badDestination(UInt32)
    /// The device refused the request with this error code.
    case refused(request: String, code: UInt32)
    /// The device answered with another type than the request's.
    case unexpectedResponse(request: String, response: OdinResponse)
    /// A part's acknowledgement carried another index.
    case wrongPartIndex(expected: UInt32, received: UInt32)
    /// A packet arrived where the protocol does not allow it.
    case outOfSequence(String)
    /// A PIT that breaks the format.
    case badPIT(String)
    /// A part size or byte count the protocol cannot carry.
    case badSize(String)

    public var description: String {
        switch self {
        case let .badLength(what, length, expected): return "Odin \(what) of \(length) bytes (expected \(expected))"
        case let .badHandshake(bytes):
            return "bad Odin handshake \"\(String(decoding: bytes.prefix(16), as: UTF8.self))\" (expected ODIN / LOKE)"
        case let .badDestination(value): return "end of sequence with destination \(value) (0 AP or 1 CP expected)"
        case let .refused(request, code): return "the device refused \(request) (error code \(code))"
        case let .unexpectedResponse(request, response): return "the device answered \(request) with \(response)"
        case let .wrongPartIndex(expected, received): return "part \(expected) acknowledged as part \(received)"
        case let .outOfSequence(what): return what
        case let .badPIT(why): return "bad PIT: \(why)"
        case let .badSize(why): return why
        }
    }
}
