import Devices
import Diagnostics
import Foundation
import Synchronization
import Transports

/// Station mode: tablets are provisioned as they are plugged in, stopped safely when unplugged, and resumed
/// from their journal when plugged back in. Hooks run on attach (once the tablet answered) and on detach,
/// with SERIAL, SLOT, PORT_PATH, MODEL (and CASE) in their environment. What watches the bus (USB hotplug,
/// `TCPStationPoller`) calls `attach` and `detach`; the session's events go to `observe`.
///
/// Thread safety: `tablets` is guarded by `lock`; hooks run on their own threads.
public final class Station: @unchecked Sendable {
    private struct Attached {
        var serial: String?
        var model: String?
        var announced = false
    }

    let session: ProvisioningSession
    let onAttach: String?
    let onDetach: String?
    /// Where a hook's failure is said (the station carries on).
    let report: @Sendable (String) -> Void
    private let lock = NSLock()
    private var tablets: [ProvisionTarget: Attached] = [:]

    /// A station over `session`, running `onAttach` and `onDetach` (shell commands) as tablets come and go.
    public init(session: ProvisioningSession, onAttach: String?, onDetach: String?, report: @escaping @Sendable (String) -> Void) {
        self.session = session
        self.onAttach = onAttach
        self.onDetach = onDetach
        self.report = report
    }

    /// A tablet appeared at `target` (its USB serial, when the descriptor gave one). A tablet coming back from
    /// its bootloader during its own firmware flash is not a new tablet: its job goes on.
    public func attach(_ target: ProvisionTarget, serial: String?) {
        guard !session.isFlashing(target) else { return }
        lock.withLock { tablets[target] = Attached(serial: serial) }
        session.submit(target)
    }

    /// The tablet at `target` went away: its job stops at once, finished steps kept. During a firmware flash the
    /// tablet leaves to reboot into its bootloader: the flash goes on (a tablet really unplugged then fails it,
    /// and the flash journal resumes it once plugged back in).
    public func detach(_ target: ProvisionTarget) {
        guard !session.isFlashing(target) else { return }
        guard let attached = lock.withLock({ tablets.removeValue(forKey: target) }) else { return }
        session.cancel(target)
        if let onDetach { runHook(onDetach, target: target, serial: attached.serial ?? session.serial(of: target), model: attached.model) }
    }

    /// Whether a tablet is attached at `target`.
    public func isAttached(_ target: ProvisionTarget) -> Bool { lock.withLock { tablets[target] != nil } }

    /// Watches the jobs' events: the attach hook runs once a tablet has answered (its model is known).
    public func observe(_ event: ProvisionEvent) {
        guard event.kind == .connected else { return }
        let found: ProvisionTarget? = lock.withLock {
            guard let target = tablets.keys.first(where: { $0.slot == event.slot && $0.caseName == event.caseName }),
                  var attached = tablets[target], !attached.announced else { return nil }
            attached.announced = true
            attached.serial = event.serial
            attached.model = event.model
            tablets[target] = attached
            return target
        }
        if let target = found, let onAttach { runHook(onAttach, target: target, serial: event.serial, model: event.model) }
    }

    /// Runs `command` with /bin/sh on its own thread; a failing hook is reported and does not stop the station.
    func runHook(_ command: String, target: ProvisionTarget, serial: String?, model: String?) {
        var environment = ProcessInfo.processInfo.environment
        environment["SERIAL"] = serial ?? ""
        environment["SLOT"] = String(target.slot)
        environment["PORT_PATH"] = target.endpoint.portPath ?? target.endpoint.description
        environment["MODEL"] = model ?? ""
        environment["CASE"] = target.caseName ?? ""
        Thread { [environment, report] in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.environment = environment
            do {
                try process.run()
                process.waitUntilExit()
                if process.terminationStatus != 0 {
                    report(Say.hookFailed(command, slot: target.slot, status: process.terminationStatus))
                }
            } catch {
                report(Say.hookNotStarted(command, error: "\(error)"))
            }
        }.start()
    }
}

/// Hands the jobs' events to the station once it exists (set once, before any tablet is attached).
public final class EventRelay: Sendable {
    private let value = Mutex<Station?>(nil)
    public init() {}
    public var station: Station? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// Looks at TCP tablets every second: one that starts answering is attached, one that stops is detached.
///
/// `@unchecked Sendable`: the timer is set in `init` and only cancelled in `deinit`.
public final class TCPStationPoller: @unchecked Sendable {
    private let timer: DispatchSourceTimer

    /// Each address's target: slots from `firstSlot` on, in --tcp order.
    public static func targets(_ addresses: [TCPAddress], firstSlot: Int) -> [ProvisionTarget] {
        addresses.enumerated().map { ProvisionTarget(slot: firstSlot + $0.offset, address: $0.element) }
    }

    public init(_ targets: [ProvisionTarget], station: Station) {
        let addresses = targets.compactMap(\.endpoint.tcpAddress)
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "valise.watch.tcp"))
        timer.schedule(deadline: .now(), repeating: .seconds(1))
        timer.setEventHandler {
            for (target, address) in zip(targets, addresses) {
                let answers = (try? TCPSocket.connect(host: address.host, port: address.port, timeout: .milliseconds(500)))
                    .map { socket in socket.close(); return true } ?? false
                if answers && !station.isAttached(target) { station.attach(target, serial: nil) }
                if !answers && station.isAttached(target) { station.detach(target) }
            }
        }
        timer.resume()
    }

    deinit { timer.cancel() }
}
