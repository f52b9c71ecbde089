import ADB
import Diagnostics
import Foundation

extension ADBSession {
    /// Handles one packet from the reader thread: the machine decides, this sends its packets and starts the
    /// services the peer opened.
    func handle(_ packet: ADBPacket) throws {
        var outgoing: [ADBPacket] = []
        var started: [(ADBStream, ServiceHandler)] = []
        condition.lock()
        let actions: [ADBSessionMachine.Action]
        do {
            actions = try machine.received(packet)
        } catch {
            condition.unlock()
            throw error
        }
        var restarted: DeviceError?
        for action in actions {
            switch action {
            case .send(let reply):
                outgoing.append(reply)
            case let .offered(remoteID, window, service):
                guard let handler = incomingOpen?(service) else {
                    outgoing.append(machine.refuse(remoteID: remoteID))
                    continue
                }
                let (id, okay) = machine.accept(remoteID: remoteID, window: window)
                outgoing.append(okay)
                started.append((ADBStream(session: self, id: id, service: service), handler))
            case .peerRestarted:
                // Set before anyone waiting wakes: a stream cut by the restart must not read as one that ended.
                restarted = DeviceError.transport(TransportError.disconnected("the tablet restarted its ADB connection"), tablet: label)
                if failure == nil { failure = restarted }
            }
        }
        // Woken after the unlock: a waiter woken under the lock would only block on it again.
        condition.unlock()
        condition.broadcast()
        if let restarted { throw restarted }
        for packet in outgoing { try send(packet) }
        for (stream, handler) in started {
            ServiceThreads.shared.run {
                handler(stream)
                stream.close()
            }
        }
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

    /// Writes all of `bytes`, in WRTE packets no larger than agreed, waiting for acknowledgements as flow control requires;
    /// `sent` gets the count of bytes sent so far after each packet.
    public func write(_ bytes: [UInt8], timeout: Duration? = nil, sent: ((Int) -> Void)? = nil) throws {
        var offset = 0
        while offset < bytes.count {
            let deadline = ContinuousClock.now + (timeout ?? session.options.ioTimeout)
            session.condition.lock()
            var result = session.machine.write(id, bytes, from: offset)
            while result == .wait {
                if let failure = session.failure {
                    session.condition.unlock()
                    throw failure
                }
                if !session.condition.wait(until: deadline) {
                    session.condition.unlock()
                    throw session.timedOut(Say.whileSending(ADBSession.shortName(service)))
                }
                result = session.machine.write(id, bytes, from: offset)
            }
            let failure = session.failure
            session.condition.unlock()
            guard case let .send(packet, count) = result else { throw failure ?? closedError() }
            try session.send(packet)
            offset += count
            sent?(offset)
        }
    }

    /// The next bytes from the tablet; nil once the tablet closed the stream.
    public func read(timeout: Duration? = nil) throws -> [UInt8]? {
        let deadline = ContinuousClock.now + (timeout ?? session.options.ioTimeout)
        session.condition.lock()
        while true {
            switch session.machine.read(id) {
            case let .data(chunk, ack):
                session.condition.unlock()
                if let ack { try session.send(ack) }
                return chunk
            case .ended:
                session.condition.unlock()
                return nil
            case .lost:
                let failure = session.failure
                session.condition.unlock()
                throw failure ?? closedError()
            case .wait:
                break
            }
            if let failure = session.failure {
                session.condition.unlock()
                throw failure
            }
            if !session.condition.wait(until: deadline) {
                session.condition.unlock()
                throw session.timedOut(Say.whileWaiting(ADBSession.shortName(service)))
            }
        }
    }

    /// Reads until the tablet closes the stream (bounded by `limit` bytes).
    public func readAll(limit: Int = 64 << 20, timeout: Duration? = nil) throws -> [UInt8] {
        var out: [UInt8] = []
        while let chunk = try read(timeout: timeout) {
            out.append(contentsOf: chunk)
            guard out.count <= limit else {
                throw DeviceError(.protocolViolation, tablet: session.label, summary: Say.tabletSentTooMuchData(session.label),
                                  reason: Say.moreBytesThan(limit, from: ADBSession.shortName(service)),
                                  action: Say.restartTabletTryAgain)
            }
        }
        return out
    }

    /// Closes the stream (both directions: ADB has no half-close).
    public func close() {
        session.condition.lock()
        let packet = session.machine.close(id)
        session.condition.unlock()
        if let packet { try? session.send(packet) }
    }

    private func closedError() -> DeviceError {
        DeviceError(.disconnected, tablet: session.label, summary: Say.tabletClosedServiceEarly(session.label, service: ADBSession.shortName(service)),
                    reason: Say.serviceStoppedBeforeSent, action: Say.runAgainOrRestartFix)
    }
}
