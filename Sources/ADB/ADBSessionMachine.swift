/// One ADB connection after its handshake, as a state machine: its streams, what each holds unread, the
/// acknowledgements it owes (classic or delayed-ack flow control, held back past the high-water mark), incoming opens,
/// and the peer restarting its side.
///
/// Sans-I/O. Feed it the packets that arrive (`received(_:)`) and what the program asks (`open`, `read`, `write`,
/// `close`); it answers with the packets to send and what to tell the waiting callers. The driver only moves
/// bytes and actions: `ADBSession` (Transports) runs it behind a lock with a reader thread; tests and the session
/// fuzzer run it directly.
public struct ADBSessionMachine: Sendable {
    /// What the caller must do after a packet arrived.
    public enum Action: Sendable, Equatable {
        /// Send this packet.
        case send(ADBPacket)
        /// The peer asks to open `service` (device side): answer with `accept(remoteID:window:service:)` or `refuse(remoteID:)`.
        case offered(remoteID: UInt32, window: UInt32, service: String)
        /// The peer sent CNXN again: it restarted its side and every stream is gone; the connection must be dropped.
        case peerRestarted
    }

    /// Where one of our streams stands.
    public enum StreamState: Sendable, Equatable {
        /// Our OPEN waits for its answer.
        case opening
        /// Accepted (it may have ended since: reads drain what it carried).
        case open
        /// Refused, or never known.
        case refused
    }

    /// The outcome of `read(_:)`.
    public enum ReadResult: Sendable, Equatable {
        /// Bytes for the reader; send `ack` if there is one (the peer may send more).
        case data([UInt8], ack: ADBPacket?)
        /// Nothing yet: wait for the next packet.
        case wait
        /// The stream ended and everything it carried was read.
        case ended
        /// The peer restarted before the stream ended: what it carried is incomplete.
        case lost
    }

    /// The outcome of `write(_:_:)`.
    public enum WriteResult: Sendable, Equatable {
        /// Send this WRTE; it carries the first `count` bytes given.
        case send(ADBPacket, count: Int)
        /// No credit: wait for the peer's acknowledgement.
        case wait
        /// The stream is closed: nothing more can be written.
        case closed
    }

    /// What one stream holds.
    struct Stream: Sendable {
        var chunks = ChunkQueue()
        var unackedBytes = 0
        var unackedPackets = 0
        var opened = false
        var closed = false
        var lost = false
    }

    /// The multiplexer (ids, binding, credit).
    public private(set) var mux: ADBStreamMultiplexer
    /// Unread bytes a stream may hold before its acknowledgements are held back (back-pressure).
    public let highWaterBytes: Int
    /// Whether the peer may open streams here (the device side).
    public let acceptsOpens: Bool
    var streams: [UInt32: Stream] = [:]

    /// A machine for a connection that agreed `delayedAck` and `maxPayload`; the device side accepts opens and
    /// numbers its streams from 0x100.
    public init(delayedAck: Bool, maxPayload: Int, acceptsOpens: Bool = false, highWaterBytes: Int = 16 << 20) {
        mux = ADBStreamMultiplexer(delayedAck: delayedAck, maxPayload: maxPayload, firstID: acceptsOpens ? 0x100 : 1)
        self.acceptsOpens = acceptsOpens
        self.highWaterBytes = highWaterBytes
    }

    /// A machine for what the handshake agreed.
    public init(_ info: ADBConnectionInfo, acceptsOpens: Bool = false, highWaterBytes: Int = 16 << 20) {
        self.init(delayedAck: info.supports(ADBFeature.delayedAck), maxPayload: info.maxPayload,
                  acceptsOpens: acceptsOpens, highWaterBytes: highWaterBytes)
    }

    /// Local ids of the streams still held.
    public var streamIDs: [UInt32] { Array(streams.keys) }

    /// Opens a stream to `service`; send the returned OPEN and wait until `state(of:)` is no longer `.opening`.
    public mutating func open(service: String) -> (id: UInt32, packet: ADBPacket) {
        let (id, packet) = mux.open(service: service)
        streams[id] = Stream()
        return (id, packet)
    }

    /// Where stream `id` stands.
    public func state(of id: UInt32) -> StreamState {
        guard let stream = streams[id] else { return .refused }
        if stream.opened { return .open }
        return stream.closed ? .refused : .opening
    }

    /// Accepts an offered stream; send the returned OKAY and serve the stream.
    public mutating func accept(remoteID: UInt32, window: UInt32) -> (id: UInt32, packet: ADBPacket) {
        let (id, okay) = mux.accept(remoteID: remoteID, window: window)
        streams[id] = Stream(opened: true)
        return (id, okay)
    }

    /// Refuses an offered stream; send the returned CLSE.
    public func refuse(remoteID: UInt32) -> ADBPacket { mux.refuse(remoteID: remoteID) }

    /// Handles one packet from the peer.
    public mutating func received(_ packet: ADBPacket) throws(ADBProtocolError) -> [Action] {
        if packet.command == .connect {
            for id in mux.reset() {
                streams[id]?.closed = true
                streams[id]?.lost = true
            }
            return [.peerRestarted]
        }
        var actions: [Action] = []
        for event in try mux.received(packet, acceptsOpens: acceptsOpens) {
            switch event {
            case .opened(let id):
                streams[id]?.opened = true
            case .refused(let id), .closed(let id):
                streams[id]?.closed = true
            case .data(let id, let bytes):
                guard var stream = streams[id] else { continue }
                stream.chunks.append(bytes)
                stream.unackedBytes += bytes.count
                stream.unackedPackets += 1
                if stream.chunks.byteCount <= highWaterBytes, let ack = takeAck(id, &stream) { actions.append(.send(ack)) }
                streams[id] = stream
            case .send(let reply):
                actions.append(.send(reply))
            case let .incomingOpen(remoteID, window, service):
                actions.append(.offered(remoteID: remoteID, window: window, service: service))
            case .writable:
                break
            }
        }
        return actions
    }

    /// The next bytes stream `id` received; the acknowledgement held back once it drains below half the high-water mark.
    public mutating func read(_ id: UInt32) -> ReadResult {
        guard var stream = streams[id] else { return .ended }
        guard let chunk = stream.chunks.pop() else {
            if stream.lost { return .lost }
            return stream.closed ? .ended : .wait
        }
        let ack = stream.chunks.byteCount <= highWaterBytes / 2 ? takeAck(id, &stream) : nil
        streams[id] = stream
        return .data(chunk, ack: ack)
    }

    /// A WRTE carrying as much of `bytes[offset...]` as the stream may send now.
    public mutating func write(_ id: UInt32, _ bytes: [UInt8], from offset: Int = 0) -> WriteResult {
        guard let stream = streams[id], !stream.closed else { return .closed }
        let capacity = mux.sendCapacity(id)
        guard capacity > 0 else { return .wait }
        let count = min(bytes.count - offset, capacity)
        guard let packet = mux.write(id, bytes[offset..<(offset + count)]) else { return .closed }
        return .send(packet, count: count)
    }

    /// Closes stream `id` from our side (also an OPEN we stop waiting for); send the returned CLSE, if any.
    public mutating func close(_ id: UInt32) -> ADBPacket? {
        streams[id] = nil
        return mux.close(id)
    }

    /// The acknowledgement owed for what the stream received, if any.
    private mutating func takeAck(_ id: UInt32, _ stream: inout Stream) -> ADBPacket? {
        guard stream.unackedPackets > 0 else { return nil }
        let ack = mux.acknowledge(id, consumed: stream.unackedBytes)
        stream.unackedBytes = 0
        stream.unackedPackets = 0
        return ack
    }
}

/// Received payloads waiting for their reader, taken from the front without moving the rest each time.
struct ChunkQueue: Sendable {
    private var chunks: [[UInt8]] = []
    private var head = 0
    /// Bytes held.
    private(set) var byteCount = 0

    mutating func append(_ chunk: [UInt8]) {
        chunks.append(chunk)
        byteCount += chunk.count
    }

    mutating func pop() -> [UInt8]? {
        guard head < chunks.count else { return nil }
        let chunk = chunks[head]
        head += 1
        if head > 64 && head * 2 > chunks.count {
            chunks.removeFirst(head)
            head = 0
        }
        byteCount -= chunk.count
        return chunk
    }
}
