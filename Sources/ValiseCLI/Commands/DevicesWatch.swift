import Devices
import Diagnostics
import Foundation
import USBHost

/// `valise devices --watch`: one line per arrival and departure (USB, the adb server, the --tcp addresses), until Ctrl-C.
struct DevicesWatch {
    let directory: DeviceDirectory
    let json: Bool

    /// One event, as printed with --json (one object per line).
    struct Event: Codable {
        var event: String
        var tablet: DeviceSummary
    }

    func run(seconds: Double?) throws {
        let printer = EventPrinter(json: json)
        var keepAlive: AnyObject?
        let tcp = directory.addresses.isEmpty ? nil : TCPPoller(directory: directory, printer: printer)
        if let server = directory.adbServer {
            keepAlive = ServerPoller(server: server, directory: directory, printer: printer)
        } else {
            let context: USBContext
            do { context = try USBContext() } catch {
                // Without USB here, the TCP tablets are still watched.
                guard tcp != nil else { throw USBTabletError.noUSB(error) }
                return try wait(seconds: seconds, keeping: tcp, watching: Say.watchingTCPOnly)
            }
            let usb = USBTablets(context: context, connector: directory.connector, caseMaps: directory.caseMaps)
            keepAlive = try context.watch(
                onArrive: { info in
                    let slot = USBTabletSlot(info: info, place: usb.caseMaps.place(of: info.portPathString))
                    // The probe blocks (claim, handshake): its own thread, so departures are not held up.
                    Thread { printer.print("arrived", usb.summary(of: slot)) }.start()
                },
                onLeave: { info in
                    let place = usb.caseMaps.place(of: info.portPathString)
                    printer.print("left", DeviceSummary(slot: place?.slot, serial: info.serial ?? info.address, state: .offline,
                                                        address: info.address, caseName: place?.caseName))
                })
        }
        let addresses = directory.addresses.count
        try wait(seconds: seconds, keeping: [keepAlive, tcp] as [AnyObject?],
                 watching: Say.watching(adbServer: directory.adbServer != nil, tcpAddresses: addresses))
    }

    /// Says what is watched, then keeps the watchers alive until Ctrl-C or SIGTERM (or `seconds`).
    private func wait(seconds: Double?, keeping watchers: Any?, watching: String) throws {
        let signals = StopSignals()
        if !json { Console.error(Say.watchingFor(watching)) }
        _ = signals.wait(until: seconds.map { .now() + $0 } ?? .distantFuture)
        withExtendedLifetime(watchers) {}
    }
}

/// Prints events one at a time (they come from several threads).
final class EventPrinter: @unchecked Sendable {
    private let json: Bool
    private let lock = NSLock()

    init(json: Bool) { self.json = json }

    func print(_ event: String, _ tablet: DeviceSummary) {
        let line: String
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            line = (try? encoder.encode(DevicesWatch.Event(event: event, tablet: tablet))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        } else {
            let slot = Say.slotOf(tablet.slot, caseName: tablet.caseName)
            let facts = event == "left" ? [] : [tablet.model, tablet.android.map { "Android \($0)" }, tablet.battery.map { "\($0)%" }, tablet.state.rawValue]
            line = TabletText.clean(([Say.deviceEvent(event).padding(toLength: 8, withPad: " ", startingAt: 0), slot, tablet.serial] + facts.compactMap { $0 }
                + [tablet.address]).joined(separator: "  "))
        }
        lock.lock()
        Console.out(line)
        lock.unlock()
    }
}

/// With --via-adb-server: asks the server for its tablets every second and reports the changes.
final class ServerPoller: @unchecked Sendable {
    private let timer: DispatchSourceTimer
    private var known: [String: DeviceSummary] = [:]   // touched only on the timer's queue

    init(server: ADBServerClient, directory: DeviceDirectory, printer: EventPrinter) {
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "valise.watch.adb-server"))
        timer.schedule(deadline: .now(), repeating: .seconds(1))
        timer.setEventHandler { [unowned self] in
            guard let entries = try? server.devices() else { return }
            var now: [String: DeviceSummary] = [:]
            let paths = ADBServerClient.portPaths(of: entries)
            for entry in entries {
                let path = paths[entry.serial]
                let place = path.flatMap(directory.caseMaps.place)
                let state: DeviceSummary.State = entry.state == "device" ? .device : entry.state == "unauthorized" ? .unauthorized : .offline
                now[entry.serial] = DeviceSummary(slot: place?.slot, serial: entry.serial, model: entry.properties["model"], state: state,
                                                  address: path.map { "usb \($0)" } ?? entry.serial, caseName: place?.caseName)
            }
            for (serial, line) in known where now[serial] == nil { printer.print("left", line) }
            for (serial, line) in now.sorted(by: { DeviceSummary.listingOrder($0.value, $1.value) }) where known[serial]?.state != line.state {
                printer.print("arrived", line)
            }
            known = now
        }
        timer.resume()
    }

    deinit { timer.cancel() }
}
