import ADB
import Foundation
import Synchronization

/// ADB over TCP (`adb tcpip`, emulators, simulated tablets): packets on one byte stream.
///
/// Thread safety: `receive` is called by one reader thread at a time (`receiveLock` owns the decoder;
/// the payload limit is an atomic so it can change from another thread); `send` calls are serialised by `sendLock` so packets never interleave.
public final class TCPPacketTransport: PacketTransport, @unchecked Sendable {
    /// "host:port".
    public let address: String
    private let socket: TCPSocket
    private let sendLock = NSLock()
    private let receiveLock = NSLock()
    private var decoder = ADBPacketDecoder()
    private let maxPayload = Atomic<Int>(ADBProtocol.maxPayloadV1)
    private var readBuffer = [UInt8](repeating: 0, count: 1 << 20)

    /// Connects to `host:port`.
    public init(host: String, port: UInt16, connectTimeout: Duration = .seconds(5)) throws {
        address = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        do {
            socket = try TCPSocket.connect(host: host, port: port, timeout: connectTimeout)
        } catch {
            throw TransportError.connectFailed("\(address): \(error)")
        }
    }

    /// Wraps an accepted socket (used by tests and the simulator's peers).
    public init(socket: TCPSocket) {
        self.socket = socket
        address = socket.peerDescription
    }

    public func send(_ packet: ADBPacket, withChecksum: Bool, timeout: Duration) throws {
        let header = packet.header(withChecksum: withChecksum)
        sendLock.lock()
        defer { sendLock.unlock() }
        do {
            try header.withUnsafeBytes { h in
                try packet.payload.withUnsafeBytes { p in try socket.write([h, p], timeout: timeout) }
            }
        } catch let error as SocketError {
            throw Self.map(error, address)
        }
    }

    public func receive(timeout: Duration?) throws -> ADBPacket {
        receiveLock.lock()
        defer { receiveLock.unlock() }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            decoder.maxPayload = maxPayload.load(ordering: .relaxed)
            do {
                if let packet = try decoder.next() { return packet }
            } catch {
                throw TransportError.protocolViolation(error)
            }
            let remaining = deadline.map { max(.zero, $0 - ContinuousClock.now) }
            let count: Int
            do {
                count = try readBuffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: remaining) }
            } catch let error as SocketError {
                throw Self.map(error, address)
            }
            if count == 0 {
                do { try decoder.checkFinished() } catch { throw TransportError.protocolViolation(error) }
                throw TransportError.disconnected("\(address) closed the connection")
            }
            decoder.append(readBuffer[0..<count])
        }
    }

    public func setMaxPayload(_ maxPayload: Int) {
        self.maxPayload.store(maxPayload, ordering: .relaxed)
    }

    public func close() { socket.close() }

    private static func map(_ error: SocketError, _ address: String) -> TransportError {
        switch error.kind {
        case .timedOut: return .timedOut("\(address): \(error.operation)")
        default: return .disconnected("\(address): \(error)")
        }
    }
}
