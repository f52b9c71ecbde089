import ArgumentParser
import Devices
import Dispatch
import Engine
import Foundation
import Inventory
import Profiles
import Signing
import Transports

/// `valise provision`: a whole case at once.
struct ProvisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provision", abstract: "Provision tablets from a class profile: enrol, apps, settings, Wi-Fi, ENT, signed bundle.",
        discussion: "Exit codes: 0 every tablet done; 2 some tablets need attention (the summary says which and why); 1 the run failed.")

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions
    @Flag(help: "Every tablet found.") var all = false
    @Option(help: ArgumentHelp("Only this tablet (repeatable).", valueName: "SERIAL")) var serial: [String] = []
    @Flag(name: .customLong("dry-run"), help: "Say what would change on each tablet; change nothing.") var dryRun = false
    @Option(help: "Tablets worked on at once.") var jobs = 16
    @Flag(help: "Print the results as JSON.") var json = false
    @Option(name: .customLong("firmware-catalog"), help: ArgumentHelp("Flash tablets behind this firmware catalog first (all at once, each image read once); without it the firmware is only checked against the profile's level.", valueName: "FILE"))
    var firmwareCatalog: String?
    @Flag(help: "A tablet another valise run is working on: wait for it (up to --step-timeout) instead of skipping it as busy.")
    var wait = false
    @OptionGroup var fastboot: FirmwareCommand.FastbootOptions

    func run() throws {
        let startedAt = ContinuousClock.now
        guard all != !serial.isEmpty else { throw ValidationError("Say which tablets: --all, or --serial SERIAL (repeatable).") }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64.") }
        let resolved = try profile.resolveForTablets()
        let plan = try CaseRun.makePlan(resolved)
        let reach = try tablets.reach()
        let targets = try tablets.provisionTargets(serials: serial, reach: reach)
        guard !targets.isEmpty else {
            throw ValidationError("No tablets to provision: none is on USB (see `valise devices`), and no --tcp HOST:PORT (or VALISE_TCP) was given.")
        }
        var run = CaseRun(plan: plan, reach: reach, jobs: jobs, json: json)
        run.inventoryLocation = inventory.chosen
        run.profileSource = profile.source
        run.waitForBusyTablets = wait
        run.startedAt = startedAt
        if let firmwareCatalog {
            run.firmware = try FirmwareCommand.phase(catalog: firmwareCatalog, targets: targets, fastboot: try fastboot.parsed(), reach: reach)
        }
        let code = try run.run(targets, command: "provision", dryRun: dryRun)
        if code != 0 { throw ExitCode(code) }
    }
}
