/// One ADB transport message: a 24-byte header and its payload.
///
/// The header is six little-endian `UInt32`: command, arg0, arg1, payload length,
/// payload checksum (a byte sum, not a CRC) and magic (`command ^ 0xFFFFFFFF`).
public struct ADBPacket: Sendable, Equatable {
    /// The header length in bytes.
    public static let headerSize = 24

    /// The command (CNXN, AUTH, OPEN, OKAY, WRTE, CLSE, STLS, …).
    public var command: ADBCommand
    /// First argument; its meaning depends on the command.
    public var arg0: UInt32
    /// Second argument; its meaning depends on the command.
    public var arg1: UInt32
    /// The payload bytes: a slice, so that a stream's data is sent in packets without a copy of each.
    public var payload: ArraySlice<UInt8>

    /// Creates a packet.
    public init(_ command: ADBCommand, _ arg0: UInt32, _ arg1: UInt32, _ payload: [UInt8] = []) {
        self.init(command, arg0, arg1, payload[...])
    }

    /// Creates a packet whose payload is part of a larger buffer (not copied).
    public init(_ command: ADBCommand, _ arg0: UInt32, _ arg1: UInt32, _ payload: ArraySlice<UInt8>) {
        self.command = command
        self.arg0 = arg0
        self.arg1 = arg1
        self.payload = payload
    }

    /// The sum of the payload bytes mod 2^32, as ADB's `data_check` field.
    public static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var sum: UInt32 = 0
        for byte in bytes { sum &+= UInt32(byte) }
        return sum
    }

    /// The 24-byte header; `withChecksum` fills `data_check` (needed before and below version 0x01000001).
    public func header(withChecksum: Bool) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(Self.headerSize)
        let check = withChecksum ? Self.checksum(payload) : 0
        for word in [command.rawValue, arg0, arg1, UInt32(payload.count), check, command.rawValue ^ 0xFFFF_FFFF] {
            out.appendLittleEndian(word)
        }
        return out
    }

    /// Header followed by payload, as sent on a byte stream (TCP).
    public func encoded(withChecksum: Bool) -> [UInt8] {
        header(withChecksum: withChecksum) + Array(payload)
    }
}

/// The ADB transport commands, as the little-endian value of their four ASCII letters.
public struct ADBCommand: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The wire value.
    public let rawValue: UInt32
    /// Wraps a wire value.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// "CNXN": connect, banner exchange.
    public static let connect = ADBCommand(rawValue: 0x4E58_4E43)
    /// "AUTH": token, signature or public key.
    public static let auth = ADBCommand(rawValue: 0x4854_5541)
    /// "OPEN": open a stream to a service.
    public static let open = ADBCommand(rawValue: 0x4E45_504F)
    /// "OKAY": stream ready / acknowledgement.
    public static let okay = ADBCommand(rawValue: 0x5941_4B4F)
    /// "WRTE": stream data.
    public static let write = ADBCommand(rawValue: 0x4554_5257)
    /// "CLSE": close a stream.
    public static let close = ADBCommand(rawValue: 0x4553_4C43)
    /// "SYNC": obsolete; ignored.
    public static let sync = ADBCommand(rawValue: 0x434E_5953)
    /// "STLS": switch to TLS.
    public static let startTLS = ADBCommand(rawValue: 0x534C_5453)

    /// The commands a peer may legitimately send.
    public static let known: Set<ADBCommand> = [.connect, .auth, .open, .okay, .write, .close, .sync, .startTLS]

    /// The four letters, or the hex value when they are not printable.
    public var description: String {
        let bytes = (0..<4).map { UInt8(truncatingIfNeeded: rawValue >> (8 * $0)) }
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(decoding: bytes, as: UTF8.self) }
        return "0x" + String(rawValue, radix: 16)
    }
}

/// Protocol constants of the ADB transport.
public enum ADBProtocol {
    /// The original version; checksums are filled and may be verified.
    public static let versionMin: UInt32 = 0x0100_0000
    /// Checksums are no longer filled or checked.
    public static let versionSkipChecksum: UInt32 = 0x0100_0001
    /// The maximum payload of anything sent before the peer's CNXN is known.
    public static let maxPayloadV1 = 4096
    /// The maximum payload modern peers advertise.
    public static let maxPayload = 1 << 20
    /// AUTH type: device → host random token.
    public static let authToken: UInt32 = 1
    /// AUTH type: host → device signature of the token.
    public static let authSignature: UInt32 = 2
    /// AUTH type: host → device public key (the tablet then prompts the user).
    public static let authRSAPublicKey: UInt32 = 3
    /// Initial window of a delayed-ack stream (AOSP's `INITIAL_DELAYED_ACK_BYTES`).
    public static let initialDelayedAckBytes: UInt32 = 32 << 20
    /// The STLS version.
    public static let stlsVersion: UInt32 = 0x0100_0000
}

extension Array where Element == UInt8 {
    /// Appends `value` in little-endian order.
    @inlinable
    public mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        Swift.withUnsafeBytes(of: &v) { append(contentsOf: $0) }
    }
}

extension Collection where Element == UInt8 {
    /// Reads a little-endian integer at `offset` (relative to startIndex); the caller checks bounds.
    @inlinable
    public func readLittleEndian<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
        var value: T = 0
        var index = self.index(startIndex, offsetBy: offset)
        for shift in 0..<(T.bitWidth / 8) {
            value |= T(self[index]) << (8 * shift)
            index = self.index(after: index)
        }
        return value
    }
}
