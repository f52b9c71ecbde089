import Devices
import Diagnostics
import Dispatch
import Foundation
import Synchronization
import Transports

/// One tablet, one serial: Valise keeps each tablet's record, journal and bundle by its serial, so two tablets that
/// answer with the same one in a run would take each other's place. Before anything is changed (flash included),
/// every target is asked its serial; the tablets that share one are all stopped, with their places named.
enum DuplicateSerials {
    /// The targets sharing a serial with another, each with that serial and the problem to report, and those whose
    /// answer already stopped them (a serial Valise cannot use, too much output, a deadline overrun: the job would
    /// only meet it again). Each target is asked on a serial queue of its own (at most `parallel` at once); a tablet
    /// that is away or waits for someone to tap Allow is left to its job. `token` interrupts the asking (Ctrl-C).
    /// With `keeping`, each connection made is left open there for the target's job (a handshake less a tablet);
    /// otherwise it is closed.
    static func find(_ targets: [ProvisionTarget], reach: TabletReach, token: CancellationToken,
                     parallel: Int = 16, keeping: TargetBook<ADBDevice>? = nil) -> [ProvisionTarget: FirmwarePhase.Stopped] {
        guard targets.count > 1 else { return [:] }
        let serials = TargetBook<String>()
        let refused = TargetBook<TabletProblem>()
        let usbSerials = Dictionary(((try? reach.usb?.slots()) ?? []).compactMap { slot in
            slot.info.serial.flatMap { $0.isEmpty ? nil : (slot.info.portPathString, $0) }
        }, uniquingKeysWith: { first, _ in first })
        // Asking is not waiting for someone to tap Allow: that is the job's to do, with its message.
        var options = reach.connector.options
        options.authorizationTimeout = min(options.authorizationTimeout, .seconds(1))
        let asking = TabletReach(connector: DeviceConnector(authenticator: reach.connector.authenticator, options: options,
                                                            logger: reach.connector.logger), usb: reach.usb)
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: parallel)
        for target in targets {
            if let portPath = target.endpoint.portPath, let serial = usbSerials[portPath] {
                serials[target] = serial
                continue
            }
            slots.wait()
            DispatchQueue(label: "valise.identify.\(target)").async(group: group) {
                defer { slots.signal() }
                guard !token.isCancelled else { return }
                do {
                    let device = try asking.connect(target.endpoint, onTransport: { transport in token.onCancel { transport.close() } })
                    serials[target] = device.serial
                    if let keeping { keeping[target] = device } else { device.close() }
                } catch let error as DeviceError where error.kind != .unauthorized && !token.isCancelled {
                    let problem = TabletProblem(error)
                    if !problem.transient { refused[target] = problem }
                } catch {}
            }
        }
        group.wait()
        var bySerial: [String: [ProvisionTarget]] = [:]
        for target in targets { if let serial = serials[target] { bySerial[serial, default: []].append(target) } }
        var stopped: [ProvisionTarget: FirmwarePhase.Stopped] = [:]
        for target in targets { if let problem = refused[target] { stopped[target] = FirmwarePhase.Stopped(serial: target.endpoint.description, problem: problem) } }
        for (serial, sharing) in bySerial where sharing.count > 1 {
            let places = sharing.map { Say.slotAt($0.slot, endpoint: "\($0.endpoint)") }
            for target in sharing {
                stopped[target] = FirmwarePhase.Stopped(serial: serial, problem: problem(serial, places: places))
            }
        }
        return stopped
    }

    /// The problem of a tablet that arrived with the serial of `holder`, whose job is running (station mode).
    static func arrived(_ serial: String, at target: ProvisionTarget, holder: ProvisionTarget) -> TabletProblem {
        let places = [holder, target].map { Say.slotAt($0.slot, endpoint: "\($0.endpoint)") }
        var problem = problem(serial, places: places)
        problem.summary = Say.duplicateSerialArrived(serial, place: places[1], holder: places[0])
        return problem
    }

    static func problem(_ serial: String, places: [String]) -> TabletProblem {
        TabletProblem(Say.duplicateSerial(serial, places: places), reason: Say.duplicateSerialWhy, action: Say.duplicateSerialFix,
                             helpTopic: "duplicate-serial")
    }
}

/// The serials of the jobs running now (station mode: tablets come one by one, so the check before the run cannot
/// see them). A job whose tablet answers with the serial of one still running stops before any change.
///
/// Thread safety: the holders are one `Mutex`.
final class SerialClaims: Sendable {
    private let holders = Mutex<[String: ProvisionTarget]>([:])

    /// Claims `serial` for `target`; returns the other target holding it, if any (then nothing is claimed).
    func claim(_ serial: String, for target: ProvisionTarget) -> ProvisionTarget? {
        holders.withLock { holders in
            if let holder = holders[serial], holder != target { return holder }
            holders[serial] = target
            return nil
        }
    }

    /// Lets `serial` go when `target` holds it.
    func release(_ serial: String, for target: ProvisionTarget) {
        holders.withLock { holders in if holders[serial] == target { holders[serial] = nil } }
    }
}
