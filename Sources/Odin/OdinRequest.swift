/// One 1024-byte control packet from the host: [type u32][request u32][arguments…], little-endian, zero-padded.
public enum OdinRequest: Sendable, Equatable, CustomStringConvertible {
    /// 0x64/0: begin the session; a non-zero answer means the device takes 1 MiB parts.
    case beginSession
    /// 0x64/1: ask the device type.
    case deviceType
    /// 0x64/2: the total bytes about to be flashed.
    case totalBytes(UInt64)
    /// 0x64/5: the part size the host will use.
    case filePartSize(UInt32)
    /// 0x65/0: flash a new PIT (repartition); Valise never sends it.
    case pitFlash
    /// 0x65/1: dump the PIT; the answer carries its size.
    case pitDump
    /// 0x65/2: while dumping, send PIT part N (500 bytes each).
    case pitPart(UInt32)
    /// 0x65/3: the PIT transfer is over.
    case pitEnd(UInt32)
    /// 0x66/0: a file transfer begins.
    case fileFlash
    /// 0x66/2: a sequence of this many bytes (whole parts) follows.
    case sequenceStart(UInt32)
    /// 0x66/3: the sequence is over; where it goes.
    case sequenceEnd(OdinSequenceEnd)
    /// 0x67/0: end the session.
    case endSession
    /// 0x67/1: reboot into Android.
    case reboot
    /// 0x67/2: reboot back into Download mode.
    case rebootToDownload
    /// 0x67/3: shut down.
    case shutdown
    /// Any other type/request (the device refuses it).
    case unknown(type: UInt32, request: UInt32)

    /// The packet type and request.
    public var code: (type: UInt32, request: UInt32) {
        switch self {
        case .beginSession: return (OdinWire.typeSession, 0)
        case .deviceType: return (OdinWire.typeSession, 1)
        case .totalBytes: return (OdinWire.typeSession, 2)
        case .filePartSize: return (OdinWire.typeSession, 5)
        case .pitFlash: return (OdinWire.typePIT, 0)
        case .pitDump: return (OdinWire.typePIT, 1)
        case .pitPart: return (OdinWire.typePIT, 2)
        case .pitEnd: return (OdinWire.typePIT, 3)
        case .fileFlash: return (OdinWire.typeFileTransfer, 0)
        case .sequenceStart: return (OdinWire.typeFileTransfer, 2)
        case .sequenceEnd: return (OdinWire.typeFileTransfer, 3)
        case .endSession: return (OdinWire.typeEndSession, 0)
        case .reboot: return (OdinWire.typeEndSession, 1)
        case .rebootToDownload: return (OdinWire.typeEndSession, 2)
        case .shutdown: return (OdinWire.typeEndSession, 3)
        case let .unknown(type, request): return (type, request)
        }
    }

    /// The response type the device answers with.
    public var responseType: UInt32 { code.type }

    /// The 1024-byte packet.
    public func encoded() -> [UInt8] {
        var packet = [UInt8](repeating: 0, count: OdinWire.controlPacketLength)
        packet.putLittleEndian(code.type, at: 0)
        packet.putLittleEndian(code.request, at: 4)
        switch self {
        case .totalBytes(let count):
            packet.putLittleEndian(UInt32(truncatingIfNeeded: count), at: 8)
            packet.putLittleEndian(UInt32(truncatingIfNeeded: count >> 32), at: 12)
        case .filePartSize(let value), .pitPart(let value), .pitEnd(let value), .sequenceStart(let value):
            packet.putLittleEndian(value, at: 8)
        case .sequenceEnd(let end):
            packet.putLittleEndian(end.destination.rawValue, at: 8)
            packet.putLittleEndian(end.byteCount, at: 12)
            packet.putLittleEndian(0, at: 16)
            packet.putLittleEndian(end.deviceType, at: 20)
            switch end.destination {
            case .ap:
                packet.putLittleEndian(end.partitionID, at: 24)
                packet.putLittleEndian(end.isLast ? 1 : 0, at: 28)
            case .cp:
                packet.putLittleEndian(end.isLast ? 1 : 0, at: 24)
            }
        default:
            break
        }
        return packet
    }

    /// Reads one control packet.
    public init(parsing packet: [UInt8]) throws(OdinProtocolError) {
        guard packet.count == OdinWire.controlPacketLength else {
            throw .badLength(what: "control packet", length: packet.count, expected: OdinWire.controlPacketLength)
        }
        let type = packet.littleEndianU32(at: 0), request = packet.littleEndianU32(at: 4)
        let argument = packet.littleEndianU32(at: 8)
        switch (type, request) {
        case (OdinWire.typeSession, 0): self = .beginSession
        case (OdinWire.typeSession, 1): self = .deviceType
        case (OdinWire.typeSession, 2): self = .totalBytes(UInt64(argument) | UInt64(packet.littleEndianU32(at: 12)) << 32)
        case (OdinWire.typeSession, 5): self = .filePartSize(argument)
        case (OdinWire.typePIT, 0): self = .pitFlash
        case (OdinWire.typePIT, 1): self = .pitDump
        case (OdinWire.typePIT, 2): self = .pitPart(argument)
        case (OdinWire.typePIT, 3): self = .pitEnd(argument)
        case (OdinWire.typeFileTransfer, 0): self = .fileFlash
        case (OdinWire.typeFileTransfer, 2): self = .sequenceStart(argument)
        case (OdinWire.typeFileTransfer, 3):
            guard let destination = OdinDestination(rawValue: argument) else { throw .badDestination(argument) }
            let byteCount = packet.littleEndianU32(at: 12), deviceType = packet.littleEndianU32(at: 20)
            switch destination {
            case .ap:
                self = .sequenceEnd(OdinSequenceEnd(destination: .ap, byteCount: byteCount, deviceType: deviceType,
                                                    partitionID: packet.littleEndianU32(at: 24),
                                                    isLast: packet.littleEndianU32(at: 28) != 0))
            case .cp:
                self = .sequenceEnd(OdinSequenceEnd(destination: .cp, byteCount: byteCount, deviceType: deviceType,
                                                    partitionID: 0, isLast: packet.littleEndianU32(at: 24) != 0))
            }
        case (OdinWire.typeEndSession, 0): self = .endSession
        case (OdinWire.typeEndSession, 1): self = .reboot
        case (OdinWire.typeEndSession, 2): self = .rebootToDownload
        case (OdinWire.typeEndSession, 3): self = .shutdown
        default: self = .unknown(type: type, request: request)
        }
    }

    /// "0x66/3 end of sequence (AP, 4096 bytes, partition 5, last)".
    public var description: String {
        let prefix = "0x\(String(code.type, radix: 16))/\(code.request)"
        switch self {
        case .beginSession: return "\(prefix) begin session"
        case .deviceType: return "\(prefix) device type"
        case .totalBytes(let count): return "\(prefix) total bytes \(count)"
        case .filePartSize(let size): return "\(prefix) file part size \(size)"
        case .pitFlash: return "\(prefix) flash PIT"
        case .pitDump: return "\(prefix) dump PIT"
        case .pitPart(let index): return "\(prefix) PIT part \(index)"
        case .pitEnd: return "\(prefix) end of PIT transfer"
        case .fileFlash: return "\(prefix) file transfer"
        case .sequenceStart(let count): return "\(prefix) sequence of \(count) bytes"
        case .sequenceEnd(let end): return "\(prefix) end of sequence (\(end))"
        case .endSession: return "\(prefix) end session"
        case .reboot: return "\(prefix) reboot"
        case .rebootToDownload: return "\(prefix) reboot to Download mode"
        case .shutdown: return "\(prefix) shut down"
        case .unknown: return "\(prefix) unknown request"
        }
    }
}

/// Where a file goes: the application processor (every partition of the PIT) or the modem.
public enum OdinDestination: UInt32, Sendable, Equatable {
    case ap = 0
    case cp = 1
}

/// The end-of-sequence packet's fields.
public struct OdinSequenceEnd: Sendable, Equatable, CustomStringConvertible {
    /// AP or CP.
    public var destination: OdinDestination
    /// The file's bytes in this sequence (the parts may be longer: the last is padded).
    public var byteCount: UInt32
    /// The PIT entry's device type (storage kind).
    public var deviceType: UInt32
    /// The PIT entry's identifier (AP only).
    public var partitionID: UInt32
    /// Whether this sequence ends the file.
    public var isLast: Bool

    /// Creates the fields.
    public init(destination: OdinDestination, byteCount: UInt32, deviceType: UInt32, partitionID: UInt32, isLast: Bool) {
        self.destination = destination
        self.byteCount = byteCount
        self.deviceType = deviceType
        self.partitionID = destination == .cp ? 0 : partitionID
        self.isLast = isLast
    }

    public var description: String {
        "\(destination == .ap ? "AP" : "CP"), \(byteCount) bytes, device type \(deviceType)"
            + (destination == .ap ? ", partition \(partitionID)" : "") + (isLast ? ", last" : "")
    }
}
