import ADB
import Foundation
import Synchronization

/// ADB over TCP (`adb tcpip`, emulators, simulated tablets): packets on one byte stream.
///
/// What arrives goes through the one `ADBPacketDecoder` (the socket reads straight into its buffer).
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
    /// The most one socket read asks for beyond the packet being received.
    private static let readSize = 256 << 10

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
        decoder.maxPayload = maxPayload.load(ordering: .relaxed)
        do {
            while true {
                if let packet = try decoder.next() { return packet }
                let wanted = max(try decoder.bytesWanted(), Self.readSize)
                let remaining = deadline.map { max(.zero, $0 - ContinuousClock.now) }
                let count = try decoder.append(upTo: wanted) { try socket.read(into: $0, timeout: remaining) }
                if count == 0 {
                    try decoder.checkFinished()
                    throw TransportError.disconnected("\(address) closed the connection")
                }
            }
        } catch let error as ADBProtocolError {
            throw TransportError.protocolViolation(error)
        } catch let error as SocketError {
            throw Self.map(error, address)
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
