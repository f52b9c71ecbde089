import ArgumentParser
import Devices
import Diagnostics
import District
import Foundation
import Inventory

/// `valise inventory backup FILE`: a complete copy of this station's inventory, made while runs may go on.
struct InventoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "inventory", abstract: Say.helpInventoryAbstract, subcommands: [Backup.self])
    }

    struct Backup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Say.helpBackupAbstract,
                discussion: Say.helpBackupDiscussion)
        }

        @Argument(help: ArgumentHelp(Say.helpBackupFile)) var file: String
        @Flag(help: ArgumentHelp(Say.helpBackupForce)) var force = false
        @OptionGroup var inventory: InventoryOptions

        func run() throws {
            let source = inventory.chosen
            if let source, DistrictURL.isDistrict(source) {
                throw ValidationError(Say.backupNotDistrict)
            }
            let path = source ?? ValiseHome.path() + "/inventory.sqlite"
            guard FileManager.default.fileExists(atPath: path) else {
                throw ValidationError(Say.nothingToBackUp(path))
            }
            let store = try Inventory(path: path, readOnly: true)
            try store.backup(to: file, replace: force)
            let tablets = try Inventory(path: file, readOnly: true).tablets().count
            Console.out(Say.backedUp(path, to: file, tablets: tablets))
        }
    }
}
