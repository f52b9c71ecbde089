/// Shell protocol v2 (`shell,v2,…:`): packets of `id:u8, length:u32 LE, data` inside the stream.
public enum ShellPacketID: UInt8, Sendable {
    /// Host → tablet: standard input.
    case stdin = 0
    /// Tablet → host: standard output.
    case stdout = 1
    /// Tablet → host: standard error.
    case stderr = 2
    /// Tablet → host: one byte, the exit status.
    case exit = 3
    /// Host → tablet: end of standard input.
    case closeStdin = 4
    /// Host → tablet: terminal size "rowsxcols,xpixelsxypixels\0".
    case windowSizeChange = 5
}

/// One shell v2 packet.
public struct ShellPacket: Sendable, Equatable {
    /// The packet id.
    public var id: ShellPacketID
    /// The data.
    public var data: [UInt8]

    /// Creates a packet.
    public init(_ id: ShellPacketID, _ data: [UInt8] = []) {
        self.id = id
        self.data = data
    }

    /// The packet on the wire.
    public var encoded: [UInt8] {
        var out: [UInt8] = [id.rawValue]
        out.reserveCapacity(5 + data.count)
        out.appendLittleEndian(UInt32(data.count))
        out.append(contentsOf: data)
        return out
    }
}

/// Splits a shell v2 byte stream into packets; packets may span reads or share one.
public struct ShellPacketDecoder: Sendable {
    /// The largest packet data accepted.
    public let maxLength: Int
    private var queue = ByteQueue()

    /// Creates a decoder refusing packets over `maxLength` bytes.
    public init(maxLength: Int = 1 << 20) { self.maxLength = maxLength }

    /// Adds received bytes.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { queue.append(bytes) }

    /// Whether bytes of an unfinished packet are waiting.
    public var hasPartialPacket: Bool { queue.count > 0 }

    /// The next whole packet, or nil when more bytes are needed.
    public mutating func next() throws(ADBProtocolError) -> ShellPacket? {
        guard queue.count >= 5 else { return nil }
        let view = queue.view
        guard let id = ShellPacketID(rawValue: view[view.startIndex]) else {
            throw .unexpected("the shell sent a packet of unknown type \(view[view.startIndex])")
        }
        let length = Int(view.readLittleEndian(UInt32.self, at: 1))
        guard length <= maxLength else {
            throw .unexpected("the shell announced a packet of \(length) bytes, over the \(maxLength) allowed")
        }
        guard queue.count >= 5 + length else { return nil }
        let data = queue.bytes(at: 5, length: length)
        queue.consume(5 + length)
        if id == .exit && data.count != 1 {
            throw .unexpected("the shell's exit packet holds \(data.count) bytes instead of 1")
        }
        return ShellPacket(id, data)
    }
}
