import Diagnostics
import Foundation
import Inventory

/// `valise move`: a tablet's new slot and case in the inventory. Its old name is dropped, and given again from
/// the naming template at its next provision, so that it never holds a name that its slot no longer gives.
public enum TabletMove {
    /// Moves `serial` to `slot` of `caseName`; returns where it was ("slot 3 of case QO-5A").
    @discardableResult
    public static func move(serial: String, toCase caseName: String, slot: Int,
                            inventory: any InventoryStore) throws -> (record: TabletRecord, from: String?) {
        let records = try inventory.tablets()
        guard var record = records.first(where: { $0.serial == serial }) else {
            throw TabletProblem(
                Say.moveUnknown(serial), reason: Say.moveUnknownWhy, action: Say.moveUnknownFix,
                helpTopic: "tablet-names")
        }
        if let holder = records.first(where: {
            $0.serial != serial && ($0.caseName ?? caseName) == caseName && $0.slot == slot && $0.className == record.className
        }) {
            throw TabletProblem(
                Say.slotHeld(slot: slot, caseName: caseName, holder: holder.serial, holderName: holder.name, serial: serial),
                reason: Say.slotHeldWhy,
                action: Say.slotHeldFix(holder: holder.serial, caseName: caseName, serial: serial),
                helpTopic: "tablet-names")
        }
        let from = record.slot.map { Say.slotPlace($0, caseName: record.caseName) }
        record.caseName = caseName
        record.slot = slot
        record.name = nil
        record.updatedAt = Date()
        try inventory.save(record)
        return (record, from)
    }
}
