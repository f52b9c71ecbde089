import ArgumentParser
import Devices
import Dispatch
import Engine
import Foundation
import Inventory
import Transports
import USBHost

/// `valise watch`: station mode. Plug a tablet in and it is provisioned; unplug it and it stops safely; plug it back and it resumes.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", abstract: "Station mode: provision each tablet as it is plugged in (Ctrl-C stops).",
        discussion: """
            USB tablets are seen as they are plugged in (slots from the case maps); --tcp addresses are looked at every second. \
            Hooks run with /bin/sh and get SERIAL, SLOT, PORT_PATH, MODEL and CASE in their environment: --on-attach once the \
            tablet has answered, --on-detach when it goes away. With --firmware-catalog each tablet behind the catalog is \
            flashed first (it reboots to its bootloader, or a Samsung tablet to Download mode, and back: that is not an \
            unplug), and a tablet plugged in fastboot or Download mode is flashed with its board's entry. Ctrl-C (SIGINT) interrupts the tablets under way, finished steps kept; SIGTERM \
            (systemctl stop) takes no new tablet and lets the tablets under way finish, a flash included. Exit codes as for \
            provision, for the tablets seen.
            """)

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions
    @Option(name: .customLong("on-attach"), help: ArgumentHelp("A shell command run when a tablet is plugged in and answers.", valueName: "CMD"))
    var onAttach: String?
    @Option(name: .customLong("on-detach"), help: ArgumentHelp("A shell command run when a tablet is unplugged.", valueName: "CMD"))
    var onDetach: String?
    @Option(help: "Tablets worked on at once.") var jobs = 16
    @Option(name: .customLong("firmware-catalog"), help: ArgumentHelp("Flash each tablet behind this firmware catalog before the other steps; without it the firmware is only checked against the profile's level.", valueName: "FILE"))
    var firmwareCatalog: String?
    @OptionGroup var fastboot: FirmwareCommand.FastbootOptions
    @Option(name: .customLong("for"), help: ArgumentHelp("Stop after this many seconds.", visibility: .hidden)) var seconds: Double?

    func run() throws {
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64.") }
        guard !tablets.viaADBServer else { throw ValidationError("Station mode reaches USB tablets through libusb: leave out --via-adb-server.") }
        let plan = try CaseRun.makePlan(try profile.resolveForTablets())
        let reach = try tablets.reach()
        let addresses = try tablets.addresses()
        guard reach.usb != nil || !addresses.isEmpty else { throw USBTabletError.noUSB(USBError.notSupported) }
        let tcpTargets = TCPStationPoller.targets(addresses, firstSlot: 1)
        var caseRun = CaseRun(plan: plan, reach: reach, jobs: jobs, json: false)
        caseRun.profileSource = profile.source
        if let firmwareCatalog {
            caseRun.firmware = try FirmwareCommand.phase(catalog: firmwareCatalog, targets: tcpTargets, fastboot: try fastboot.parsed(), reach: reach)
        }
        let signals = StopSignals()   // before any tablet is taken: a SIGTERM from now on lets their jobs finish
        let store = try InventoryStores.open(inventory.chosen)
        defer { InventoryStores.close(store) }
        let board = ProgressBoard(json: false)
        let relay = EventRelay()
        let session = try caseRun.provisioner(store).start(command: "watch", dryRun: false, flashingEachTablet: true) { event in
            board.show(event)
            relay.station?.observe(event)
        }
        let station = Station(session: session, onAttach: onAttach, onDetach: onDetach, report: { Console.error($0) })
        relay.station = station
        let start = ContinuousClock.now
        var keepAlive: [AnyObject] = []
        if let usb = reach.usb { keepAlive.append(try USBStationWatch(usb: usb, station: station, fastbootToo: caseRun.firmware != nil)) }
        if !addresses.isEmpty { keepAlive.append(TCPStationPoller(tcpTargets, station: station)) }
        Console.error("Station ready: plug tablets in (Ctrl-C stops; finished steps are kept).")
        let stop = signals.wait(until: seconds.map { .now() + $0 } ?? .distantFuture)
        keepAlive.removeAll()
        if stop == .terminate {
            Console.error("Stopping (SIGTERM): no new tablet is taken; the tablets under way finish their job first. A second signal interrupts them.")
            signals.onSecondSignal { session.cancelAll() }
            session.drain()
        } else {
            session.cancelAll()
        }
        let results = try CaseRun.showingResults(of: session.finish, render: { results in
            board.close()
            try caseRun.render(results, since: start, dryRun: false)
        })
        if results.contains(where: { $0.problem != nil }) { throw ExitCode(2) }
    }
}
