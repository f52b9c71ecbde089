import Foundation
import Odin
import Synchronization

/// The turns of one USB bus for the Download-mode tablets on it: one tablet at a time sends a sequence's parts,
/// served in the order they asked, while the others write their last sequence to their storage.
///
/// A tablet's sequence is first carried over the bus, then written to its storage while the bus is idle for it.
/// Tablets that all send together then all write together leave the bus idle during every write; taking turns keeps
/// it busy with one tablet's parts while the others write, so a case takes little longer than one tablet until the
/// bus itself is full. One sender: a USB 2.0 bus carries one tablet's bulk transfers about as fast as several.
///
/// Turns keep the bus busy; they are not what keeps a transfer correct. A tablet waiting longer than `patience`
/// goes anyway, so that one stuck mid-transfer (until its transfer times out) holds up the others that long at most.
///
/// Thread safety: one condition guards the queue and the count; `take` waits on it.
public final class BusTurns: OdinSequenceTurns, @unchecked Sendable {
    /// Sequences sent under turns hold at most this: short turns, and the tablets of a case at most a sequence or
    /// two apart, within a case's window of shared package pieces (16 of 256 KiB).
    public static let defaultSequenceBytes = 2 << 20
    /// The turns of each bus of this process, by bus number.
    private static let buses = Mutex<[String: BusTurns]>([:])

    public let sequenceBytes: Int
    /// How many tablets may send parts at once.
    public let senders: Int
    /// How long a tablet waits for its turn before it goes anyway.
    public let patience: Duration
    private let condition = NSCondition()
    private var waiting: [Int] = []
    private var nextTicket = 0
    private var sending = 0
    private var peak = 0
    private var late = 0

    /// Turns for `senders` tablets at once, sequences of at most `sequenceBytes`.
    public init(senders: Int = 1, sequenceBytes: Int = defaultSequenceBytes, patience: Duration = .seconds(2)) {
        self.senders = max(1, senders)
        self.sequenceBytes = max(1, sequenceBytes)
        self.patience = patience
    }

    /// The turns of USB bus `bus` ("1" for the port path "1-1.3"), shared by every session of this process on it.
    public static func bus(_ bus: String) -> BusTurns {
        buses.withLock { buses in
            if let turns = buses[bus] { return turns }
            let turns = BusTurns()
            buses[bus] = turns
            return turns
        }
    }

    /// The turns of the bus of port path `portPath` ("1-1.3": bus 1).
    public static func bus(ofPortPath portPath: String) -> BusTurns {
        bus(String(portPath.prefix { $0 != "-" }))
    }

    public func take() {
        let deadline = Date(timeIntervalSinceNow: Double(patience.components.seconds) + Double(patience.components.attoseconds) / 1e18)
        condition.lock()
        defer { condition.unlock() }
        let ticket = nextTicket
        nextTicket += 1
        waiting.append(ticket)
        while waiting.first != ticket || sending >= senders {
            if !condition.wait(until: deadline) {
                late += 1
                break
            }
        }
        waiting.removeAll { $0 == ticket }
        sending += 1
        peak = max(peak, sending)
        condition.broadcast()
    }

    public func give() {
        condition.withLock {
            sending -= 1
            condition.broadcast()
        }
    }

    /// The most tablets that sent at once so far.
    public var peakSending: Int { condition.withLock { peak } }
    /// Turns taken because the wait ran past `patience`.
    public var lateTurns: Int { condition.withLock { late } }
    /// Tablets waiting for a turn now.
    public var queued: Int { condition.withLock { waiting.count } }
}
