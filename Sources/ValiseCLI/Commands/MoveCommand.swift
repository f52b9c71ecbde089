import ArgumentParser
import Diagnostics
import Engine
import Foundation
import Inventory

/// `valise move SERIAL --case C --slot N`: moving a tablet is an explicit act, recorded in the inventory.
/// Its name is given again from the profile's naming template at its next provision or re-provision.
struct MoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "move",
            abstract: Say.helpMoveAbstract,
            discussion: Say.helpMoveDiscussion)
    }

    @Argument(help: ArgumentHelp(Say.helpSerialSeeReport)) var serial: String
    @Option(name: .customLong("case"), help: ArgumentHelp(Say.helpMoveCase)) var caseName: String
    @Option(help: ArgumentHelp(Say.helpMoveSlot)) var slot: Int
    @OptionGroup var inventory: InventoryOptions

    func validate() throws {
        guard slot >= 1 else { throw ValidationError(Say.slotFromOne(slot)) }
    }

    func run() throws {
        let store = try InventoryStores.open(inventory.chosen)
        defer { InventoryStores.close(store) }
        let moved = try TabletMove.move(serial: serial, toCase: caseName, slot: slot, inventory: store)
        Console.out(Say.moved(serial, slot: slot, caseName: caseName, was: moved.from))
    }
}
