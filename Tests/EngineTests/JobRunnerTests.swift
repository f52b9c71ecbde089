import Foundation
import Synchronization
import TestSupport
import Testing
@testable import Engine

/// Counts how many jobs run at once.
final class Concurrency: Sendable {
    let current = Atomic<Int>(0)
    let peak = Atomic<Int>(0)

    func enter() {
        let now = current.add(1, ordering: .relaxed).newValue
        var seen = peak.load(ordering: .relaxed)
        while now > seen, !peak.compareExchange(expected: seen, desired: now, ordering: .relaxed).exchanged {
            seen = peak.load(ordering: .relaxed)
        }
    }

    func leave() { current.subtract(1, ordering: .relaxed) }
}

@Suite struct JobRunnerTests {
    @Test func blockingJobsRunUpToTheLimitAtOnceNotUpToTheCoreCount() {
        let meter = Concurrency()
        let full = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let runner = JobRunner<String, String>(limits: SchedulerLimits(global: 6, perGroup: 6)) { _, _, _ in
            meter.enter()
            if meter.current.load(ordering: .relaxed) == 6 { full.signal() }
            release.wait()   // blocking device work, held until the test has looked
            meter.leave()
            return .succeeded
        }
        for index in 0..<12 { runner.submit("tablet-\(index)", group: "port1") }
        // Six blocked at once on a 2-core machine: none can finish, so a seventh would only be the limit failing.
        full.wait()
        #expect(meter.current.load(ordering: .relaxed) == 6)
        for _ in 0..<12 { release.signal() }
        let results = runner.wait()
        #expect(results.count == 12)
        #expect(results.allSatisfy { $0.state == .finished(.succeeded, attempts: 1) })
        #expect(meter.peak.load(ordering: .relaxed) == 6)
    }

    @Test func aTimeoutInterruptsABlockedAttemptWhenItsTimeComes() {
        let clock = ManualClock()
        let started = DispatchSemaphore(value: 0)
        let runner = JobRunner<String, String>(limits: SchedulerLimits(global: 8, maxAttempts: 1), attemptTimeout: .milliseconds(200),
                                               clock: clock) { _, _, token in
            let released = DispatchSemaphore(value: 0)
            token.onCancel { released.signal() }   // as closing a tablet's connection would
            started.signal()
            released.wait()
            return token.reason == .timedOut ? .transient("timed out") : .succeeded
        }
        for index in 0..<4 { runner.submit("t\(index)", group: "g") }
        for _ in 0..<4 { started.wait() }
        clock.advance(by: .milliseconds(199))
        #expect(clock.pendingCount == 4, "a timeout fired before its time")
        clock.advance(by: .milliseconds(1))
        let results = runner.wait()
        #expect(results.allSatisfy { $0.state == .finished(.transient("timed out"), attempts: 1) })
        #expect(clock.pendingCount == 0)
    }

    @Test func transientFailuresAreRetriedAfterTheBackoffNotBefore() throws {
        let clock = ManualClock()
        let attempts = Mutex<[String: Int]>([:])
        let runner = JobRunner<String, String>(limits: SchedulerLimits(maxAttempts: 3, initialBackoff: .milliseconds(50)),
                                               clock: clock) { id, attempt, _ in
            attempts.withLock { $0[id] = attempt }
            return attempt < 2 ? .transient("unplugged") : .succeeded
        }
        runner.submit("tab", group: "g")
        try waitUntil("the first attempt to fail and wait for its retry") { if case .waiting = runner.states.first?.state { true } else { false } }
        clock.advance(by: .milliseconds(49))
        #expect(attempts.withLock { $0["tab"] } == 1)
        if case .waiting = runner.states.first?.state {} else { Issue.record("retried before its backoff ended") }
        clock.advance(by: .milliseconds(1))
        #expect(runner.wait().first?.state == .finished(.succeeded, attempts: 2))
        #expect(attempts.withLock { $0["tab"] } == 2)
    }

    @Test func aLongRunKeepsOneWakeUpPendingHoweverOftenItIsWoken() throws {
        let clock = ManualClock()
        let runner = JobRunner<String, String>(limits: SchedulerLimits(maxAttempts: 3, initialBackoff: .seconds(60)), clock: clock) { id, attempt, _ in
            id == "waiting" && attempt < 2 ? .transient("unplugged") : .succeeded
        }
        runner.submit("waiting", group: "g")
        try waitUntil("the first attempt to fail and wait for its retry") { if case .waiting = runner.states.first?.state { true } else { false } }
        // Every submission pumps the scheduler; the retry's wake-up stays one.
        for index in 0..<50 { runner.submit("quick-\(index)", group: "g") }
        try waitUntil("the 50 quick jobs to finish") { runner.states.filter { if case .finished = $0.state { true } else { false } }.count == 50 }
        #expect(clock.pendingCount == 1)
        clock.advance(by: .seconds(60))
        #expect(runner.wait().first?.state == .finished(.succeeded, attempts: 2))
    }

    @Test func cancelAllStopsRunningAndQueuedJobs() {
        let started = DispatchSemaphore(value: 0)
        let runner = JobRunner<String, String>(limits: SchedulerLimits(global: 1)) { _, _, token in
            let released = DispatchSemaphore(value: 0)
            token.onCancel { released.signal() }
            started.signal()
            released.wait()
            return .transient("interrupted")
        }
        runner.submit("first", group: "g")
        runner.submit("second", group: "g")
        started.wait()
        runner.cancelAll()
        let results = runner.wait()
        #expect(results.map(\.state) == [.finished(.cancelled, attempts: 1), .finished(.cancelled, attempts: 0)])
    }

    /// Ctrl-C that lands after a job did all its work (the tablet is provisioned) does not turn it into "stopped";
    /// one whose work the stop interrupted ends cancelled, not failed.
    @Test func aJobThatFinishedItsWorkWhenTheStopCameKeepsItsSuccess() {
        let started = DispatchSemaphore(value: 0)
        let runner = JobRunner<String, String>(limits: SchedulerLimits(global: 2, maxAttempts: 3)) { id, _, token in
            let stopped = DispatchSemaphore(value: 0)
            token.onCancel { stopped.signal() }
            started.signal()
            stopped.wait()
            return id == "done" ? .succeeded : .transient("disconnected")
        }
        runner.submit("done", group: "g")
        runner.submit("interrupted", group: "g")
        started.wait()
        started.wait()
        runner.cancelAll()
        let results = runner.wait()
        #expect(results.map(\.state) == [.finished(.succeeded, attempts: 1), .finished(.cancelled, attempts: 1)])
    }

    @Test func drainLetsTheRunningJobFinishAndTakesNothingNew() {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let ran = Mutex<[String]>([])
        let runner = JobRunner<String, String>(limits: SchedulerLimits(global: 1, maxAttempts: 3, initialBackoff: .milliseconds(10))) { id, _, token in
            ran.withLock { $0.append(id) }
            started.signal()
            release.wait()
            return token.isCancelled ? .cancelled : id == "flaky" ? .transient("unplugged") : .succeeded
        }
        runner.submit("flashing", group: "g")
        runner.submit("queued", group: "g")
        started.wait()
        runner.drain()
        runner.submit("plugged-after", group: "g")
        release.signal()
        let results = runner.wait()
        #expect(results.map(\.id) == ["flashing", "queued"])
        #expect(results.map(\.state) == [.finished(.succeeded, attempts: 1), .finished(.cancelled, attempts: 0)])
        #expect(ran.withLock { $0 } == ["flashing"])
    }

    @Test func drainDoesNotRetryAnAttemptThatFailsMeanwhile() {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let runner = JobRunner<String, String>(limits: SchedulerLimits(maxAttempts: 3, initialBackoff: .milliseconds(10))) { _, _, _ in
            started.signal()
            release.wait()
            return .transient("unplugged")
        }
        runner.submit("flaky", group: "g")
        started.wait()
        runner.drain()
        release.signal()
        #expect(runner.wait().map(\.state) == [.finished(.cancelled, attempts: 1)])
    }
}
