import ADB
import Foundation
import Transports

/// A bus's latency: each packet the tablet sends leaves after `latency`, in order, on a thread of its own, so the
/// tablet goes on reading and working meanwhile (unlike `slow=`, which holds the tablet up).
///
/// Thread safety: `queue`, `failure` and `stopped` are guarded by `condition`.
final class DelayLine: @unchecked Sendable {
    private let inner: PacketTransport
    private let latency: Duration
    private let condition = NSCondition()
    private var queue: [(due: ContinuousClock.Instant, packet: ADBPacket, checksum: Bool)] = []
    private var failure: Error?
    private var stopped = false

    init(_ inner: PacketTransport, latency: Duration) {
        self.inner = inner
        self.latency = latency
        let thread = Thread { [self] in run() }
        thread.name = "valise sim latency"
        thread.start()
    }

    /// Queues `packet`; a failure of an earlier send is thrown here.
    func send(_ packet: ADBPacket, withChecksum: Bool) throws {
        try condition.withLock {
            if let failure { throw failure }
            guard !stopped else { throw TransportError.disconnected("closed") }
            queue.append((ContinuousClock.now + latency, packet, withChecksum))
            condition.signal()
        }
    }

    /// Stops sending (what is queued is dropped, as on a cable pulled).
    func stop() {
        condition.withLock {
            stopped = true
            queue.removeAll()
            condition.signal()
        }
    }

    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty && !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            let next = queue.removeFirst()
            condition.unlock()
            let wait = next.due - ContinuousClock.now
            if wait > .zero { Thread.sleep(forTimeInterval: Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18) }
            do { try inner.send(next.packet, withChecksum: next.checksum, timeout: .seconds(30)) } catch {
                condition.withLock { failure = error }
                return
            }
        }
    }
}
