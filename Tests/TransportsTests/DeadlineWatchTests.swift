import Foundation
import Synchronization
import Testing
@testable import Transports

/// One timer for every session's deadlines: each expires once, in order, and a removed one never does.
@Suite struct DeadlineWatchTests {
    @Test func deadlinesExpireInTheirOrderAndARemovedOneNever() throws {
        let watch = DeadlineWatch(queue: DispatchQueue(label: "test.deadline"))
        let expired = Mutex<[String]>([])
        let last = DispatchSemaphore(value: 0)
        let start = ContinuousClock.now
        // Added latest first: each earlier one re-arms the timer.
        _ = watch.add(due: start + .milliseconds(300)) { expired.withLock { $0.append("third") }; last.signal() }
        let removed = watch.add(due: start + .milliseconds(150)) { expired.withLock { $0.append("removed") } }
        _ = watch.add(due: start + .milliseconds(200)) { expired.withLock { $0.append("second") } }
        _ = watch.add(due: start + .milliseconds(100)) { expired.withLock { $0.append("first") } }
        watch.remove(removed)
        #expect(last.wait(timeout: .now() + 10) == .success)
        #expect(expired.withLock { $0 } == ["first", "second", "third"])
    }

    @Test func aDeadlineAddedAfterTheTimerFiredIsStillWatched() throws {
        let watch = DeadlineWatch(queue: DispatchQueue(label: "test.deadline"))
        let fired = DispatchSemaphore(value: 0)
        _ = watch.add(due: .now + .milliseconds(20)) { fired.signal() }
        #expect(fired.wait(timeout: .now() + 10) == .success)
        _ = watch.add(due: .now + .milliseconds(20)) { fired.signal() }
        #expect(fired.wait(timeout: .now() + 10) == .success)
    }
}
