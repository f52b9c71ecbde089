import Foundation

/// How a job attempt ended, as the scheduler needs to know it.
public enum JobOutcome<Failure: Sendable & Equatable>: Sendable, Equatable {
    /// Done.
    case succeeded
    /// Failed in a way that may pass on a later try (unplugged, offline, timed out).
    case transient(Failure)
    /// Failed for good (wrong profile, refused by the tablet): stop this job.
    case permanent(Failure)
    /// Stopped on request (Ctrl-C, unplug in station mode).
    case cancelled
}

/// The limits a scheduler keeps.
public struct SchedulerLimits: Sendable, Equatable {
    /// Jobs running at once, in all.
    public var global: Int
    /// Jobs running at once behind one group (a USB root port or hub): heavy transfers share its bandwidth.
    public var perGroup: Int
    /// Attempts per job, the first included.
    public var maxAttempts: Int
    /// Wait before the second attempt; doubled for each further one.
    public var initialBackoff: Duration
    /// The longest wait between attempts.
    public var maxBackoff: Duration

    /// Creates limits.
    public init(global: Int = 16, perGroup: Int = 8, maxAttempts: Int = 3,
                initialBackoff: Duration = .seconds(2), maxBackoff: Duration = .seconds(30)) {
        self.global = max(1, global)
        self.perGroup = max(1, perGroup)
        self.maxAttempts = max(1, maxAttempts)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
    }
}

/// Which jobs run, wait or are done: a pure state machine (no clock, no threads).
///
/// The caller feeds it events (`enqueue`, `finished`, `cancel`) with the current time and starts
/// the attempts that `startable(now:)` hands out; `nextWakeup` says when a backoff ends.
public struct JobScheduler<ID: Hashable & Sendable, Failure: Sendable & Equatable>: Sendable {
    /// Where one job stands.
    public enum State: Sendable, Equatable {
        case queued
        case running(attempt: Int)
        case waiting(attempt: Int, until: ContinuousClock.Instant)
        case finished(JobOutcome<Failure>, attempts: Int)
    }

    /// An attempt to start now.
    public struct Start: Sendable, Equatable {
        public let id: ID
        public let attempt: Int
    }

    /// The limits.
    public let limits: SchedulerLimits
    private var jobs: [ID: (group: String, state: State)] = [:]
    private var order: [ID] = []

    /// Creates a scheduler.
    public init(limits: SchedulerLimits) { self.limits = limits }

    /// Adds a job behind `group`; a job already known is left as it is.
    public mutating func enqueue(_ id: ID, group: String) {
        guard jobs[id] == nil else { return }
        jobs[id] = (group, .queued)
        order.append(id)
    }

    /// Queues a finished job again (station mode: a tablet plugged back in); others are left as they are.
    public mutating func requeue(_ id: ID) {
        guard case .finished = jobs[id]?.state else { return }
        jobs[id]?.state = .queued
    }

    /// The state of a job.
    public func state(of id: ID) -> State? { jobs[id]?.state }

    /// Every job in the order it was enqueued, with its state.
    public var all: [(id: ID, state: State)] { order.compactMap { id in jobs[id].map { (id, $0.state) } } }

    /// Whether every job has finished.
    public var isFinished: Bool { jobs.values.allSatisfy { if case .finished = $0.state { return true } else { return false } } }

    /// How many jobs are running, in all and per group.
    public var running: (total: Int, byGroup: [String: Int]) {
        var byGroup: [String: Int] = [:]
        var total = 0
        for job in jobs.values {
            if case .running = job.state {
                total += 1
                byGroup[job.group, default: 0] += 1
            }
        }
        return (total, byGroup)
    }

    /// The attempts to start now, within the limits, oldest job first; they are marked running.
    public mutating func startable(now: ContinuousClock.Instant) -> [Start] {
        var (total, byGroup) = running
        var starts: [Start] = []
        for id in order where total < limits.global {
            guard let job = jobs[id], byGroup[job.group, default: 0] < limits.perGroup else { continue }
            let attempt: Int
            switch job.state {
            case .queued: attempt = 1
            case .waiting(let previous, let until) where until <= now: attempt = previous + 1
            default: continue
            }
            jobs[id]?.state = .running(attempt: attempt)
            total += 1
            byGroup[job.group, default: 0] += 1
            starts.append(Start(id: id, attempt: attempt))
        }
        return starts
    }

    /// Records how an attempt ended: transient failures wait (backoff) and try again up to the limit.
    public mutating func finished(_ id: ID, _ outcome: JobOutcome<Failure>, now: ContinuousClock.Instant) {
        guard let job = jobs[id], case .running(let attempt) = job.state else { return }
        if case .transient = outcome, attempt < limits.maxAttempts {
            let wait = backoff(after: attempt)
            jobs[id]?.state = .waiting(attempt: attempt, until: now + wait)
        } else {
            jobs[id]?.state = .finished(outcome, attempts: attempt)
        }
    }

    /// Cancels a job that has not finished; a running one is marked when its attempt reports back.
    /// Returns true when it was running (the caller must interrupt it).
    public mutating func cancel(_ id: ID) -> Bool {
        guard let job = jobs[id] else { return false }
        switch job.state {
        case .queued: jobs[id]?.state = .finished(.cancelled, attempts: 0)
        case .waiting(let attempt, _): jobs[id]?.state = .finished(.cancelled, attempts: attempt)
        case .running: return true
        case .finished: break
        }
        return false
    }

    /// When the earliest backoff ends, if any job waits.
    public var nextWakeup: ContinuousClock.Instant? {
        jobs.values.compactMap { if case .waiting(_, let until) = $0.state { return until } else { return nil } }.min()
    }

    /// The wait after attempt `attempt`: initial × 2^(attempt-1), at most `maxBackoff`.
    public func backoff(after attempt: Int) -> Duration {
        var wait = limits.initialBackoff
        for _ in 1..<max(1, attempt) where wait < limits.maxBackoff { wait *= 2 }
        return min(wait, limits.maxBackoff)
    }
}
