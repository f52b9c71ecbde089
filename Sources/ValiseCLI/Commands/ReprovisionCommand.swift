import ArgumentParser
import Devices
import Diagnostics
import District
import Engine
import Foundation
import Inventory

/// `valise reprovision SERIAL`: one tablet comes back as it was (name, slot, class from the inventory).
struct ReprovisionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "reprovision", abstract: Say.helpReprovisionAbstract,
            discussion: Say.helpReprovisionDiscussion)
    }

    @Argument(help: ArgumentHelp(Say.helpSerialSeeDevices)) var serial: String
    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions
    @Option(help: ArgumentHelp(Say.helpReprovisionProfile)) var profile: String?
    @Option(name: .customLong("class"), help: ArgumentHelp(Say.helpReprovisionClass)) var className: String?
    @Flag(help: ArgumentHelp(Say.helpJSONResult)) var json = false
    @Flag(name: .customLong("allow-unconfirmed"), help: ArgumentHelp(Say.helpAllowUnconfirmedOne))
    var allowUnconfirmed = false

    /// A tablet this station never saw, as the district server knows it (moved here from another school).
    func fromDistrict() throws -> TabletRecord? {
        guard let server = try inventory.district() else { return nil }
        return try DistrictInventory(server: server, home: ValiseHome.path()).adoptFromDistrict(serial: serial)
    }

    func run() throws {
        guard let record = try InventoryStores.reading(inventory.chosen).tablet(serial: serial) ?? fromDistrict() else { throw ReprovisionProblem.unknown(serial) }
        guard let source = profile ?? record.profilePath else { throw ReprovisionProblem.noProfile(serial) }
        var arguments = ["--profile", source]
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), isFolder.boolValue {
            guard let chosen = className ?? record.className else { throw ReprovisionProblem.noProfile(serial) }
            arguments += ["--class", chosen]
        }
        let options = try ProfileOptions.parse(arguments + (allowUnconfirmed ? ["--allow-unconfirmed"] : []))
        let resolved = try options.resolveForTablets()
        let reach = try tablets.reach()
        guard let found = try tablets.provisionTargets(serials: [serial], reach: reach).first else {
            throw ReprovisionProblem.unknown(serial)
        }
        // The identity comes back from the inventory, wherever the tablet is plugged in now.
        let target = ProvisionTarget(slot: record.slot ?? found.slot, endpoint: found.endpoint, caseName: record.caseName ?? found.caseName)
        if !json {
            Console.out(Say.reprovisioning(serial, name: record.name ?? "?", slot: target.slot, caseName: target.caseName, className: record.className ?? "?", from: source))
        }
        var run = CaseRun(plan: try CaseRun.makePlan(resolved), reach: reach, jobs: 1, json: json)
        run.inventoryLocation = inventory.chosen
        run.profileSource = options.source
        run.reissueBundles = true
        let code = try run.run([target], command: "reprovision", dryRun: false)
        if code != 0 { throw ExitCode(code) }
    }
}

/// Why a tablet cannot be re-provisioned.
struct ReprovisionProblem: ValiseError {
    let summary: String
    let reason: String
    let action: String
    var helpTopic: String? { "reprovision" }

    static func unknown(_ serial: String) -> ReprovisionProblem {
        ReprovisionProblem(summary: Say.reprovisionUnknown(serial), reason: Say.reprovisionUnknownWhy, action: Say.reprovisionUnknownFix(serial))
    }

    static func noProfile(_ serial: String) -> ReprovisionProblem {
        ReprovisionProblem(summary: Say.reprovisionNoProfile(serial), reason: Say.reprovisionNoProfileWhy, action: Say.reprovisionNoProfileFix(serial))
    }
}
