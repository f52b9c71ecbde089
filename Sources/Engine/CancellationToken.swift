import Foundation
import Synchronization

/// Tells a job to stop, and interrupts what it is blocked on (for example by closing its tablet's connection).
///
/// Thread safety: the reason and the handlers are one `Mutex`; handlers run outside it, on the thread that cancels.
public final class CancellationToken: Sendable {
    /// Why a job was stopped.
    public enum Reason: String, Sendable { case requested, timedOut, unplugged }

    private struct State {
        var reason: Reason?
        var handlers: [Int: @Sendable () -> Void] = [:]
        var nextHandler = 0
    }

    private let state = Mutex(State())

    /// Creates a token.
    public init() {}

    /// Why it was cancelled, or nil while it was not.
    public var reason: Reason? { state.withLock { $0.reason } }
    /// Whether it was cancelled.
    public var isCancelled: Bool { reason != nil }

    /// Cancels (the first reason wins) and runs the handlers once.
    public func cancel(_ reason: Reason = .requested) {
        let toRun: [@Sendable () -> Void] = state.withLock { state in
            guard state.reason == nil else { return [] }
            state.reason = reason
            defer { state.handlers.removeAll() }
            return state.handlers.keys.sorted().compactMap { state.handlers[$0] }
        }
        toRun.forEach { $0() }
    }

    /// Runs `handler` on cancellation (at once if already cancelled); returns what `forget` takes to drop it.
    @discardableResult
    public func onCancel(_ handler: @escaping @Sendable () -> Void) -> Int {
        let registered: Int? = state.withLock { state in
            if state.reason != nil { return nil }
            state.nextHandler += 1
            state.handlers[state.nextHandler] = handler
            return state.nextHandler
        }
        guard let registered else {
            handler()
            return 0
        }
        return registered
    }

    /// Handlers waiting for a cancellation.
    var pendingHandlers: Int { state.withLock { $0.handlers.count } }

    /// Drops a handler `onCancel` registered (its wait is over): a long-lived token does not pile them up.
    public func forget(_ registration: Int) {
        state.withLock { _ = $0.handlers.removeValue(forKey: registration) }
    }
}
