import ArgumentParser
import Devices
import Diagnostics
import District
import Engine
import Foundation
import Inventory

/// `valise reprovision SERIAL`: one tablet comes back as it was (name, slot, class from the inventory).
struct ReprovisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprovision", abstract: "Provision one tablet again as the inventory knows it (after a repair or a factory reset).",
        discussion: """
            Its name, slot, case and class come from the inventory, and its profile from its last run (or --profile). Every step \
            is checked again and the tablet gets a new signed bundle with a higher sequence. Exit codes as for provision.
            """)

    @Argument(help: "The tablet's serial (see `valise devices` or `valise report`).") var serial: String
    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions
    @Option(help: "Use this profile (file or folder) instead of the one recorded with the tablet.") var profile: String?
    @Option(name: .customLong("class"), help: "With a folder of profiles: the class (default: the tablet's recorded class).") var className: String?
    @Flag(help: "Print the result as JSON.") var json = false
    @Flag(name: .customLong("allow-unconfirmed"), help: "Send values marked '# to confirm' (or placeholder files) to the tablet all the same.")
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
            Console.out("Re-provisioning \(serial) as \(record.name ?? "?") (slot \(target.slot)\(target.caseName.map { " of \($0)" } ?? ""), class \(record.className ?? "?")) from \(source).")
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
        ReprovisionProblem(summary: "Tablet \(serial) is not in this station's inventory, or is not plugged in.",
                           reason: "Re-provisioning restores a tablet this station (or, with --inventory postgres://…, the district) provisioned before, and needs it connected.",
                           action: "Check the serial with `valise report` and `valise devices`; provision a new tablet with `valise provision --serial \(serial)`.")
    }

    static func noProfile(_ serial: String) -> ReprovisionProblem {
        ReprovisionProblem(summary: "The inventory does not say which profile tablet \(serial) was provisioned with.",
                           reason: "It was provisioned before this station recorded profiles, or its profile folder needs a class.",
                           action: "Give it: valise reprovision \(serial) --profile FILE (or --profile FOLDER --class CLASS).")
    }
}
