import Dispatch
import Diagnostics
import Foundation
import Synchronization

extension ADBSession {
    /// The help topic of the error a step that overran its deadline ends with.
    public static let deadlineHelpTopic = "step-deadline"
    /// The serial queue every deadline's timer runs on (a timer only fails its session: it never waits).
    static let deadlines = DispatchQueue(label: "valise.deadline")

    /// Runs `body` under an overall deadline: if `limit` passes before it returns, the connection is failed with an
    /// error naming `what`, which interrupts whatever `body` is blocked on (reading, writing, opening a stream) however
    /// slowly the tablet keeps sending. Per-read timeouts alone never end a tablet that sends one byte every few seconds.
    ///
    /// The timer runs on the deadlines' serial queue; nil `limit` runs `body` as it is.
    public func withDeadline<T>(_ limit: Duration?, _ what: String, _ body: () throws -> T) throws -> T {
        guard let limit else { return try body() }
        let state = DeadlineState()
        let timer = DispatchSource.makeTimerSource(queue: Self.deadlines)
        let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
        timer.schedule(deadline: .now() + seconds)
        timer.setEventHandler { [weak self] in
            guard let self, state.expire() else { return }
            self.fail(self.deadlineExceeded(what, limit: limit))
        }
        timer.resume()
        defer {
            state.finish()
            timer.cancel()
        }
        do {
            return try body()
        } catch {
            // What `body` was blocked on fails with whatever closed the connection; name the deadline instead.
            if state.expired { throw deadlineExceeded(what, limit: limit) }
            throw error
        }
    }

    /// The error of a step that did not finish within `limit`.
    public func deadlineExceeded(_ what: String, limit: Duration) -> DeviceError {
        let seconds = limit.components.seconds > 0 ? "\(limit.components.seconds) s" : "\(limit)"
        return DeviceError(.overran, tablet: label, summary: Say.tabletTookLonger(label, than: seconds, what),
                           reason: Say.deadlineReason, action: Say.deadlineFix,
                           helpTopic: Self.deadlineHelpTopic, detail: "deadline of \(limit) \(what)")
    }
}

/// Whether a deadline fired or its step finished first (one `Mutex`: the first one wins).
private final class DeadlineState: Sendable {
    private struct State {
        var done = false
        var fired = false
    }

    private let state = Mutex(State())

    func expire() -> Bool {
        state.withLock { state in
            guard !state.done else { return false }
            state.fired = true
            return true
        }
    }

    func finish() { state.withLock { $0.done = true } }

    var expired: Bool { state.withLock { $0.fired } }
}
