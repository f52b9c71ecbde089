import Foundation

/// Tells a job to stop, and interrupts what it is blocked on (for example by closing its tablet's connection).
///
/// Thread safety: guarded by `lock`; handlers run outside it, on the thread that cancels.
public final class CancellationToken: @unchecked Sendable {
    /// Why a job was stopped.
    public enum Reason: String, Sendable { case requested, timedOut, unplugged }

    private let lock = NSLock()
    private var reasonValue: Reason?
    private var handlers: [Int: @Sendable () -> Void] = [:]
    private var nextHandler = 0

    /// Creates a token.
    public init() {}

    /// Why it was cancelled, or nil while it was not.
    public var reason: Reason? { lock.withLock { reasonValue } }
    /// Whether it was cancelled.
    public var isCancelled: Bool { reason != nil }

    /// Cancels (the first reason wins) and runs the handlers once.
    public func cancel(_ reason: Reason = .requested) {
        let toRun: [@Sendable () -> Void] = lock.withLock {
            guard reasonValue == nil else { return [] }
            reasonValue = reason
            defer { handlers.removeAll() }
            return handlers.keys.sorted().compactMap { handlers[$0] }
        }
        toRun.forEach { $0() }
    }

    /// Runs `handler` on cancellation (at once if already cancelled); returns what `forget` takes to drop it.
    @discardableResult
    public func onCancel(_ handler: @escaping @Sendable () -> Void) -> Int {
        let registered: Int? = lock.withLock {
            if reasonValue != nil { return nil }
            nextHandler += 1
            handlers[nextHandler] = handler
            return nextHandler
        }
        guard let registered else {
            handler()
            return 0
        }
        return registered
    }

    /// Handlers waiting for a cancellation.
    var pendingHandlers: Int { lock.withLock { handlers.count } }

    /// Drops a handler `onCancel` registered (its wait is over): a long-lived token does not pile them up.
    public func forget(_ registration: Int) {
        lock.withLock { _ = handlers.removeValue(forKey: registration) }
    }
}
