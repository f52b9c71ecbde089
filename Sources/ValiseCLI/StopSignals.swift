import Dispatch
import Foundation

/// The one place where Valise handles Ctrl-C (SIGINT) and SIGTERM.
///
/// Station mode waits for them: Ctrl-C interrupts the tablets under way (finished steps kept); SIGTERM
/// (`systemctl stop`, a shutdown) takes no new tablet and lets the ones under way finish, a flash included; a second
/// signal during that wait interrupts them. A run (`provision`, `rentree`) or the simulator acts at each signal instead
/// (`onEach`). Only the signals asked for are taken from their default.
///
/// Thread safety: `first` and `onSecond` are guarded by `lock`; the handlers run on a private serial queue; `sources` is
/// set in `init` only.
final class StopSignals: @unchecked Sendable {
    /// Which signal came.
    enum Kind: Sendable { case interrupt, terminate }

    private let lock = NSLock()
    private var first: Kind?
    private var onSecond: (@Sendable () -> Void)?
    private let onEach: (@Sendable (Kind) -> Void)?
    private let stopped = DispatchSemaphore(value: 0)
    private var sources: [DispatchSourceSignal] = []

    /// Takes `kinds` from their default; `onEach`, when given, runs at every one of them (else `wait` returns the first).
    init(_ kinds: Set<Kind> = [.interrupt, .terminate], onEach: (@Sendable (Kind) -> Void)? = nil) {
        self.onEach = onEach
        let queue = DispatchQueue(label: "valise.signals")
        for (number, kind) in [(SIGINT, Kind.interrupt), (SIGTERM, Kind.terminate)] where kinds.contains(kind) {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [unowned self] in received(kind) }
            source.resume()
            sources.append(source)
        }
    }

    deinit { cancel() }

    /// Stops handling them (they stay ignored: a late Ctrl-C does not kill a command writing its summary).
    func cancel() { sources.forEach { $0.cancel() } }

    /// Waits for the first signal, or until `deadline`; nil when the deadline came first.
    func wait(until deadline: DispatchTime) -> Kind? {
        _ = stopped.wait(timeout: deadline)
        return lock.withLock { first }
    }

    /// What a second signal does (interrupt what is still running).
    func onSecondSignal(_ action: @escaping @Sendable () -> Void) { lock.withLock { onSecond = action } }

    private func received(_ kind: Kind) {
        if let onEach { return onEach(kind) }
        let again: (@Sendable () -> Void)?? = lock.withLock {
            guard first != nil else { first = kind; return .none }
            return .some(onSecond)
        }
        switch again {
        case .none: stopped.signal()
        case .some(let action): action?()
        }
    }
}
