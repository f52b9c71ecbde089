import Dispatch
import Foundation

/// The time a `JobRunner` goes by: when now is, and wake-ups at a given instant (retries after their backoff,
/// attempt timeouts). `SystemClock` in the product; tests give a clock they advance themselves, so that a test of
/// timeouts and backoffs neither sleeps nor depends on how loaded the machine is.
public protocol RunnerClock: Sendable {
    /// Now.
    var now: ContinuousClock.Instant { get }
    /// Runs `work` on `queue` at `deadline` or later; returns what cancels it (nothing runs once cancelled).
    func wake(at deadline: ContinuousClock.Instant, on queue: DispatchQueue,
              _ work: @escaping @Sendable () -> Void) -> @Sendable () -> Void
}

/// The machine's own clock: `ContinuousClock` and Dispatch's timers.
public struct SystemClock: RunnerClock {
    public init() {}

    public var now: ContinuousClock.Instant { .now }

    public func wake(at deadline: ContinuousClock.Instant, on queue: DispatchQueue,
                     _ work: @escaping @Sendable () -> Void) -> @Sendable () -> Void {
        let item = DispatchWorkItem(block: work)
        let delay = max(.zero, deadline - .now)
        queue.asyncAfter(deadline: .now() + Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18,
                         execute: item)
        let cancellable = CancellableItem(item: item)
        return { cancellable.item.cancel() }
    }

    /// `@unchecked Sendable`: `DispatchWorkItem.cancel()` may be called from any thread.
    private final class CancellableItem: @unchecked Sendable {
        let item: DispatchWorkItem
        init(item: DispatchWorkItem) { self.item = item }
    }
}
