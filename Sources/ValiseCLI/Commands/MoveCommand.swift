import ArgumentParser
import Engine
import Foundation
import Inventory

/// `valise move SERIAL --case C --slot N`: moving a tablet is an explicit act, recorded in the inventory.
/// Its name is given again from the profile's naming template at its next provision or re-provision.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a tablet to another slot (and case) in the inventory.",
        discussion: "A tablet keeps its slot and name on every run; this is the way to change them. The tablet is named after its new slot at its next `valise provision` or `valise reprovision`. Refused when another tablet holds that slot.")

    @Argument(help: "The tablet's serial (see `valise report`).") var serial: String
    @Option(name: .customLong("case"), help: "The case it goes to.") var caseName: String
    @Option(help: "The slot it goes to, from 1.") var slot: Int
    @OptionGroup var inventory: InventoryOptions

    func validate() throws {
        guard slot >= 1 else { throw ValidationError("--slot is a slot number from 1, not \(slot).") }
    }

    func run() throws {
        let store = try InventoryStores.open(inventory.chosen)
        defer { InventoryStores.close(store) }
        let moved = try TabletMove.move(serial: serial, toCase: caseName, slot: slot, inventory: store)
        Console.out("Moved \(serial) to slot \(slot) of case \(caseName)" + (moved.from.map { " (was \($0))" } ?? "")
            + ": it is named after its new slot at its next provision.")
    }
}
