import Dispatch
import Foundation

/// Runs jobs with Dispatch under a `JobScheduler`: the scheduler on one serial control queue,
/// each job on its own serial queue (on Linux the shared pool is only as wide as the cores and
/// grows after about a second of stalling, so blocking device work there would serialise and make
/// timeouts fire late), timers on the control queue.
///
/// Time comes from a `RunnerClock` (the system's, or one a test advances).
///
/// Thread safety: `scheduler`, `tokens`, `timeouts`, `stopped`, `waiting`, `requeueWhenFinished` and `wakeup` are touched
/// only on `control`.
public final class JobRunner<ID: Hashable & Sendable & CustomStringConvertible, Failure: Sendable & Equatable>: @unchecked Sendable {
    /// One attempt of one job: return how it ended; stop early when the token is cancelled.
    public typealias Work = @Sendable (_ id: ID, _ attempt: Int, _ token: CancellationToken) -> JobOutcome<Failure>

    private let control = DispatchQueue(label: "valise.scheduler")
    private var scheduler: JobScheduler<ID, Failure>
    private var tokens: [ID: CancellationToken] = [:]
    private var stopped = false
    private let work: Work
    private let attemptTimeout: Duration?
    private let done = DispatchSemaphore(value: 0)
    private var waiting = false
    private var requeueWhenFinished: Set<ID> = []
    /// Each running attempt's timeout, cancelled when the attempt ends.
    private var timeouts: [ID: @Sendable () -> Void] = [:]
    /// The one pending wake-up for jobs waiting to retry, and when it is (replaced, never stacked: a long `watch`
    /// keeps one).
    private var wakeup: (at: ContinuousClock.Instant, cancel: @Sendable () -> Void)?
    private let clock: any RunnerClock

    /// A runner with `limits`; each attempt is cancelled with `.timedOut` after `attemptTimeout`, as `clock` tells.
    public init(limits: SchedulerLimits, attemptTimeout: Duration? = nil, clock: any RunnerClock = SystemClock(),
                work: @escaping Work) {
        scheduler = JobScheduler(limits: limits)
        self.attemptTimeout = attemptTimeout
        self.clock = clock
        self.work = work
    }

    deinit { wakeup?.cancel() }

    /// Adds a job behind `group` (a USB root port, a hub, or "tcp"); with `again`, a job that finished is queued anew.
    /// Once stopped (`cancelAll`, `drain`) nothing new is taken.
    public func submit(_ id: ID, group: String, again: Bool = false) {
        control.async { [self] in
            guard !stopped else { return }
            scheduler.enqueue(id, group: group)
            if again {
                if case .running = scheduler.state(of: id) { requeueWhenFinished.insert(id) }
                scheduler.requeue(id)
            }
            pump()
        }
    }

    /// Cancels one job (running, waiting or queued).
    public func cancel(_ id: ID, reason: CancellationToken.Reason = .requested) {
        control.async { [self] in
            if scheduler.cancel(id) { tokens[id]?.cancel(reason) }
            pump()
        }
    }

    /// Cancels everything (Ctrl-C): running attempts are interrupted, nothing new starts.
    public func cancelAll() {
        control.async { [self] in
            stopped = true
            for (id, _) in scheduler.all where scheduler.cancel(id) { tokens[id]?.cancel(.requested) }
            pump()
        }
    }

    /// Stops taking work but lets running attempts finish (SIGTERM): queued jobs and jobs waiting to retry are
    /// cancelled, and an attempt that fails now is not tried again.
    public func drain() {
        control.async { [self] in
            stopped = true
            for (id, state) in scheduler.all {
                if case .running = state { continue }
                _ = scheduler.cancel(id)
            }
            pump()
        }
    }

    /// Waits until every submitted job has finished; returns their final states in submission order.
    public func wait() -> [(id: ID, state: JobScheduler<ID, Failure>.State)] {
        control.sync {
            waiting = true
            pump()
        }
        done.wait()
        return control.sync { scheduler.all }
    }

    /// A snapshot of every job's state.
    public var states: [(id: ID, state: JobScheduler<ID, Failure>.State)] { control.sync { scheduler.all } }

    private func pump() {
        dispatchPrecondition(condition: .onQueue(control))
        if !stopped {
            for start in scheduler.startable(now: clock.now) { launch(start) }
        }
        let next = scheduler.nextWakeup
        if wakeup?.at != next {
            wakeup?.cancel()
            wakeup = next.map { at in (at, clock.wake(at: at, on: control) { [weak self] in self?.woken(at: at) }) }
        }
        if waiting && scheduler.isFinished && tokens.isEmpty {
            waiting = false
            done.signal()
        }
    }

    /// The pending wake-up came (on `control`).
    private func woken(at instant: ContinuousClock.Instant) {
        if wakeup?.at == instant { wakeup = nil }
        pump()
    }

    private func launch(_ start: JobScheduler<ID, Failure>.Start) {
        let token = CancellationToken()
        tokens[start.id] = token
        if let attemptTimeout {
            timeouts[start.id] = clock.wake(at: clock.now + attemptTimeout, on: control) { token.cancel(.timedOut) }
        }
        let queue = DispatchQueue(label: "valise.job.\(start.id)")
        let work = self.work
        queue.async { [self] in
            let outcome = token.isCancelled ? .cancelled : work(start.id, start.attempt, token)
            control.async { [self] in
                tokens[start.id] = nil
                timeouts.removeValue(forKey: start.id)?()
                // A job stopped on purpose (Ctrl-C, unplug) ends cancelled, not failed and retried; one that had already
                // done all its work when the stop came keeps its success.
                let stopped = token.reason == .requested || token.reason == .unplugged
                let succeeded = if case .succeeded = outcome { true } else { false }
                scheduler.finished(start.id, stopped && !succeeded ? .cancelled : outcome, now: clock.now)
                if self.stopped { _ = scheduler.cancel(start.id) }   // no retry once stopped: a waiting job ends here
                if requeueWhenFinished.remove(start.id) != nil && !self.stopped { scheduler.requeue(start.id) }
                pump()
            }
        }
    }
}
