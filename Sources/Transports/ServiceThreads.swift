import Foundation

/// The threads that run the services a peer opens (`ADBSession`'s `incomingOpen`). Each service blocks on its stream,
/// so each needs a thread of its own; a thread whose service ended waits a while for the next one instead of ending,
/// since a simulated case opens thousands of short services (a shell command each) and starting a thread costs more
/// than most of them.
///
/// Thread safety: `condition` guards the queue of work and the count of idle threads.
final class ServiceThreads: @unchecked Sendable {
    static let shared = ServiceThreads()

    /// How long an idle thread waits for another service before it ends.
    private let idleTime: TimeInterval
    private let condition = NSCondition()
    private var work: [@Sendable () -> Void] = []
    private var idle = 0

    init(idleTime: TimeInterval = 5) {
        self.idleTime = idleTime
    }

    /// Runs `body` on an idle thread, or on a new one when none is idle.
    func run(_ body: @escaping @Sendable () -> Void) {
        condition.lock()
        if idle > work.count {
            work.append(body)
            condition.signal()
            condition.unlock()
            return
        }
        condition.unlock()
        let thread = Thread { [self] in
            body()
            serve()
        }
        thread.name = "adb-service"
        thread.start()
    }

    /// Threads idle now (for tests).
    var idleCount: Int { condition.withLock { idle } }

    private func serve() {
        condition.lock()
        while true {
            idle += 1
            let deadline = Date(timeIntervalSinceNow: idleTime)
            while work.isEmpty {
                if !condition.wait(until: deadline) && work.isEmpty {
                    idle -= 1
                    condition.unlock()
                    return
                }
            }
            idle -= 1
            let body = work.removeFirst()
            condition.unlock()
            body()
            condition.lock()
        }
    }
}
