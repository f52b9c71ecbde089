/// The streams multiplexed over one ADB connection: ids, binding, closing and flow control.
///
/// Sans-I/O. Used by both sides: a host opens streams; a device accepts them.
/// Flow control is classic (one WRTE in flight per stream) unless both banners list
/// `delayed_ack`, in which case each side keeps a byte window (`available send bytes`).
public struct ADBStreamMultiplexer: Sendable {
    /// What happened, as a result of a received packet.
    public enum Event: Sendable, Equatable {
        /// Our OPEN was accepted.
        case opened(UInt32)
        /// Our OPEN was refused (unknown service, or the service failed).
        case refused(UInt32)
        /// Bytes arrived on a stream.
        case data(UInt32, [UInt8])
        /// The stream may send again (an acknowledgement arrived).
        case writable(UInt32)
        /// The peer closed the stream.
        case closed(UInt32)
        /// The peer wants to open a stream (device side): accept or refuse it.
        case incomingOpen(remoteID: UInt32, window: UInt32, service: String)
        /// Send this packet (a reply the protocol requires).
        case send(ADBPacket)
    }

    private struct Stream: Sendable {
        var remoteID: UInt32?
        var sendCredit: Int64        // delayed ack: bytes we may still send; classic: 1 = may send, 0 = waiting
        var open: Bool
    }

    /// Whether windowed flow control is in use.
    public let delayedAck: Bool
    /// The largest WRTE payload.
    public let maxPayload: Int
    private var streams: [UInt32: Stream] = [:]
    private var nextID: UInt32
    private let firstID: UInt32
    private var wrapped = false

    /// Creates a multiplexer; `firstID` lets a device number its streams apart from the host's.
    public init(delayedAck: Bool, maxPayload: Int, firstID: UInt32 = 1) {
        self.delayedAck = delayedAck
        self.maxPayload = maxPayload
        self.nextID = max(firstID, 1)
        self.firstID = max(firstID, 1)
    }

    /// Whether `id` is one this side handed out at some point (a packet for any other id is forged or corrupt).
    private func wasAllocated(_ id: UInt32) -> Bool {
        wrapped || (id >= firstID && id < nextID)
    }

    /// Local ids of the streams still known.
    public var streamIDs: [UInt32] { Array(streams.keys) }

    private mutating func allocateID() -> UInt32 {
        while streams[nextID] != nil || nextID == 0 { nextID &+= 1 }
        defer {
            nextID &+= 1
            if nextID == 0 { wrapped = true }
        }
        return nextID
    }

    /// Opens a stream to `service`; send the returned packet.
    public mutating func open(service: String) -> (id: UInt32, packet: ADBPacket) {
        let id = allocateID()
        streams[id] = Stream(remoteID: nil, sendCredit: 0, open: false)
        let window = delayedAck ? ADBProtocol.initialDelayedAckBytes : 0
        return (id, ADBPacket(.open, id, window, Array(service.utf8) + [0]))
    }

    /// Accepts a peer's OPEN (device side); send the returned OKAY.
    public mutating func accept(remoteID: UInt32, window: UInt32) -> (id: UInt32, packet: ADBPacket) {
        let id = allocateID()
        let credit: Int64 = delayedAck ? Int64(window) : 1
        streams[id] = Stream(remoteID: remoteID, sendCredit: credit, open: true)
        let payload: [UInt8] = delayedAck ? Self.int32Payload(Int32(bitPattern: ADBProtocol.initialDelayedAckBytes)) : []
        return (id, ADBPacket(.okay, id, remoteID, payload))
    }

    /// Refuses a peer's OPEN.
    public func refuse(remoteID: UInt32) -> ADBPacket {
        ADBPacket(.close, 0, remoteID)
    }

    /// How many bytes the stream may put in its next WRTE now (0: wait for `.writable`).
    public func sendCapacity(_ id: UInt32) -> Int {
        guard let stream = streams[id], stream.open else { return 0 }
        return stream.sendCredit > 0 ? maxPayload : 0
    }

    /// Whether the stream is open.
    public func isOpen(_ id: UInt32) -> Bool { streams[id]?.open ?? false }

    /// A WRTE carrying `bytes` (at most `sendCapacity`); consumes credit.
    public mutating func write(_ id: UInt32, _ bytes: [UInt8]) -> ADBPacket? { write(id, bytes[...]) }

    /// A WRTE carrying part of a larger buffer (not copied).
    public mutating func write(_ id: UInt32, _ bytes: ArraySlice<UInt8>) -> ADBPacket? {
        guard var stream = streams[id], stream.open, let remote = stream.remoteID, bytes.count <= maxPayload else { return nil }
        stream.sendCredit -= delayedAck ? Int64(bytes.count) : 1
        streams[id] = stream
        return ADBPacket(.write, id, remote, bytes)
    }

    /// The OKAY telling the peer we consumed `count` bytes (classic mode: one OKAY per WRTE received).
    public func acknowledge(_ id: UInt32, consumed count: Int) -> ADBPacket? {
        guard let stream = streams[id], stream.open, let remote = stream.remoteID else { return nil }
        return ADBPacket(.okay, id, remote, delayedAck ? Self.int32Payload(Int32(clamping: count)) : [])
    }

    /// Closes a stream from our side; send the returned CLSE, if any.
    public mutating func close(_ id: UInt32) -> ADBPacket? {
        guard let stream = streams.removeValue(forKey: id) else { return nil }
        return ADBPacket(.close, id, stream.remoteID ?? 0)
    }

    /// Forgets every stream (the connection dropped or reset); returns their ids.
    public mutating func reset() -> [UInt32] {
        defer { streams.removeAll() }
        return Array(streams.keys)
    }

    /// Handles a stream packet (OPEN, OKAY, WRTE, CLSE) from the peer.
    public mutating func received(_ packet: ADBPacket, acceptsOpens: Bool) throws(ADBProtocolError) -> [Event] {
        let remote = packet.arg0
        let local = packet.arg1
        switch packet.command {
        case .open:
            // adbd refuses an OPEN whose window does not match the agreed flow control.
            guard acceptsOpens, remote != 0, (local != 0) == delayedAck else { return [.send(ADBPacket(.close, 0, remote))] }
            var end = packet.payload.endIndex
            while end > packet.payload.startIndex && packet.payload[end - 1] == 0 { end -= 1 }
            return [.incomingOpen(remoteID: remote, window: local, service: String(decoding: packet.payload[..<end], as: UTF8.self))]
        case .okay:
            guard var stream = streams[local] else {
                guard wasAllocated(local) else { throw .unexpected("the tablet acknowledged stream \(local), which was never opened") }
                return remote == 0 ? [] : [.send(ADBPacket(.close, local, remote))]
            }
            let credit = try okayCredit(packet)
            if !stream.open {
                guard remote != 0 else { throw .unexpected("the tablet acknowledged stream \(local) with id 0") }
                stream.remoteID = remote
                stream.open = true
                stream.sendCredit = delayedAck ? credit : 1
                streams[local] = stream
                return [.opened(local)]
            }
            guard stream.remoteID == remote else { return [] }
            stream.sendCredit = delayedAck ? stream.sendCredit + credit : 1
            streams[local] = stream
            return [.writable(local)]
        case .write:
            guard let stream = streams[local], stream.open, stream.remoteID == remote else {
                guard wasAllocated(local) else { throw .unexpected("the tablet sent data for stream \(local), which was never opened") }
                return []
            }
            return [.data(local, Array(packet.payload))]
        case .close:
            guard let stream = streams[local] else { return [] }
            if !stream.open {
                streams[local] = nil
                return [.refused(local)]
            }
            guard remote == 0 || stream.remoteID == remote else { return [] }
            streams[local] = nil
            // AOSP answers a CLSE with its own; peers ignore a CLSE for a stream they no longer know.
            return [.closed(local), .send(ADBPacket(.close, local, stream.remoteID ?? remote))]
        default:
            return []
        }
    }

    private func okayCredit(_ packet: ADBPacket) throws(ADBProtocolError) -> Int64 {
        if delayedAck {
            guard packet.payload.count == 4 else {
                throw .unexpected("an OKAY carries \(packet.payload.count) bytes where the window needs 4")
            }
            return Int64(Int32(bitPattern: packet.payload.readLittleEndian(UInt32.self, at: 0)))
        }
        guard packet.payload.isEmpty else {
            throw .unexpected("an OKAY carries \(packet.payload.count) bytes although delayed acknowledgements were not agreed")
        }
        return 1
    }

    private static func int32Payload(_ value: Int32) -> [UInt8] {
        var out = [UInt8]()
        out.appendLittleEndian(UInt32(bitPattern: value))
        return out
    }
}
