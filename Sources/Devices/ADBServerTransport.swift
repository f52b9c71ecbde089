import ADB
import Diagnostics
import Foundation
import Transports

/// A tablet behind a running adb server, seen by ``ADBSession`` as if it were a tablet on a
/// wire: each OPEN becomes a smart-socket connection to the server (`host:transport:SERIAL`
/// then the service), WRTE goes to that socket, and what the socket delivers comes back as
/// WRTE packets, each waiting for the host's OKAY before the next (no delayed_ack).
///
/// So shell, push, pull and install run unchanged through `adb`'s server.
///
/// Thread safety: everything mutable (`inbox`, `streams`, `closed`) is guarded by `condition`;
/// one thread per open stream reads its socket.
final class ADBServerTransport: PacketTransport, @unchecked Sendable {
    let address: String
    private let client: ADBServerClient
    private let serial: String
    private let maxPayload: Int
    private let condition = NSCondition()
    private var inbox: [ADBPacket] = []
    private var streams: [UInt32: Stream] = [:]
    private var nextID: UInt32 = 1
    private var closed = false

    /// One service connection: the host's id, ours, the socket and the host's acknowledgement.
    private final class Stream: @unchecked Sendable {
        let hostID: UInt32
        let localID: UInt32
        let socket: TCPSocket
        let acknowledged = DispatchSemaphore(value: 0)
        init(hostID: UInt32, localID: UInt32, socket: TCPSocket) {
            self.hostID = hostID
            self.localID = localID
            self.socket = socket
        }
    }

    init(client: ADBServerClient, serial: String, maxPayload: Int = 256 << 10) {
        self.client = client
        self.serial = serial
        self.maxPayload = maxPayload
        address = "adb server \(client.address)"
    }

    func send(_ packet: ADBPacket, withChecksum: Bool, timeout: Duration) throws {
        switch packet.command {
        case .open:
            var end = packet.payload.endIndex
            while end > packet.payload.startIndex && packet.payload[end - 1] == 0 { end -= 1 }
            let service = String(decoding: packet.payload[..<end], as: UTF8.self)
            let hostID = packet.arg0
            let thread = Thread { [self] in open(service, hostID: hostID) }
            thread.name = "valise adb-server \(serial)"
            thread.start()
        case .write:
            guard let stream = stream(packet.arg1) else { return }
            do {
                try stream.socket.write(packet.payload, timeout: timeout)
                deliver(ADBPacket(.okay, stream.localID, stream.hostID))
            } catch {
                finish(stream)
            }
        case .okay:
            stream(packet.arg1)?.acknowledged.signal()
        case .close:
            if let stream = stream(packet.arg1) { finish(stream, tellHost: false) }
        default:
            break
        }
    }

    func receive(timeout: Duration?) throws -> ADBPacket {
        let deadline = timeout.map { Date(timeIntervalSinceNow: Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18) }
        condition.lock()
        defer { condition.unlock() }
        while inbox.isEmpty {
            if closed { throw TransportError.disconnected("\(address): the connection was closed") }
            if let deadline {
                if !condition.wait(until: deadline) && inbox.isEmpty && !closed {
                    throw TransportError.timedOut("\(address): waiting for a packet")
                }
            } else {
                condition.wait()
            }
        }
        return inbox.removeFirst()
    }

    func setMaxPayload(_ maxPayload: Int) {}

    func close() {
        condition.lock()
        closed = true
        let open = Array(streams.values)
        streams.removeAll()
        condition.broadcast()
        condition.unlock()
        for stream in open {
            stream.socket.close()
            stream.acknowledged.signal()
        }
    }

    private func stream(_ localID: UInt32) -> Stream? {
        condition.lock()
        defer { condition.unlock() }
        return streams[localID]
    }

    private func deliver(_ packet: ADBPacket) {
        condition.lock()
        inbox.append(packet)
        condition.signal()
        condition.unlock()
    }

    /// Connects the service, then pumps the socket into WRTE packets until it ends.
    private func open(_ service: String, hostID: UInt32) {
        let socket: TCPSocket
        do {
            socket = try client.open(serial: serial, service: service)
        } catch {
            deliver(ADBPacket(.close, 0, hostID))
            return
        }
        condition.lock()
        if closed {
            condition.unlock()
            socket.close()
            return
        }
        let stream = Stream(hostID: hostID, localID: nextID, socket: socket)
        nextID += 1
        streams[stream.localID] = stream
        inbox.append(ADBPacket(.okay, stream.localID, hostID))
        condition.signal()
        condition.unlock()
        var buffer = [UInt8](repeating: 0, count: maxPayload)
        while true {
            let count = (try? buffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: nil) }) ?? 0
            if count == 0 { break }
            deliver(ADBPacket(.write, stream.localID, hostID, Array(buffer[..<count])))
            stream.acknowledged.wait()
            if self.stream(stream.localID) == nil { return }
        }
        finish(stream)
    }

    /// Forgets a stream and closes its socket; tells the host unless it closed the stream itself.
    private func finish(_ stream: Stream, tellHost: Bool = true) {
        condition.lock()
        let known = streams.removeValue(forKey: stream.localID) != nil
        if known && tellHost {
            inbox.append(ADBPacket(.close, stream.localID, stream.hostID))
            condition.signal()
        }
        condition.unlock()
        stream.socket.close()
        stream.acknowledged.signal()
    }
}

extension ADBServerClient {
    /// A session with the tablet `serial` through this server (no handshake: the server did it).
    public func connect(serial: String, options: SessionOptions = SessionOptions()) throws -> ADBDevice {
        let entries = try devices()
        guard let entry = entries.first(where: { $0.serial == serial }) else {
            throw DeviceError(.notFound, tablet: serial, summary: Say.adbServerDoesNotKnow(serial),
                              reason: Say.adbDevicesDoesNotList(address), action: Say.adbDevicesPlugInFix,
                              helpTopic: "finding-tablets")
        }
        guard entry.state == "device" else {
            let unauthorized = entry.state == "unauthorized"
            throw DeviceError(unauthorized ? .unauthorized : .unreachable, tablet: serial,
                              summary: Say.tabletStateForAdbServer(serial, state: entry.state),
                              reason: unauthorized ? Say.adbKeyNotAllowed : Say.adbServerCannotUse,
                              action: unauthorized ? Say.allowAdbKeyFix : Say.replugAdbDevicesFix,
                              helpTopic: unauthorized ? "usb-authorization" : "tablet-unreachable")
        }
        let features = try features(serial: serial).subtracting([ADBFeature.delayedAck])
        let transport = ADBServerTransport(client: self, serial: serial)
        // 64 KiB packets: writes to the server then match adb's own (one sync DATA frame each, never a multiple of 512,
        // which Debian's adb 29 with its libusb backend cannot forward).
        let info = ADBConnectionInfo(version: ADBProtocol.versionSkipChecksum, maxPayload: 64 << 10,
                                     banner: ADBBanner(type: .device, features: features),
                                     sharedFeatures: features.intersection(ADBFeature.host))
        let session = ADBSession(transport: transport, info: info, label: serial, options: options)
        session.start()
        return try ADBDevice.named(serial, session: session, place: "\(serial) (adb server)")
    }
}
