import Foundation
import Testing
@testable import Engine

@Suite struct JobSchedulerTests {
    typealias Scheduler = JobScheduler<String, String>
    let t0 = ContinuousClock.now

    @Test func respectsTheGlobalAndPerGroupLimits() {
        var scheduler = Scheduler(limits: SchedulerLimits(global: 3, perGroup: 2))
        for (id, group) in [("a", "port1"), ("b", "port1"), ("c", "port1"), ("d", "port2"), ("e", "port2")] {
            scheduler.enqueue(id, group: group)
        }
        let first = scheduler.startable(now: t0).map(\.id)
        #expect(first == ["a", "b", "d"])
        #expect(scheduler.startable(now: t0).isEmpty)
        scheduler.finished("a", .succeeded, now: t0)
        #expect(scheduler.startable(now: t0).map(\.id) == ["c"])
        scheduler.finished("d", .succeeded, now: t0)
        #expect(scheduler.startable(now: t0).map(\.id) == ["e"])
        #expect(scheduler.running.byGroup == ["port1": 2, "port2": 1])
    }

    @Test func transientFailuresBackOffThenStopAtTheLimit() {
        var scheduler = Scheduler(limits: SchedulerLimits(global: 4, perGroup: 4, maxAttempts: 3,
                                                          initialBackoff: .seconds(2), maxBackoff: .seconds(3)))
        scheduler.enqueue("tab", group: "g")
        #expect(scheduler.startable(now: t0) == [.init(id: "tab", attempt: 1)])
        scheduler.finished("tab", .transient("unplugged"), now: t0)
        #expect(scheduler.state(of: "tab") == .waiting(attempt: 1, until: t0 + .seconds(2)))
        #expect(scheduler.startable(now: t0 + .seconds(1)).isEmpty)
        #expect(scheduler.nextWakeup == t0 + .seconds(2))
        #expect(scheduler.startable(now: t0 + .seconds(2)) == [.init(id: "tab", attempt: 2)])
        scheduler.finished("tab", .transient("offline"), now: t0 + .seconds(2))
        #expect(scheduler.state(of: "tab") == .waiting(attempt: 2, until: t0 + .seconds(5)))   // 4 s capped at 3 s
        #expect(scheduler.startable(now: t0 + .seconds(5)) == [.init(id: "tab", attempt: 3)])
        scheduler.finished("tab", .transient("offline"), now: t0 + .seconds(5))
        #expect(scheduler.state(of: "tab") == .finished(.transient("offline"), attempts: 3))
        #expect(scheduler.isFinished)
    }

    @Test func permanentFailuresAreNotRetried() {
        var scheduler = Scheduler(limits: SchedulerLimits())
        scheduler.enqueue("tab", group: "g")
        _ = scheduler.startable(now: t0)
        scheduler.finished("tab", .permanent("accounts present"), now: t0)
        #expect(scheduler.state(of: "tab") == .finished(.permanent("accounts present"), attempts: 1))
    }

    @Test func cancellingQueuedWaitingAndRunningJobs() {
        var scheduler = Scheduler(limits: SchedulerLimits(global: 1))
        scheduler.enqueue("running", group: "g")
        scheduler.enqueue("queued", group: "g")
        _ = scheduler.startable(now: t0)
        #expect(scheduler.cancel("queued") == false)
        #expect(scheduler.state(of: "queued") == .finished(.cancelled, attempts: 0))
        #expect(scheduler.cancel("running") == true)
        scheduler.finished("running", .cancelled, now: t0)
        #expect(scheduler.isFinished)
        scheduler.enqueue("queued", group: "g")   // already known: unchanged
        #expect(scheduler.state(of: "queued") == .finished(.cancelled, attempts: 0))
    }

    @Test func finishedReportsForUnknownOrIdleJobsAreIgnored() {
        var scheduler = Scheduler(limits: SchedulerLimits())
        scheduler.finished("ghost", .succeeded, now: t0)
        scheduler.enqueue("a", group: "g")
        scheduler.finished("a", .succeeded, now: t0)
        #expect(scheduler.state(of: "a") == .queued)
        #expect(scheduler.state(of: "ghost") == nil)
    }
}
