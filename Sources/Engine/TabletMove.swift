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
                "No tablet with serial \(serial) is in the inventory; nothing was moved.",
                reason: "Only a tablet provisioned at least once has a slot to move from.",
                action: "Check the serial with `valise report`, or provision the tablet first: a new tablet takes a free slot.",
                helpTopic: "tablet-names")
        }
        if let holder = records.first(where: {
            $0.serial != serial && ($0.caseName ?? caseName) == caseName && $0.slot == slot && $0.className == record.className
        }) {
            throw TabletProblem(
                "Slot \(slot) of case \(caseName) is held by tablet \(holder.serial)\(holder.name.map { " (\($0))" } ?? ""); \(serial) was not moved.",
                reason: "Two tablets in one slot would get the same name.",
                action: "Move \(holder.serial) out first (`valise move \(holder.serial) --case \(caseName) --slot N` with a free slot N), "
                    + "or choose a free slot for \(serial).",
                helpTopic: "tablet-names")
        }
        let from = record.slot.map { "slot \($0)" + (record.caseName.map { " of case \($0)" } ?? "") }
        record.caseName = caseName
        record.slot = slot
        record.name = nil
        record.updatedAt = Date()
        try inventory.save(record)
        return (record, from)
    }
}
