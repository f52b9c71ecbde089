import Foundation
import Devices
import Diagnostics
import Inventory

/// Where a tablet sits, decided once its serial is known. A tablet the inventory knows keeps its slot and case
/// on every run, whatever the address order or the subset of tablets asked for; a USB case map moves it (the
/// map is the tablet's place); a new tablet takes the slot it was offered (the address order) when free, else the
/// lowest slot of its case and class that no known tablet holds. Two tablets never get one name: the tablet is refused before anything on it changes.
public enum SlotKeeper {
    /// Where the tablet goes, and the slot it left when a case map moved it.
    public struct Placement: Sendable, Equatable {
        public var target: ProvisionTarget
        public var name: String
        public var movedFrom: Int?
    }

    /// Placements are decided and recorded one at a time, so two new tablets never take the same free slot.
    private static let lock = NSLock()

    /// Places the tablet `serial` found at `proposed` (whose case name, when set, comes from a USB case map).
    /// Records the placement unless `dryRun`.
    public static func place(serial: String, model: String? = nil, at proposed: ProvisionTarget, plan: ProvisioningPlan,
                             inventory: any InventoryStore, dryRun: Bool) throws -> Placement {
        lock.lock()
        defer { lock.unlock() }
        let profile = plan.profile
        // Only the tablets a placement can clash with are read: the inventory may hold a whole district's.
        let known = try inventory.tablet(serial: serial)
        let mapped = proposed.caseName != nil
        let keepsItsSlot = !mapped && known?.slot != nil
        let caseName = mapped ? proposed.caseName : keepsItsSlot ? (known?.caseName ?? profile.caseName) : profile.caseName
        // The others of its case and class: the slots they hold (a new tablet), the one at its slot (a case map's).
        let neighbours = keepsItsSlot ? []
            : try inventory.tablets(caseName: caseName, className: profile.className).filter { $0.serial != serial }
        let slot: Int
        var movedFrom: Int?
        if mapped {
            slot = proposed.slot
            if let known, let old = known.slot, old != slot, known.caseName == caseName { movedFrom = old }
        } else if keepsItsSlot, let old = known?.slot {
            slot = old
        } else {
            let held = Set(neighbours.compactMap(\.slot))
            slot = held.contains(proposed.slot) ? (1...).first { !held.contains($0) } ?? 1 : proposed.slot
        }
        let name = profile.tabletName(slot: slot, serial: serial, caseName: caseName)
        if let holder = try inventory.tablets(named: name).first(where: { $0.serial != serial }) {
            throw sameName(serial: serial, name: name, holder: holder, caseName: caseName)
        }
        if mapped, let holder = neighbours.first(where: { $0.slot == slot }) {
            throw sameName(serial: serial, name: name, holder: holder, caseName: caseName)
        }
        let target = ProvisionTarget(slot: slot, endpoint: proposed.endpoint, caseName: caseName)
        if !dryRun {
            var record = known ?? TabletRecord(serial: serial, model: model)
            record.slot = slot
            record.caseName = caseName
            record.className = profile.className
            record.name = name
            record.updatedAt = Date()
            try inventory.save(record)
        }
        return Placement(target: target, name: name, movedFrom: movedFrom)
    }

    private static func sameName(serial: String, name: String, holder: TabletRecord, caseName: String?) -> TabletProblem {
        let place = Say.slotPlace(holder.slot, caseName: holder.caseName)
        return TabletProblem(
            Say.tabletSameName(serial: serial, name: name, holder: holder.serial, place: place),
            reason: Say.tabletSameNameWhy(name: name, holder: holder.serial),
            action: Say.tabletSameNameFix(serial: serial, caseName: caseName ?? "CASE"),
            helpTopic: "tablet-names")
    }
}

extension SlotKeeper {
    /// Places the tablet on `device` and says so: a case map's move is shown ("moved from slot 3 to slot 5"),
    /// a refusal closes the device and is shown as the tablet's failure.
    static func placeAnnouncing(_ device: ADBDevice, at target: ProvisionTarget, plan: ProvisioningPlan,
                                inventory: any InventoryStore, dryRun: Bool,
                                events: @Sendable (ProvisionEvent) -> Void) -> Result<ProvisionTarget, TabletProblem> {
        do {
            let placement = try place(serial: device.serial, at: target, plan: plan, inventory: inventory, dryRun: dryRun)
            if let old = placement.movedFrom {
                events(ProvisionEvent(slot: placement.target.slot, serial: device.serial, kind: .step,
                                      message: Say.movedSlot(from: old, to: placement.target.slot),
                                      caseName: placement.target.caseName))
            }
            return .success(placement.target)
        } catch {
            device.close()
            let problem = error as? TabletProblem
                ?? TabletProblem(Say.placeFailed(device.serial), reason: "\(error)", action: Say.placeFailedFix)
            events(ProvisionEvent(slot: target.slot, serial: device.serial, kind: .failed, message: problem.summary,
                                  caseName: target.caseName))
            return .failure(problem)
        }
    }
}
