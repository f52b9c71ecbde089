import ADB
import Foundation

/// What a session holds for one stream (guarded by the session's condition).
struct StreamBuffer {
    var chunks: [[UInt8]] = []
    var head = 0
    var bufferedBytes = 0
    var unackedBytes = 0
    var unackedPackets = 0
    var opened = false
    var closed = false

    mutating func pop() -> [UInt8]? {
        guard head < chunks.count else { return nil }
        let chunk = chunks[head]
        head += 1
        if head > 64 && head * 2 > chunks.count {
            chunks.removeFirst(head)
            head = 0
        }
        bufferedBytes -= chunk.count
        return chunk
    }
}

extension ADBSession {
    /// Handles one packet from the reader thread.
    func handle(_ packet: ADBPacket) throws {
        var outgoing: [ADBPacket] = []
        var started: [(ADBStream, ServiceHandler)] = []
        condition.lock()
        if packet.command == .connect {
            // The tablet restarted its side (adbd restart): every stream is gone.
            let lost = mux.reset()
            for id in lost { streams[id]?.closed = true }
            condition.broadcast()
            condition.unlock()
            throw TransportError.disconnected("the tablet restarted its ADB connection")
        }
        let events: [ADBStreamMultiplexer.Event]
        do {
            events = try mux.received(packet, acceptsOpens: incomingOpen != nil)
        } catch {
            condition.unlock()
            throw error
        }
        for event in events {
            switch event {
            case .opened(let id):
                streams[id]?.opened = true
            case .refused(let id), .closed(let id):
                streams[id]?.closed = true
            case .data(let id, let bytes):
                guard var state = streams[id] else { continue }
                state.chunks.append(bytes)
                state.bufferedBytes += bytes.count
                state.unackedBytes += bytes.count
                state.unackedPackets += 1
                if state.bufferedBytes <= options.highWaterBytes, let ack = takeAck(id, &state) { outgoing.append(ack) }
                streams[id] = state
            case .send(let reply):
                outgoing.append(reply)
            case let .incomingOpen(remoteID, window, service):
                guard let handler = incomingOpen?(service) else {
                    outgoing.append(mux.refuse(remoteID: remoteID))
                    continue
                }
                let (id, okay) = mux.accept(remoteID: remoteID, window: window)
                streams[id] = StreamBuffer(opened: true)
                outgoing.append(okay)
                started.append((ADBStream(session: self, id: id, service: service), handler))
            case .writable:
                break
            }
        }
        condition.broadcast()
        condition.unlock()
        for packet in outgoing { try send(packet) }
        for (stream, handler) in started {
            let thread = Thread {
                handler(stream)
                stream.close()
            }
            thread.name = "adb-service \(ADBSession.shortName(stream.service))"
            thread.start()
        }
    }

    /// The acknowledgement owed for a stream's received data, if any (caller holds the lock).
    func takeAck(_ id: UInt32, _ state: inout StreamBuffer) -> ADBPacket? {
        guard state.unackedPackets > 0 else { return nil }
        let ack = mux.acknowledge(id, consumed: state.unackedBytes)
        state.unackedBytes = 0
        state.unackedPackets = 0
        return ack
    }
}

/// One stream to a service on the tablet (a shell, sync, a socket…). Used by one thread at a time.
public final class ADBStream: @unchecked Sendable {
    /// The session it belongs to.
    public let session: ADBSession
    /// Our id for it.
    public let id: UInt32
    /// The service it was opened for.
    public let service: String

    init(session: ADBSession, id: UInt32, service: String) {
        self.session = session
        self.id = id
        self.service = service
    }

    deinit { close() }

    /// Writes all of `bytes`, in WRTE packets no larger than agreed, waiting for acknowledgements as flow control requires.
    public func write(_ bytes: [UInt8], timeout: Duration? = nil) throws {
        var offset = 0
        while offset < bytes.count {
            let deadline = ContinuousClock.now + (timeout ?? session.options.ioTimeout)
            session.condition.lock()
            var capacity = session.mux.sendCapacity(id)
            while capacity == 0 {
                if let failure = session.failure {
                    session.condition.unlock()
                    throw failure
                }
                if session.streams[id]?.closed ?? true {
                    session.condition.unlock()
                    throw closedError()
                }
                if !session.condition.wait(until: deadline) {
                    session.condition.unlock()
                    throw session.timedOut("sending to \(ADBSession.shortName(service))")
                }
                capacity = session.mux.sendCapacity(id)
            }
            let end = min(bytes.count, offset + capacity)
            let packet = offset == 0 && end == bytes.count ? session.mux.write(id, bytes) : session.mux.write(id, Array(bytes[offset..<end]))
            session.condition.unlock()
            guard let packet else { throw closedError() }
            try session.send(packet)
            offset = end
        }
    }

    /// The next bytes from the tablet; nil once the tablet closed the stream.
    public func read(timeout: Duration? = nil) throws -> [UInt8]? {
        let deadline = ContinuousClock.now + (timeout ?? session.options.ioTimeout)
        session.condition.lock()
        while true {
            guard var state = session.streams[id] else {
                session.condition.unlock()
                return nil
            }
            if let chunk = state.pop() {
                let ack = state.bufferedBytes <= session.options.highWaterBytes / 2 ? session.takeAck(id, &state) : nil
                session.streams[id] = state
                session.condition.unlock()
                if let ack { try session.send(ack) }
                return chunk
            }
            if state.closed {
                session.condition.unlock()
                return nil
            }
            if let failure = session.failure {
                session.condition.unlock()
                throw failure
            }
            if !session.condition.wait(until: deadline) {
                session.condition.unlock()
                throw session.timedOut("waiting for \(ADBSession.shortName(service))")
            }
        }
    }

    /// Reads until the tablet closes the stream (bounded by `limit` bytes).
    public func readAll(limit: Int = 64 << 20, timeout: Duration? = nil) throws -> [UInt8] {
        var out: [UInt8] = []
        while let chunk = try read(timeout: timeout) {
            out.append(contentsOf: chunk)
            guard out.count <= limit else {
                throw DeviceError(.protocolViolation, tablet: session.label, summary: "Tablet \(session.label) sent too much data.",
                                  reason: "More than \(limit) bytes came back from \(ADBSession.shortName(service)).",
                                  action: "Restart the tablet and try again.")
            }
        }
        return out
    }

    /// Closes the stream (both directions: ADB has no half-close).
    public func close() {
        session.condition.lock()
        let packet = session.mux.close(id)
        session.streams[id] = nil
        session.condition.unlock()
        if let packet { try? session.send(packet) }
    }

    private func closedError() -> DeviceError {
        DeviceError(.disconnected, tablet: session.label, summary: "Tablet \(session.label) closed \(ADBSession.shortName(service)) early.",
                    reason: "The service on the tablet stopped before Valise finished sending.",
                    action: "Run the command again; if it keeps failing, restart the tablet.")
    }
}
