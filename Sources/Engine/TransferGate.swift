import Foundation
import Synchronization

/// Bounds the heavy transfers (APK installs, firmware images) running at once behind each bus group
/// (a USB root port shares its bandwidth): a job waits here, not on a whole-job limit, so light steps
/// of other tablets go on meanwhile.
///
/// Thread safety: `running` is guarded by `condition`; waiters sleep on it until a place frees or their token is cancelled.
public final class TransferGate: @unchecked Sendable {
    /// Heavy transfers at once per group.
    public let perGroup: Int
    private let condition = NSCondition()
    private var running: [String: Int] = [:]

    /// A gate letting `perGroup` transfers through per group at once.
    public init(perGroup: Int = 8) { self.perGroup = max(1, perGroup) }

    /// Runs `body` once a place is free in `group`; gives up waiting when `token` is cancelled.
    public func pass<T>(_ group: String, token: CancellationToken?, _ body: () throws -> T) throws -> T {
        let place = try enter(group, token: token)
        defer { place.leave() }
        return try body()
    }

    /// Takes a place in `group` once one is free (throws `CancellationError` when `token` is cancelled meanwhile);
    /// the caller gives it back with `leave()` as soon as its bytes are across, before waiting for the tablet's
    /// answer (an install's verification is the tablet's time, not the bus's).
    public func enter(_ group: String, token: CancellationToken?) throws -> Place {
        // Cancelling wakes the waiters (no polling): the handler takes the lock, so it cannot slip in between a
        // waiter's check and its wait.
        let registration = token?.onCancel { [condition] in
            condition.lock()
            condition.broadcast()
            condition.unlock()
        }
        defer { if let registration { token?.forget(registration) } }
        condition.lock()
        while running[group, default: 0] >= perGroup {
            if token?.isCancelled == true {
                condition.unlock()
                throw CancellationError()
            }
            condition.wait()
        }
        running[group, default: 0] += 1
        condition.unlock()
        return Place(gate: self, group: group)
    }

    /// Gives a place back.
    fileprivate func leave(_ group: String) {
        condition.lock()
        running[group, default: 0] -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// A place taken in a group; `leave()` gives it back once, however often it is called.
    ///
    /// Thread safety: `left` is an atomic flag; the first `leave()` to set it gives the place back.
    public final class Place: Sendable {
        private let gate: TransferGate
        private let group: String
        private let left = Atomic<Bool>(false)

        fileprivate init(gate: TransferGate, group: String) {
            self.gate = gate
            self.group = group
        }

        /// Gives the place back (the first call only).
        public func leave() {
            let wasLeft = left.exchange(true, ordering: .acquiringAndReleasing)
            if !wasLeft { gate.leave(group) }
        }
    }

    /// Transfers running now in `group`.
    public func inFlight(_ group: String) -> Int {
        condition.lock()
        defer { condition.unlock() }
        return running[group, default: 0]
    }
}
