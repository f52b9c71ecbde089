/// Turns a byte stream into ADB packets, checking every header before trusting it.
///
/// Fed any number of bytes at a time; `next()` returns a packet once its header and whole
/// payload have arrived. A bad magic, an unknown command or a length over `maxPayload`
/// throws, and the stream must then be dropped (as adbd's `check_header` does).
public struct ADBPacketDecoder: Sendable {
    /// The largest payload accepted; 4096 until the peer's CNXN is known.
    public var maxPayload: Int
    private var queue = ByteQueue()

    /// Creates a decoder accepting payloads up to `maxPayload` bytes.
    public init(maxPayload: Int = ADBProtocol.maxPayloadV1) {
        self.maxPayload = maxPayload
    }

    /// Bytes received but not yet returned as a packet.
    public var bufferedCount: Int { queue.count }

    /// Adds received bytes.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { queue.append(bytes) }

    /// The next complete packet, or nil when more bytes are needed.
    public mutating func next() throws(ADBProtocolError) -> ADBPacket? {
        guard let header = try peekHeader() else { return nil }
        let total = ADBPacket.headerSize + header.length
        guard bufferedCount >= total else { return nil }
        let payload = queue.bytes(at: ADBPacket.headerSize, length: header.length)
        queue.consume(total)
        return ADBPacket(header.command, header.arg0, header.arg1, payload)
    }

    /// Decodes and validates the header at the front of the buffer without consuming it.
    public func peekHeader() throws(ADBProtocolError) -> ADBPacketHeader? {
        guard bufferedCount >= ADBPacket.headerSize else { return nil }
        return try ADBPacketHeader(validating: queue.view.prefix(ADBPacket.headerSize), maxPayload: maxPayload)
    }

    /// Says whether the stream ended in the middle of a packet; call when the peer closed.
    public func checkFinished() throws(ADBProtocolError) {
        if bufferedCount > 0 {
            let expected = (try? peekHeader()).flatMap { $0.map { ADBPacket.headerSize + $0.length } } ?? ADBPacket.headerSize
            throw .truncated(expected: expected, received: bufferedCount)
        }
    }
}

/// A validated 24-byte packet header.
public struct ADBPacketHeader: Sendable, Equatable {
    /// The command.
    public var command: ADBCommand
    /// First argument.
    public var arg0: UInt32
    /// Second argument.
    public var arg1: UInt32
    /// Payload length in bytes.
    public var length: Int
    /// The `data_check` field (never verified: current peers leave it 0).
    public var checksum: UInt32

    /// Parses and checks a header: magic, known command, length within `maxPayload`.
    public init<C: Collection>(validating bytes: C, maxPayload: Int) throws(ADBProtocolError) where C.Element == UInt8 {
        precondition(bytes.count >= ADBPacket.headerSize)
        let raw = bytes.readLittleEndian(UInt32.self, at: 0)
        let magic = bytes.readLittleEndian(UInt32.self, at: 20)
        guard magic == raw ^ 0xFFFF_FFFF else { throw .badMagic(command: raw, magic: magic) }
        command = ADBCommand(rawValue: raw)
        guard ADBCommand.known.contains(command) else { throw .unknownCommand(raw) }
        arg0 = bytes.readLittleEndian(UInt32.self, at: 4)
        arg1 = bytes.readLittleEndian(UInt32.self, at: 8)
        let declared = bytes.readLittleEndian(UInt32.self, at: 12)
        guard declared <= UInt32(maxPayload) else { throw .payloadTooLarge(length: Int(declared), limit: maxPayload) }
        length = Int(declared)
        checksum = bytes.readLittleEndian(UInt32.self, at: 16)
    }
}
