import ADB
import ArgumentParser
import Devices
import Diagnostics
import Engine
import Fastboot
import Firmware
import Foundation

/// `valise firmware check|flash`: tablets against the district's firmware catalog, and reflashing those behind.
struct FirmwareCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "firmware", abstract: Say.helpFirmwareAbstract,
            discussion: Say.helpFirmwareDiscussion,
            subcommands: [Check.self, Flash.self, Stage.self, Samsung.self])
    }

    struct CatalogOptions: ParsableArguments {
        @Option(name: .customLong("catalog"), help: ArgumentHelp(Say.helpFirmwareCatalog, valueName: "FILE"))
        var path: String?

        func load() throws -> FirmwareCatalog {
            let fallback = FileManager.default.fileExists(atPath: "Firmware/catalog.yaml") ? "Firmware/catalog.yaml" : "Firmware/demo/catalog.yaml"
            return try Self.load(path ?? fallback)
        }

        /// Loads the catalog at `path`; every problem at once (exit 65).
        static func load(_ path: String) throws -> FirmwareCatalog {
            switch FirmwareCatalog.load(URL(fileURLWithPath: path)) {
            case .success(let catalog): return catalog
            case .failure(let errors): throw errors
            }
        }
    }

    struct FastbootOptions: ParsableArguments {
        @Option(name: .customLong("fastboot-tcp"), help: ArgumentHelp(Say.helpFastbootTCP, valueName: "ADDR"))
        var addresses: [String] = []

        func parsed() throws -> [TCPAddress] {
            do { return try TCPAddress.parseAll(addresses, environment: ProcessInfo.processInfo.environment["VALISE_FASTBOOT_TCP"]) } catch let error as TCPAddress.ParseError {
                throw ValidationError(Say.fastbootTCPProblem(error.description))
            }
        }
    }

    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Say.helpFirmwareCheckAbstract)
        }
        @OptionGroup var tablets: TabletOptions
        @OptionGroup var catalog: CatalogOptions
        @OptionGroup var fastboot: FastbootOptions

        func run() throws {
            let catalog = try catalog.load()
            let standings = FirmwareCommand.standings(try FirmwareCommand.flashTablets(tablets, fastboot: try fastboot.parsed()), catalog: catalog).map(\.standing)
            guard !standings.isEmpty else { return Console.out(Say.noTabletsGiveTCP) }
            Console.out(TextTable.render(header: [Say.headerSerial, Say.headerModel, Say.headerBoard, Say.headerBuild, Say.headerPatch, Say.headerStatus], rows: standings.map { s in
                [s.build?.serial ?? s.name, s.build?.model ?? "-", s.build?.board ?? "-", s.buildName, s.build.map { $0.securityPatch.isEmpty ? "-" : $0.securityPatch } ?? "-", s.status]
            }))
            for s in standings { if let line = s.explanation { Console.error(line) } }
            if standings.contains(where: { $0.compliance != .upToDate }) { throw ExitCode(2) }
        }
    }

    struct Flash: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Say.helpFirmwareFlashAbstract)
        }
        @OptionGroup var tablets: TabletOptions
        @OptionGroup var catalog: CatalogOptions
        @Flag(help: ArgumentHelp(Say.helpFirmwareAll)) var all = false
        @Option(name: .customLong("serial"), help: ArgumentHelp(Say.helpOnlyThisTablet)) var serials: [String] = []
        @OptionGroup var fastboot: FastbootOptions
        @Flag(help: ArgumentHelp(Say.helpFirmwareForce)) var force = false

        func validate() throws {
            guard all != !serials.isEmpty else { throw ValidationError(Say.sayWhichTablets) }
        }

        func run() throws {
            let catalog = try catalog.load()
            var jobs: [(tablet: FlashTablet, entry: FirmwareEntry)] = []
            var before: [String] = []
            var rows: [[String]] = []
            var attention = false
            for (tablet, standing) in FirmwareCommand.standings(try FirmwareCommand.flashTablets(tablets, fastboot: try fastboot.parsed()), catalog: catalog) {
                let serial = standing.build?.serial ?? tablet.serial ?? tablet.name
                guard all || serials.contains(serial) else { continue }
                if let entry = standing.entry, force || standing.compliance != .upToDate, standing.build != nil {
                    if entry.method == .fastboot, let missing = FirmwareCommand.missingEndpoint(tablet) {
                        // Rebooting it to a bootloader Valise cannot reach would strand it there.
                        ErrorRenderer.render(missing, verbose: tablets.verbose)
                        rows.append([serial, standing.build?.model ?? "-", standing.buildName, "-", Say.failedNoFastbootEndpoint])
                        attention = true
                        continue
                    }
                    jobs.append((tablet, entry))
                    before.append(standing.buildName)
                    continue
                }
                if standing.compliance != .upToDate { attention = true }
                rows.append([serial, standing.build?.model ?? "-", standing.buildName, "-", standing.status])
                if let line = standing.explanation { Console.error(line) }
            }
            let missing = serials.filter { serial in !jobs.contains { $0.tablet.serial == serial } && !rows.contains { $0[0] == serial } }
            guard missing.isEmpty else { throw ValidationError(Say.noTabletWithSerial(missing.joined(separator: ", "))) }
            let flasher = FirmwareFlasher(journal: FolderFlashJournal(folder: URL(fileURLWithPath: ValiseHome.path()).appendingPathComponent("firmware-journal")))
            let names = jobs.map { $0.tablet.serial ?? $0.tablet.name }
            let progress = FlashProgressLines { Console.out($0) }
            let results = FirmwareCase.flash(jobs, flasher: flasher) { index, event in progress.show(names[index], event) }
            for (index, (job, result)) in zip(jobs, results).enumerated() {
                switch result {
                case .success(let done):
                    rows.append([names[index], done.after.model, before[index], done.after.shortName, Say.flashed(retries: done.retries)])
                case .failure(let error):
                    attention = true
                    rows.append([names[index], job.entry.models.first ?? job.entry.board, before[index], "-", error.result])
                    ErrorRenderer.render(error, verbose: tablets.verbose)
                }
            }
            guard !rows.isEmpty else { return Console.out(Say.noTabletsGiveTCP) }
            Console.out(TextTable.render(header: [Say.headerSerial, Say.headerModel, Say.headerBefore, Say.headerAfter, Say.headerResult], rows: rows))
            if attention { throw ExitCode(2) }
        }
    }

    /// `valise firmware stage`: one download, nothing written (a technician's tool, and the benchmark's).
    struct Stage: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Say.helpFirmwareStageAbstract, shouldDisplay: false)
        }
        @Option(name: .customLong("fastboot-tcp"), help: ArgumentHelp(Say.helpFirmwareStageAddress)) var address: String
        @Argument(help: ArgumentHelp(Say.helpFirmwareStageFile)) var file: String

        func run() throws {
            guard let target = try? TCPAddress.parse(address).first else { throw ValidationError(Say.giveHostPort("--fastboot-tcp", address)) }
            let device = try FastbootDevice.connect(target)
            defer { device.close() }
            let source = try FileImageSource(url: URL(fileURLWithPath: file))
            let size = try FileManager.default.attributesOfItem(atPath: file)[.size] as? UInt64 ?? 0
            try device.stage(size: size, source: source)
        }
    }

    /// The tablets of --tcp (and USB), each with its fastboot endpoint: the --fastboot-tcp address at the same place,
    /// or for a USB tablet its port, where it comes back in fastboot mode.
    static func flashTablets(_ options: TabletOptions, fastboot: [TCPAddress]) throws -> [(tablet: FlashTablet, target: ProvisionTarget)] {
        let reach = try options.reach()
        let targets = try options.provisionTargets(serials: [], reach: reach)
        let endpoints = try fastbootEndpoints(targets, fastboot)
        var found = targets.map { (flashTablet($0, reach: reach, fastboot: endpoints[$0]), $0) }
        let known = Set(targets.compactMap(\.endpoint.portPath))
        // Tablets already in fastboot mode, or (Samsung) in Download mode, on USB (no ADB): they can only be flashed.
        for slot in (try? reach.usb?.slots()) ?? [] where [.fastboot, .odin].contains(slot.info.kind) && !known.contains(slot.info.portPathString) {
            let target = ProvisionTarget(slot: slot.place?.slot ?? 0, endpoint: .usb(portPath: slot.info.portPathString), caseName: slot.place?.caseName)
            var tablet = flashTablet(target, reach: reach, fastboot: nil)
            // In Download mode the USB serial is all there is: the flash journal knows the tablet by it.
            if slot.info.kind == .odin { tablet.serial = slot.info.serial }
            found.append((tablet, target))
        }
        return found
    }

    /// The firmware step of a provisioning run (`--firmware-catalog`): USB tablets are flashed at their port, TCP ones
    /// through their --fastboot-tcp address (`targets` in --tcp order); a TCP tablet without one is only checked, as
    /// rebooting it would strand it in its bootloader.
    static func phase(catalog path: String, targets: [ProvisionTarget], fastboot: [TCPAddress], reach: TabletReach) throws -> FirmwarePhase {
        let catalog = try CatalogOptions.load(path)
        let endpoints = try fastbootEndpoints(targets, fastboot)
        let journal = FolderFlashJournal(folder: URL(fileURLWithPath: ValiseHome.path()).appendingPathComponent("firmware-journal"))
        return FirmwarePhase(catalog: catalog, flasher: FirmwareFlasher(journal: journal)) { target in
            guard target.endpoint.portPath != nil || endpoints[target] != nil else { return nil }
            var tablet = flashTablet(target, reach: reach, fastboot: endpoints[target])
            if let path = target.endpoint.portPath, let slot = (try? reach.usb?.slots())??.first(where: { $0.info.portPathString == path }),
               slot.info.kind == .odin {
                tablet.serial = slot.info.serial   // in Download mode: the flash journal knows it by its USB serial
            }
            return tablet
        }
    }

    /// Pairs each TCP target with its --fastboot-tcp address (same order).
    static func fastbootEndpoints(_ targets: [ProvisionTarget], _ fastboot: [TCPAddress]) throws -> [ProvisionTarget: TCPAddress] {
        let tcp = targets.filter { $0.endpoint.portPath == nil }
        guard fastboot.isEmpty || fastboot.count == tcp.count else {
            throw ValidationError(Say.fastbootCountMismatch(endpoints: fastboot.count, tablets: tcp.count))
        }
        return Dictionary(uniqueKeysWithValues: zip(tcp, fastboot).map { ($0, $1) })
    }

    /// How to reach one target over ADB, in fastboot mode and in Samsung Download mode: over USB at its port (where it
    /// keeps its slot); over TCP at `fastboot` (Download mode is USB only).
    static func flashTablet(_ target: ProvisionTarget, reach: TabletReach, fastboot endpoint: TCPAddress?) -> FlashTablet {
        var download: (@Sendable () throws -> DownloadModeLink)?
        if let path = target.endpoint.portPath, let usb = reach.usb { download = { try DownloadModeLink.usb(usb, portPath: path) } }
        return FlashTablet(name: target.endpoint.description, adb: { try reach.connect(target.endpoint) }, fastboot: { () throws(FastbootError) in
            if let path = target.endpoint.portPath, let usb = reach.usb { return try FastbootDevice.connect(usb: usb, portPath: path) }
            guard let endpoint else {
                throw FastbootError(.noEndpoint, tablet: target.endpoint.description, summary: Say.noFastbootEndpoint(target.endpoint.description),
                                    reason: Say.fastbootEndpointWhy, action: Say.fastbootEndpointFix,
                                    helpTopic: "firmware-fastboot-endpoint")
            }
            return try FastbootDevice.connect(endpoint, timeout: .seconds(2))
        }, download: download)
    }

    /// Each tablet with how it stands; one without ADB but answering fastboot is in fastboot mode (needs flashing).
    static func standings(_ candidates: [(tablet: FlashTablet, target: ProvisionTarget)], catalog: FirmwareCatalog) -> [(tablet: FlashTablet, standing: FirmwareStanding)] {
        let tablets = candidates.map(\.tablet)
        let journal = FolderFlashJournal(folder: URL(fileURLWithPath: ValiseHome.path()).appendingPathComponent("firmware-journal"))
        return zip(tablets, FirmwareCase.check(tablets, catalog: catalog, journal: journal)).map { tablet, standing in
            var tablet = tablet
            tablet.serial = standing.build?.serial
            return (tablet, standing)
        }
    }

    /// The error when Valise does not know the tablet's fastboot endpoint.
    static func missingEndpoint(_ tablet: FlashTablet) -> FastbootError? {
        do { try tablet.fastboot().close() } catch where error.kind == .noEndpoint { return error } catch {}
        return nil
    }
}
