import Devices
import Dispatch
import Foundation
import Transports

/// With --tcp: looks at each address every second. A tablet that answers is reported as arrived (with its facts)
/// and kept connected, so that its leaving (the connection closed: unplugged, switched off) is seen at the next look;
/// one that does not let this computer in is reported once as unauthorized, and again if that changes.
///
/// Thread safety: `known` is touched only on the timer's serial queue.
final class TCPPoller: @unchecked Sendable {
    private struct Seen {
        var line: DeviceSummary
        var device: ADBDevice?
    }

    private let timer: DispatchSourceTimer
    private var known: [TCPAddress: Seen] = [:]

    init(directory: DeviceDirectory, printer: EventPrinter) {
        var quick = directory.connector
        quick.options.authorizationTimeout = min(quick.options.authorizationTimeout, .seconds(5))
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "valise.devices-watch.tcp"))
        timer.schedule(deadline: .now(), repeating: .seconds(1))
        timer.setEventHandler { [unowned self] in
            // Tablets still connected need no new look.
            let looking = directory.addresses.filter { known[$0]?.device?.session.isAlive != true }
            let results = DeviceDirectory(connector: quick, addresses: looking, usb: .disabled).probeAll()
            for (address, result) in zip(looking, results) {
                let before = known[address]
                switch result {
                case .success(let device):
                    let line = DeviceDirectory.summary(of: device)
                    known[address] = Seen(line: line, device: device)
                    if before?.device != nil { printer.print("left", Self.gone(before?.line)) }
                    printer.print("arrived", line)
                case .failure(let error) where error.kind == .unauthorized:
                    let line = DeviceSummary(serial: address.description, state: .unauthorized, address: address.description, problem: error.summary)
                    known[address] = Seen(line: line, device: nil)
                    if before?.device != nil { printer.print("left", Self.gone(before?.line)) }
                    if before?.line.state != .unauthorized || before?.device != nil { printer.print("arrived", line) }
                case .failure:
                    known[address] = nil
                    if let before { printer.print("left", Self.gone(before.line)) }
                }
            }
        }
        timer.resume()
    }

    deinit {
        timer.cancel()
        known.values.forEach { $0.device?.close() }
    }

    private static func gone(_ line: DeviceSummary?) -> DeviceSummary {
        var line = line ?? DeviceSummary(serial: "?", state: .offline, address: "?")
        line.state = .offline
        return line
    }
}
