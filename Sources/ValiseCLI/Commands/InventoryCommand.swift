import ArgumentParser
import Devices
import District
import Foundation
import Inventory

/// `valise inventory backup FILE`: a complete copy of this station's inventory, made while runs may go on.
struct InventoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory", abstract: "Keep this station's inventory safe.", subcommands: [Backup.self])

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the inventory to FILE (SQLite's online backup): one standalone file that `valise report --inventory FILE` reads.",
            discussion: "Safe while provisioning runs. An existing FILE is replaced only with --force.")

        @Argument(help: "The backup file to write.") var file: String
        @Flag(help: "Replace FILE if it exists.") var force = false
        @OptionGroup var inventory: InventoryOptions

        func run() throws {
            let source = inventory.chosen
            if let source, DistrictURL.isDistrict(source) {
                throw ValidationError("A backup copies an SQLite inventory; the district server is backed up with PostgreSQL's own tools (pg_dump).")
            }
            let path = source ?? ValiseHome.path() + "/inventory.sqlite"
            guard FileManager.default.fileExists(atPath: path) else {
                throw ValidationError("There is no inventory at \(path) yet: nothing to back up.")
            }
            let store = try Inventory(path: path, readOnly: true)
            try store.backup(to: file, replace: force)
            let tablets = try Inventory(path: file, readOnly: true).tablets().count
            Console.out("Backed up \(path) to \(file) (\(tablets) tablet\(tablets == 1 ? "" : "s")); read it with: valise report --inventory \(file)")
        }
    }
}
