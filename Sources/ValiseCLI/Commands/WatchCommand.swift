import ArgumentParser
import Devices
import Diagnostics
import Dispatch
import Engine
import Foundation
import Inventory
import Transports
import USBHost

/// `valise watch`: station mode. Plug a tablet in and it is provisioned; unplug it and it stops safely; plug it back and it resumes.
struct WatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "watch", abstract: Say.helpWatchAbstract,
            discussion: Say.helpWatchDiscussion)
    }

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions
    @Option(name: .customLong("on-attach"), help: ArgumentHelp(Say.helpOnAttach, valueName: "CMD"))
    var onAttach: String?
    @Option(name: .customLong("on-detach"), help: ArgumentHelp(Say.helpOnDetach, valueName: "CMD"))
    var onDetach: String?
    @Option(help: ArgumentHelp(Say.helpJobs)) var jobs = 16
    @Option(name: .customLong("firmware-catalog"), help: ArgumentHelp(Say.helpWatchFirmwareCatalog, valueName: "FILE"))
    var firmwareCatalog: String?
    @OptionGroup var fastboot: FirmwareCommand.FastbootOptions
    @Option(name: .customLong("for"), help: ArgumentHelp(Say.helpWatchFor, visibility: .hidden)) var seconds: Double?

    func run() throws {
        guard (1...64).contains(jobs) else { throw ValidationError(Say.mustBeBetween("--jobs", 1, 64)) }
        guard !tablets.viaADBServer else { throw ValidationError(Say.watchNotThroughADBServer) }
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
        Console.error(Say.stationReady)
        let stop = signals.wait(until: seconds.map { .now() + $0 } ?? .distantFuture)
        keepAlive.removeAll()
        if stop == .terminate {
            Console.error(Say.stationStopping)
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
