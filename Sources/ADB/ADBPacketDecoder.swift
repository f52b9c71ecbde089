/// Turns a byte stream into ADB packets, checking every header before trusting it.
///
/// Fed any number of bytes at a time; `next()` returns a packet once its header and whole
/// payload have arrived. A bad magic, an unknown command or a length over `maxPayload`
/// throws, and the stream must then be dropped (as adbd's `check_header` does).
///
/// Every transport feeds one: TCP appends what the socket gives (`append(upTo:_:)`, the socket writing into
/// the decoder's buffer); USB reads exactly `bytesWanted()` per transfer, the header then its payload, and a
/// payload that came as one transfer becomes the packet's payload without a copy.
public struct ADBPacketDecoder: Sendable {
    /// The largest payload accepted; 4096 until the peer's CNXN is known.
    public var maxPayload: Int
    private var queue = ByteQueue()
    /// The header of the packet whose payload is being received, once checked.
    private var header: ADBPacketHeader?

    /// Creates a decoder accepting payloads up to `maxPayload` bytes.
    public init(maxPayload: Int = ADBProtocol.maxPayloadV1) {
        self.maxPayload = maxPayload
    }

    /// Bytes received but not yet returned as a packet.
    public var bufferedCount: Int { queue.count + (header == nil ? 0 : ADBPacket.headerSize) }

    /// Adds received bytes.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { queue.append(bytes) }

    /// Lets `fill` write up to `limit` received bytes straight into the decoder's buffer; returns what it wrote.
    public mutating func append(upTo limit: Int, _ fill: (UnsafeMutableRawBufferPointer) throws -> Int) rethrows -> Int {
        try queue.append(upTo: limit, fill)
    }

    /// How many more bytes complete the packet being received: what its header lacks, else what its payload lacks.
    public mutating func bytesWanted() throws(ADBProtocolError) -> Int {
        guard let header = try checkedHeader() else { return ADBPacket.headerSize - queue.count }
        return max(0, header.length - queue.count)
    }

    /// The next complete packet, or nil when more bytes are needed.
    public mutating func next() throws(ADBProtocolError) -> ADBPacket? {
        guard let header = try checkedHeader(), queue.count >= header.length else { return nil }
        self.header = nil
        return ADBPacket(header.command, header.arg0, header.arg1, queue.take(header.length))
    }

    /// Decodes and validates the header of the packet being received without consuming anything.
    public func peekHeader() throws(ADBProtocolError) -> ADBPacketHeader? {
        if let header { return header }
        guard queue.count >= ADBPacket.headerSize else { return nil }
        return try ADBPacketHeader(validating: queue.view.prefix(ADBPacket.headerSize), maxPayload: maxPayload)
    }

    /// Says whether the stream ended in the middle of a packet; call when the peer closed.
    public func checkFinished() throws(ADBProtocolError) {
        if bufferedCount > 0 {
            let expected = (try? peekHeader()).flatMap { $0.map { ADBPacket.headerSize + $0.length } } ?? ADBPacket.headerSize
            throw .truncated(expected: expected, received: bufferedCount)
        }
    }

    /// The header of the packet being received, taken off the buffer once whole and valid.
    private mutating func checkedHeader() throws(ADBProtocolError) -> ADBPacketHeader? {
        if let header { return header }
        guard let header = try peekHeader() else { return nil }
        queue.consume(ADBPacket.headerSize)
        self.header = header
        return header
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
