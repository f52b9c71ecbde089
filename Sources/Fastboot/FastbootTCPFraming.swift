/// Fastboot over TCP (port 5554): each side first sends "FB" and a 2-digit decimal version ("FB01"), then every
/// packet (command, response, data chunk) travels as [u64 big-endian length][bytes].
public enum FastbootTCP {
    /// The device's default port (`tcp::kDefaultPort`).
    public static let defaultPort: UInt16 = 5554
    /// The protocol version spoken here.
    public static let version = 1

    /// The 4-byte handshake, "FB01".
    public static func handshake(version: Int = FastbootTCP.version) -> [UInt8] {
        let digits = String(min(max(version, 0), 99))
        return Array(("FB" + (digits.count == 1 ? "0" + digits : digits)).utf8)
    }

    /// The 8-byte header in front of `length` bytes.
    public static func frameHeader(length: Int) -> [UInt8] {
        withUnsafeBytes(of: UInt64(length).bigEndian) { Array($0) }
    }

    /// One whole frame.
    public static func frame(_ bytes: [UInt8]) -> [UInt8] { frameHeader(length: bytes.count) + bytes }
}

/// Decodes what one side of a fastboot TCP connection receives: the handshake, then whole frames.
public struct FastbootTCPFrameDecoder: Sendable {
    /// One decoded item.
    public enum Output: Sendable, Equatable {
        /// The peer's handshake with its version.
        case handshake(version: Int)
        /// One frame's bytes.
        case frame([UInt8])
    }

    private var buffer = FastbootByteBuffer()
    private var handshakeDone: Bool
    private let maxFrameLength: Int

    /// A decoder that expects the handshake first (unless `expectHandshake` is false) and refuses frames over
    /// `maxFrameLength` bytes.
    public init(maxFrameLength: Int, expectHandshake: Bool = true) {
        self.maxFrameLength = maxFrameLength
        handshakeDone = !expectHandshake
    }

    /// Bytes received and not yet decoded.
    public var bufferedCount: Int { buffer.count }

    /// Adds received bytes.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { buffer.append(bytes) }

    /// The next handshake or whole frame, nil when more bytes are needed.
    public mutating func next() throws(FastbootProtocolError) -> Output? {
        if !handshakeDone {
            guard buffer.count >= 4 else { return nil }
            let bytes = buffer.take(4)
            guard bytes[0] == UInt8(ascii: "F"), bytes[1] == UInt8(ascii: "B"),
                  bytes[2...].allSatisfy({ (0x30...0x39).contains($0) }) else { throw .badHandshake(bytes) }
            let version = Int(bytes[2] - 0x30) * 10 + Int(bytes[3] - 0x30)
            guard version >= 1 else { throw .badHandshake(bytes) }
            handshakeDone = true
            return .handshake(version: version)
        }
        guard buffer.count >= 8 else { return nil }
        var length: UInt64 = 0
        for index in 0..<8 { length = length << 8 | UInt64(buffer[index]) }
        guard length <= UInt64(maxFrameLength) else { throw .frameTooLarge(length: length, limit: maxFrameLength) }
        guard buffer.count >= 8 + Int(length) else { return nil }
        buffer.skip(8)
        return .frame(buffer.take(Int(length)))
    }
}
