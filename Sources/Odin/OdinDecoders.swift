/// What the host sends, as the device reads it.
public enum OdinHostMessage: Sendable, Equatable {
    /// "ODIN".
    case handshake
    /// A control packet.
    case request(OdinRequest)
    /// One part of a file sequence (always the part size; the last one padded).
    case part([UInt8])
}

/// The device side's decoder: "ODIN", then 1024-byte control packets, and after a sequence start the sequence's
/// parts. It follows the part size the host announces (0x64/5) and the byte count of each sequence (0x66/2).
public struct OdinRequestDecoder: Sendable {
    private var buffer = OdinByteBuffer()
    private var handshaken = false
    private var partsLeft = 0
    /// The part size in use.
    public private(set) var partSize = OdinTransferParameters.standard.partSize
    /// The largest part size accepted.
    public static let maxPartSize = 16 * 1024 * 1024

    /// A decoder waiting for the handshake.
    public init() {}

    /// Bytes received and not decoded yet.
    public var bufferedCount: Int { buffer.count }

    /// Adds received bytes (a zero-length transfer adds nothing).
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { buffer.append(bytes) }

    /// The next message, nil when more bytes are needed.
    public mutating func next() throws(OdinProtocolError) -> OdinHostMessage? {
        if !handshaken {
            guard buffer.count >= OdinWire.handshake.count else { return nil }
            let bytes = buffer.take(OdinWire.handshake.count)
            guard bytes == OdinWire.handshake else { throw .badHandshake(bytes) }
            handshaken = true
            return .handshake
        }
        if partsLeft > 0 {
            guard buffer.count >= partSize else { return nil }
            partsLeft -= 1
            return .part(buffer.take(partSize))
        }
        guard buffer.count >= OdinWire.controlPacketLength else { return nil }
        let request = try OdinRequest(parsing: buffer.take(OdinWire.controlPacketLength))
        switch request {
        case .filePartSize(let size):
            guard size > 0, size <= Self.maxPartSize else { throw .badSize("a part size of \(size) bytes") }
            partSize = Int(size)
        case .sequenceStart(let count):
            partsLeft = (Int(count) + partSize - 1) / partSize
        default:
            break
        }
        return .request(request)
    }
}

/// What the device sends, as the host reads it.
public enum OdinDeviceMessage: Sendable, Equatable {
    /// "LOKE".
    case handshakeReply
    /// An 8-byte response.
    case response(OdinResponse)
    /// Raw bytes the host asked for (a PIT part).
    case raw([UInt8])
}

/// The host side's decoder: "LOKE", then 8-byte responses, or raw bytes when the host expects them.
public struct OdinResponseDecoder: Sendable {
    private var buffer = OdinByteBuffer()
    private var handshaken: Bool
    private var rawWanted = 0

    /// A decoder waiting for "LOKE" (or, `afterHandshake`, for responses).
    public init(afterHandshake: Bool = false) { handshaken = afterHandshake }

    /// Bytes received and not decoded yet.
    public var bufferedCount: Int { buffer.count }

    /// Adds received bytes.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { buffer.append(bytes) }

    /// The next `count` bytes are raw data (a PIT part), not a response.
    public mutating func expectRaw(_ count: Int) { rawWanted = count }

    /// The next message, nil when more bytes are needed.
    public mutating func next() throws(OdinProtocolError) -> OdinDeviceMessage? {
        if !handshaken {
            guard buffer.count >= OdinWire.handshakeReply.count else { return nil }
            let bytes = buffer.take(OdinWire.handshakeReply.count)
            guard bytes == OdinWire.handshakeReply else { throw .badHandshake(bytes) }
            handshaken = true
            return .handshakeReply
        }
        if rawWanted > 0 {
            guard buffer.count >= rawWanted else { return nil }
            defer { rawWanted = 0 }
            return .raw(buffer.take(rawWanted))
        }
        guard buffer.count >= OdinWire.responseLength else { return nil }
        return .response(try OdinResponse(parsing: buffer.take(OdinWire.responseLength)))
    }
}
