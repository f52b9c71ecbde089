import ArgumentParser
import Devices
import Diagnostics
import Dispatch
import Engine
import Foundation
import Inventory
import Profiles
import Signing
import Transports

/// `valise provision`: a whole case at once.
struct ProvisionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "provision", abstract: Say.helpProvisionAbstract,
            discussion: Say.helpProvisionDiscussion)
    }

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions
    @Flag(help: ArgumentHelp(Say.helpAll)) var all = false
    @Option(help: ArgumentHelp(Say.helpOnlyThisTablet, valueName: "SERIAL")) var serial: [String] = []
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Say.helpDryRun)) var dryRun = false
    @Option(help: ArgumentHelp(Say.helpJobs)) var jobs = 16
    @Flag(help: ArgumentHelp(Say.helpJSONResults)) var json = false
    @Option(name: .customLong("firmware-catalog"), help: ArgumentHelp(Say.helpProvisionFirmwareCatalog, valueName: "FILE"))
    var firmwareCatalog: String?
    @Flag(help: ArgumentHelp(Say.helpWait))
    var wait = false
    @OptionGroup var fastboot: FirmwareCommand.FastbootOptions

    func run() throws {
        let startedAt = ContinuousClock.now
        guard all != !serial.isEmpty else { throw ValidationError(Say.sayWhichTablets) }
        guard (1...64).contains(jobs) else { throw ValidationError(Say.mustBeBetween("--jobs", 1, 64)) }
        let resolved = try profile.resolveForTablets()
        let plan = try CaseRun.makePlan(resolved)
        let reach = try tablets.reach()
        let targets = try tablets.provisionTargets(serials: serial, reach: reach)
        guard !targets.isEmpty else {
            throw ValidationError(Say.noTabletsToProvision)
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
