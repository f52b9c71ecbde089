import Dispatch
import Foundation

/// How station mode is asked to stop: Ctrl-C (SIGINT) interrupts the tablets under way (finished steps kept);
/// SIGTERM (`systemctl stop`, a shutdown) takes no new tablet and lets the ones under way finish, a flash included.
/// A second signal during that wait interrupts them.
///
/// Thread safety: `first` and `onSecond` are guarded by `lock`; the handlers run on a private serial queue; `sources` is
/// set in `init` only.
final class StopSignals: @unchecked Sendable {
    /// Why the station stops.
    enum Kind: Sendable { case interrupt, terminate }

    private let lock = NSLock()
    private var first: Kind?
    private var onSecond: (@Sendable () -> Void)?
    private let stopped = DispatchSemaphore(value: 0)
    private var sources: [DispatchSourceSignal] = []

    init() {
        let queue = DispatchQueue(label: "valise.signals")
        for (number, kind) in [(SIGINT, Kind.interrupt), (SIGTERM, Kind.terminate)] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [unowned self] in received(kind) }
            source.resume()
            sources.append(source)
        }
    }

    deinit { sources.forEach { $0.cancel() } }

    /// Waits for the first signal, or until `deadline`; nil when the deadline came first.
    func wait(until deadline: DispatchTime) -> Kind? {
        _ = stopped.wait(timeout: deadline)
        return lock.withLock { first }
    }

    /// What a second signal does (interrupt what is still running).
    func onSecondSignal(_ action: @escaping @Sendable () -> Void) { lock.withLock { onSecond = action } }

    private func received(_ kind: Kind) {
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
