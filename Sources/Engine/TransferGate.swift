import Foundation

/// Bounds the heavy transfers (APK installs, firmware images) running at once behind each bus group
/// (a USB root port shares its bandwidth): a job waits here, not on a whole-job limit, so light steps
/// of other tablets go on meanwhile.
///
/// Thread safety: `running` is guarded by `condition`.
public final class TransferGate: @unchecked Sendable {
    /// Heavy transfers at once per group.
    public let perGroup: Int
    private let condition = NSCondition()
    private var running: [String: Int] = [:]

    /// A gate letting `perGroup` transfers through per group at once.
    public init(perGroup: Int = 8) { self.perGroup = max(1, perGroup) }

    /// Runs `body` once a place is free in `group`; gives up waiting when `token` is cancelled.
    public func pass<T>(_ group: String, token: CancellationToken?, _ body: () throws -> T) throws -> T {
        condition.lock()
        while running[group, default: 0] >= perGroup {
            if token?.isCancelled == true {
                condition.unlock()
                throw CancellationError()
            }
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.2))
        }
        running[group, default: 0] += 1
        condition.unlock()
        defer {
            condition.lock()
            running[group, default: 0] -= 1
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }

    /// Transfers running now in `group`.
    public func inFlight(_ group: String) -> Int {
        condition.lock()
        defer { condition.unlock() }
        return running[group, default: 0]
    }
}
