import Devices
import Engine
import Foundation
import Transports
import USBHost

/// Station mode: tablets are provisioned as they are plugged in, stopped safely when unplugged, and resumed
/// from their journal when plugged back in. Hooks run on attach (once the tablet answered) and on detach,
/// with SERIAL, SLOT, PORT_PATH, MODEL (and CASE) in their environment.
///
/// Thread safety: `tablets` is guarded by `lock`; hooks run on their own threads.
final class Station: @unchecked Sendable {
    private struct Attached {
        var serial: String?
        var model: String?
        var announced = false
    }

    let session: ProvisioningSession
    let onAttach: String?
    let onDetach: String?
    private let lock = NSLock()
    private var tablets: [ProvisionTarget: Attached] = [:]

    init(session: ProvisioningSession, onAttach: String?, onDetach: String?) {
        self.session = session
        self.onAttach = onAttach
        self.onDetach = onDetach
    }

    /// A tablet appeared at `target` (its USB serial, when the descriptor gave one). A tablet coming back from
    /// its bootloader during its own firmware flash is not a new tablet: its job goes on.
    func attach(_ target: ProvisionTarget, serial: String?) {
        guard !session.isFlashing(target) else { return }
        lock.withLock { tablets[target] = Attached(serial: serial) }
        session.submit(target)
    }

    /// The tablet at `target` went away: its job stops at once, finished steps kept. During a firmware flash the
    /// tablet leaves to reboot into its bootloader: the flash goes on (a tablet really unplugged then fails it,
    /// and the flash journal resumes it once plugged back in).
    func detach(_ target: ProvisionTarget) {
        guard !session.isFlashing(target) else { return }
        guard let attached = lock.withLock({ tablets.removeValue(forKey: target) }) else { return }
        session.cancel(target)
        if let onDetach { Self.runHook(onDetach, target: target, serial: attached.serial ?? session.serial(of: target), model: attached.model) }
    }

    /// Whether a tablet is attached at `target`.
    func isAttached(_ target: ProvisionTarget) -> Bool { lock.withLock { tablets[target] != nil } }

    /// Watches the jobs' events: the attach hook runs once a tablet has answered (its model is known).
    func observe(_ event: ProvisionEvent) {
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
        if let target = found, let onAttach { Self.runHook(onAttach, target: target, serial: event.serial, model: event.model) }
    }

    /// Runs `command` with /bin/sh on its own thread; a failing hook is reported and does not stop the station.
    static func runHook(_ command: String, target: ProvisionTarget, serial: String?, model: String?) {
        var environment = ProcessInfo.processInfo.environment
        environment["SERIAL"] = serial ?? ""
        environment["SLOT"] = String(target.slot)
        environment["PORT_PATH"] = target.endpoint.portPath ?? target.endpoint.description
        environment["MODEL"] = model ?? ""
        environment["CASE"] = target.caseName ?? ""
        Thread { [environment] in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.environment = environment
            do {
                try process.run()
                process.waitUntilExit()
                if process.terminationStatus != 0 {
                    Console.error("Hook `\(command)` for slot \(target.slot) exited with status \(process.terminationStatus); the station carries on.")
                }
            } catch {
                Console.error("Hook `\(command)` could not be started (\(error)); check the command.")
            }
        }.start()
    }
}
