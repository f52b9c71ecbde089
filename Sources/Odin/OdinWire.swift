/// Wire constants of Samsung's Download-mode protocol ("Odin" on the host, "LOKE" on the device).
///
/// Every control packet the host sends is 1024 bytes of little-endian u32 fields, the first the packet type and the
/// second the request; the device answers with 8 bytes: a response type and a value.
public enum OdinWire {
    /// The host's handshake.
    public static let handshake: [UInt8] = Array("ODIN".utf8)
    /// The device's answer to the handshake.
    public static let handshakeReply: [UInt8] = Array("LOKE".utf8)
    /// Every host control packet is this long.
    public static let controlPacketLength = 1024
    /// Every device response is this long.
    public static let responseLength = 8
    /// A PIT is dumped in parts of this many bytes (the last one shorter).
    public static let pitDumpPartLength = 500

    /// Packet and response types.
    public static let typeSession: UInt32 = 0x64
    public static let typePIT: UInt32 = 0x65
    public static let typeFileTransfer: UInt32 = 0x66
    public static let typeEndSession: UInt32 = 0x67
    /// A file part's acknowledgement carries its index under this type.
    public static let typePartAcknowledged: UInt32 = 0x00
    /// A device refuses a request by answering this type with an error code.
    public static let typeRefused: UInt32 = 0xFF

    /// VID of Samsung devices and the PID they use in Download mode.
    public static let samsungVendorID: UInt16 = 0x04E8
    public static let downloadModeProductID: UInt16 = 0x685D
}

/// How file data is cut: parts of `partSize` bytes, at most `partsPerSequence` parts per sequence.
public struct OdinTransferParameters: Sendable, Equatable, CustomStringConvertible {
    /// Bytes in one part (every part is sent this long; the last one padded with zeros).
    public var partSize: Int
    /// Parts in one sequence.
    public var partsPerSequence: Int
    /// How long the device may take to acknowledge the end of a sequence.
    public var sequenceTimeout: Duration

    /// 128 KiB × 800, 30 s: what every device accepts.
    public static let standard = OdinTransferParameters(partSize: 128 * 1024, partsPerSequence: 800, sequenceTimeout: .seconds(30))
    /// 1 MiB × 30, 120 s: when the device's answer to the session's begin is not zero.
    public static let large = OdinTransferParameters(partSize: 1024 * 1024, partsPerSequence: 30, sequenceTimeout: .seconds(120))

    /// Creates parameters.
    public init(partSize: Int, partsPerSequence: Int, sequenceTimeout: Duration) {
        self.partSize = partSize
        self.partsPerSequence = partsPerSequence
        self.sequenceTimeout = sequenceTimeout
    }

    /// Bytes in one full sequence.
    public var sequenceBytes: Int { partSize * partsPerSequence }

    /// The sequences of a file of `byteCount` bytes: where each starts, its real byte count and its part count.
    public func sequences(forFileOf byteCount: Int) -> [OdinSequence] {
        var result: [OdinSequence] = []
        var offset = 0
        while offset < byteCount || (byteCount == 0 && result.isEmpty) {
            let length = min(sequenceBytes, byteCount - offset)
            let parts = max(1, (length + partSize - 1) / partSize)
            result.append(OdinSequence(offset: offset, byteCount: length, partCount: parts,
                                       isLast: offset + length >= byteCount))
            offset += length
            if byteCount == 0 { break }
        }
        return result
    }

    /// "128 KiB × 800".
    public var description: String { "\(partSize / 1024) KiB × \(partsPerSequence)" }
}

/// One sequence of a file transfer.
public struct OdinSequence: Sendable, Equatable {
    /// Where it starts in the file.
    public var offset: Int
    /// The file's bytes in it (the end-of-sequence packet carries this).
    public var byteCount: Int
    /// Parts sent (each full length).
    public var partCount: Int
    /// Whether it is the file's last.
    public var isLast: Bool

    /// Creates a sequence.
    public init(offset: Int, byteCount: Int, partCount: Int, isLast: Bool) {
        self.offset = offset
        self.byteCount = byteCount
        self.partCount = partCount
        self.isLast = isLast
    }
}

/// Bytes received and not yet decoded, taken from the front without moving the rest each time.
struct OdinByteBuffer: Sendable {
    private var storage: [UInt8] = []
    private var start = 0

    var count: Int { storage.count - start }

    mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if start > 0 && start >= storage.count / 2 {
            storage.removeFirst(start)
            start = 0
        }
        storage.append(contentsOf: bytes)
    }

    mutating func take(_ length: Int) -> [UInt8] {
        let bytes = Array(storage[start..<(start + length)])
        start += length
        if start == storage.count {
            storage.removeAll(keepingCapacity: true)
            start = 0
        }
        return bytes
    }
}

extension Array where Element == UInt8 {
    mutating func putLittleEndian(_ value: UInt32, at offset: Int) {
        for index in 0..<4 { self[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }

    func littleEndianU32(at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(self[offset + index]) << (8 * UInt32(index)) }
        return value
    }
}
