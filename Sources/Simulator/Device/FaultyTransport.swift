import ADB
import Foundation
import Synchronization
import Transports

/// Wraps a tablet's transport to play faults: a delay before each packet it sends (a slow
/// tablet or bus), a cut once the host has sent a given number of bytes (an unplug mid-push), and
/// a bus shared with other tablets that every packet, either way, must cross.
final class FaultyTransport: PacketTransport {
    private let inner: PacketTransport
    private let delay: Duration?
    private let dropAfter: Int?
    private let bus: SharedBus?
    private let line: DelayLine?
    private let received = Atomic<Int>(0)

    init(_ inner: PacketTransport, delay: Duration?, dropAfter: Int?, bus: SharedBus? = nil, latency: Duration? = nil) {
        self.inner = inner
        self.delay = delay
        self.dropAfter = dropAfter
        self.bus = bus
        line = latency.map { DelayLine(inner, latency: $0) }
    }

    var address: String { inner.address }

    func send(_ packet: ADBPacket, withChecksum: Bool, timeout: Duration) throws {
        if let delay { Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18 + Double(delay.components.seconds)) }
        bus?.carry(ADBPacket.headerSize + packet.payload.count)
        if let line { return try line.send(packet, withChecksum: withChecksum) }
        try inner.send(packet, withChecksum: withChecksum, timeout: timeout)
    }

    func receive(timeout: Duration?) throws -> ADBPacket {
        let packet = try inner.receive(timeout: timeout)
        bus?.carry(ADBPacket.headerSize + packet.payload.count)
        let total = received.add(ADBPacket.headerSize + packet.payload.count, ordering: .relaxed).newValue
        if let dropAfter, total > dropAfter {
            inner.close()
            throw TransportError.disconnected("simulated unplug after \(dropAfter) bytes")
        }
        return packet
    }

    func setMaxPayload(_ maxPayload: Int) { inner.setMaxPayload(maxPayload) }

    func close() {
        line?.stop()
        inner.close()
    }
}
