import Dispatch
import Foundation
@testable import Engine

/// A `RunnerClock` the test moves forward itself: wake-ups run when `advance` passes their instant, never on their own.
///
/// Thread safety: `offset`, `pending` and `nextID` are guarded by `lock`.
final class ManualClock: RunnerClock, @unchecked Sendable {
    private struct Wake {
        let id: Int
        let at: ContinuousClock.Instant
        let queue: DispatchQueue
        let work: @Sendable () -> Void
    }

    private let lock = NSLock()
    private let start = ContinuousClock.now
    private var offset: Duration = .zero
    private var pending: [Wake] = []
    private var nextID = 0

    var now: ContinuousClock.Instant { lock.withLock { start + offset } }

    func wake(at deadline: ContinuousClock.Instant, on queue: DispatchQueue,
              _ work: @escaping @Sendable () -> Void) -> @Sendable () -> Void {
        let id: Int = lock.withLock {
            nextID += 1
            pending.append(Wake(id: nextID, at: deadline, queue: queue, work: work))
            return nextID
        }
        return { [self] in lock.withLock { pending.removeAll { $0.id == id } } }
    }

    /// Wake-ups waiting for their instant.
    var pendingCount: Int { lock.withLock { pending.count } }

    /// Moves time on by `duration`; the wake-ups it passes run on their queues, in order.
    func advance(by duration: Duration) {
        let due: [Wake] = lock.withLock {
            offset += duration
            let now = start + offset
            let due = pending.filter { $0.at <= now }.sorted { $0.at < $1.at }
            pending.removeAll { $0.at <= now }
            return due
        }
        for wake in due { wake.queue.async(execute: wake.work) }
    }
}
