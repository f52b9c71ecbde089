import Foundation
import Synchronization
import Testing
@testable import Transports

/// The threads that run the services a peer opens: reused once a service ends, never one service waiting for another.
@Suite struct ServiceThreadsTests {
    final class Seen: Sendable {
        let threads = Mutex<[ObjectIdentifier]>([])
        func note() { threads.withLock { $0.append(ObjectIdentifier(Thread.current)) } }
    }

    @Test func aThreadWhoseServiceEndedRunsTheNext() throws {
        let pool = ServiceThreads(idleTime: 30)
        let seen = Seen()
        let done = DispatchSemaphore(value: 0)
        pool.run { seen.note(); done.signal() }
        #expect(done.wait(timeout: .now() + 10) == .success)
        // Waits for the thread to be idle again (an event, not a delay).
        let deadline = Date(timeIntervalSinceNow: 10)
        while pool.idleCount == 0 && Date() < deadline { usleep(1000) }
        #expect(pool.idleCount == 1)
        pool.run { seen.note(); done.signal() }
        #expect(done.wait(timeout: .now() + 10) == .success)
        let threads = seen.threads.withLock { $0 }
        #expect(threads.count == 2 && threads[0] == threads[1])
    }

    @Test func aServiceThatBlocksNeverHoldsUpAnother() {
        let pool = ServiceThreads(idleTime: 30)
        let first = DispatchSemaphore(value: 0), second = DispatchSemaphore(value: 0)
        // The first waits for the second: run one after the other on one thread, they would never end.
        pool.run { _ = second.wait(timeout: .now() + 10); first.signal() }
        pool.run { second.signal() }
        #expect(first.wait(timeout: .now() + 20) == .success)
    }

    @Test func anIdleThreadEndsAfterItsIdleTime() {
        let pool = ServiceThreads(idleTime: 0.5)
        let done = DispatchSemaphore(value: 0)
        pool.run { done.signal() }
        #expect(done.wait(timeout: .now() + 10) == .success)
        var deadline = Date(timeIntervalSinceNow: 10)
        while pool.idleCount == 0 && Date() < deadline { usleep(1000) }
        #expect(pool.idleCount == 1)
        deadline = Date(timeIntervalSinceNow: 10)
        while pool.idleCount > 0 && Date() < deadline { usleep(1000) }
        #expect(pool.idleCount == 0)
    }
}
