import Dispatch
import Diagnostics
import Foundation
import Synchronization

extension ADBSession {
    /// The help topic of the error a step that overran its deadline ends with.
    public static let deadlineHelpTopic = "step-deadline"

    /// Runs `body` under an overall deadline: if `limit` passes before it returns, the connection is failed with an
    /// error naming `what`, which interrupts whatever `body` is blocked on (reading, writing, opening a stream) however
    /// slowly the tablet keeps sending. Per-read timeouts alone never end a tablet that sends one byte every few seconds.
    ///
    /// Every deadline is watched by one timer (`DeadlineWatch`); nil `limit` runs `body` as it is.
    public func withDeadline<T>(_ limit: Duration?, _ what: String, _ body: () throws -> T) throws -> T {
        guard let limit else { return try body() }
        let state = DeadlineState()
        let watch = DeadlineWatch.shared.add(due: .now + limit) { [weak self] in
            guard let self, state.expire() else { return }
            self.fail(self.deadlineExceeded(what, limit: limit))
        }
        defer {
            state.finish()
            DeadlineWatch.shared.remove(watch)
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

/// The deadlines of every session, watched by one timer on a serial queue, armed for the earliest: adding and removing
/// one (several a tablet's job) takes a lock, not a timer of its own. An expired deadline's action runs on that
/// queue (it only fails its session: it never waits).
///
/// Thread safety: one `Mutex` over the entries and the instant the timer is armed for; the timer is re-armed under it.
final class DeadlineWatch: @unchecked Sendable {
    static let shared = DeadlineWatch()

    private struct Entry {
        let due: ContinuousClock.Instant
        let expire: @Sendable () -> Void
    }

    private struct State {
        var entries: [UInt64: Entry] = [:]
        var next: UInt64 = 0
        var armed: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let timer: DispatchSourceTimer

    init(queue: DispatchQueue = DispatchQueue(label: "valise.deadline")) {
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.setEventHandler { [weak self] in self?.expireDue() }
        timer.resume()
    }

    /// Watches a deadline; `expire` runs once `due` passed, unless removed first. Returns its key for `remove`.
    func add(due: ContinuousClock.Instant, expire: @escaping @Sendable () -> Void) -> UInt64 {
        state.withLock { state in
            state.next += 1
            state.entries[state.next] = Entry(due: due, expire: expire)
            if state.armed.map({ due < $0 }) ?? true { arm(&state, for: due) }
            return state.next
        }
    }

    /// Stops watching a deadline (its step finished). The timer stays armed: when it fires, it re-arms for what is left.
    func remove(_ key: UInt64) {
        state.withLock { _ = $0.entries.removeValue(forKey: key) }
    }

    private func expireDue() {
        let now = ContinuousClock.now
        let due = state.withLock { state -> [Entry] in
            let due = state.entries.filter { $0.value.due <= now }
            for key in due.keys { state.entries[key] = nil }
            state.armed = nil
            if let earliest = state.entries.values.map(\.due).min() { arm(&state, for: earliest) }
            return Array(due.values)
        }
        for entry in due { entry.expire() }
    }

    private func arm(_ state: inout State, for due: ContinuousClock.Instant) {
        state.armed = due
        let wait = max(.zero, due - .now)
        timer.schedule(deadline: .now() + Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18)
    }
}
