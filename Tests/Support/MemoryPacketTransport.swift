import ADB
import Foundation

/// Two ends of an ADB connection in memory: what one end sends, the other receives, as bytes through the same
/// `ADBPacketDecoder` the TCP and USB transports use, handed over `chunkSize` bytes at a time. Protocol and session
/// tests run on it without sockets, threads of their own or sleeps (the way NIO's `EmbeddedChannel` is used).
///
/// Thread safety: each end's inbox and decoder are guarded by that end's condition; one thread receives on an end
/// while others send to it; `close()` from any thread wakes a blocked `receive`.
public final class MemoryPacketTransport: PacketTransport, @unchecked Sendable {
    /// "memory:NAME".
    public let address: String
    private let condition = NSCondition()
    private let chunkSize: Int
    private var inbox: [UInt8] = []
    private var decoder = ADBPacketDecoder()
    private var closed = false
    private weak var peer: MemoryPacketTransport?
    /// Packets this end sent, in order (for tests that check what went on the wire).
    public private(set) var sent: [ADBPacket] = []

    private init(address: String, chunkSize: Int) {
        self.address = address
        self.chunkSize = chunkSize
    }

    /// A connected pair: the host's end and the tablet's. Bytes cross `chunkSize` at a time (1 exercises every framing path).
    public static func pair(chunkSize: Int = 64 << 10) -> (host: MemoryPacketTransport, tablet: MemoryPacketTransport) {
        let host = MemoryPacketTransport(address: "memory:host", chunkSize: chunkSize)
        let tablet = MemoryPacketTransport(address: "memory:tablet", chunkSize: chunkSize)
        host.peer = tablet
        tablet.peer = host
        return (host, tablet)
    }

    public func send(_ packet: ADBPacket, withChecksum: Bool, timeout: Duration) throws {
        condition.lock()
        let isClosed = closed
        if !isClosed { sent.append(packet) }
        condition.unlock()
        guard !isClosed, let peer else { throw TransportError.disconnected("\(address): closed") }
        try peer.deliver(packet.encoded(withChecksum: withChecksum))
    }

    private func deliver(_ bytes: [UInt8]) throws {
        condition.lock()
        defer { condition.unlock() }
        guard !closed else { throw TransportError.disconnected("\(address): the other end is closed") }
        inbox.append(contentsOf: bytes)
        condition.broadcast()
    }

    public func receive(timeout: Duration?) throws -> ADBPacket {
        let deadline = timeout.map { Date(timeIntervalSinceNow: Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18) }
        condition.lock()
        defer { condition.unlock() }
        while true {
            do {
                if let packet = try decoder.next() { return packet }
            } catch {
                throw TransportError.protocolViolation(error)
            }
            if !inbox.isEmpty {
                let count = min(chunkSize, inbox.count)
                decoder.append(inbox[0..<count])
                inbox.removeFirst(count)
                continue
            }
            if closed { throw TransportError.disconnected("\(address): closed") }
            if let deadline {
                guard condition.wait(until: deadline) else { throw TransportError.timedOut("\(address): nothing arrived") }
            } else {
                condition.wait()
            }
        }
    }

    public func setMaxPayload(_ maxPayload: Int) {
        condition.lock()
        decoder.maxPayload = maxPayload
        condition.unlock()
    }

    /// Closes both ends, as a pulled cable does.
    public func close() {
        for end in [self, peer].compactMap({ $0 }) {
            end.condition.lock()
            end.closed = true
            end.condition.broadcast()
            end.condition.unlock()
        }
    }

    /// Puts raw bytes on the wire towards this end (a tablet sending garbage).
    public func inject(_ bytes: [UInt8]) throws { try deliver(bytes) }
}
