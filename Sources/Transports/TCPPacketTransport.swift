import ADB
import Foundation
import Synchronization

/// ADB over TCP (`adb tcpip`, emulators, simulated tablets): packets on one byte stream.
///
/// Thread safety: `receive` is called by one reader thread at a time (`receiveLock` owns the read buffer;
/// the payload limit is an atomic so it can change from another thread); `send` calls are serialised by `sendLock` so packets never interleave.
public final class TCPPacketTransport: PacketTransport, @unchecked Sendable {
    /// "host:port".
    public let address: String
    private let socket: TCPSocket
    private let sendLock = NSLock()
    private let receiveLock = NSLock()
    private var pendingStart = 0
    private var pendingEnd = 0
    private let maxPayload = Atomic<Int>(ADBProtocol.maxPayloadV1)
    private var readBuffer = [UInt8](repeating: 0, count: 256 << 10)

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
        var headerBytes = [UInt8](repeating: 0, count: ADBPacket.headerSize)
        try headerBytes.withUnsafeMutableBytes { try readExactly(into: $0, deadline: deadline, started: false) }
        let header: ADBPacketHeader
        do {
            header = try ADBPacketHeader(validating: headerBytes, maxPayload: maxPayload.load(ordering: .relaxed))
        } catch {
            throw TransportError.protocolViolation(error)
        }
        // Large payloads are read straight from the socket into their own array: one copy.
        let payload = try [UInt8](unsafeUninitializedCapacity: header.length) { buffer, count in
            try readExactly(into: UnsafeMutableRawBufferPointer(buffer), deadline: deadline, started: true)
            count = header.length
        }
        return ADBPacket(header.command, header.arg0, header.arg1, payload)
    }

    /// Fills `destination` from bytes already read, then from the socket.
    private func readExactly(into destination: UnsafeMutableRawBufferPointer, deadline: ContinuousClock.Instant?, started: Bool) throws {
        var filled = 0
        while filled < destination.count {
            if pendingStart < pendingEnd {
                let count = min(pendingEnd - pendingStart, destination.count - filled)
                readBuffer.withUnsafeBytes { source in
                    UnsafeMutableRawBufferPointer(rebasing: destination[filled..<(filled + count)])
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[pendingStart..<(pendingStart + count)]))
                }
                pendingStart += count
                filled += count
                continue
            }
            let remaining = deadline.map { max(.zero, $0 - ContinuousClock.now) }
            let wanted = destination.count - filled
            let count: Int
            do {
                if wanted >= readBuffer.count / 4 {
                    count = try socket.read(into: UnsafeMutableRawBufferPointer(rebasing: destination[filled...]), timeout: remaining)
                    filled += count
                } else {
                    count = try readBuffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: remaining) }
                    pendingStart = 0
                    pendingEnd = count
                }
            } catch let error as SocketError {
                throw Self.map(error, address)
            }
            if count == 0 {
                if filled > 0 || started {
                    throw TransportError.protocolViolation(.truncated(expected: destination.count, received: filled))
                }
                throw TransportError.disconnected("\(address) closed the connection")
            }
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
