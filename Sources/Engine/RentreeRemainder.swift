import Devices
import Inventory
import Profiles

/// What remains of a case after a rentrée run: the slots not provisioned yet.
public struct RentreeRemainder: Sendable, Equatable {
    /// The case, as the plan names it.
    public let caseName: String
    /// The class the plan gives it.
    public let className: String
    /// Its slots (0: unknown, no case map and no TCP address).
    public let expected: Int
    /// Slots provisioned with the case's class.
    public let provisioned: Int
    /// Slots whose tablet failed or was interrupted.
    public let needHand: [Int]
    /// Slots not done yet (no tablet seen there).
    public let missing: [Int]
    /// No case map names the case and it has no TCP addresses: its slots are unknown.
    public var unmapped: Bool { expected == 0 && provisioned == 0 && needHand.isEmpty }

    /// Slots come from the case map (or the number of TCP addresses); the inventory says which are provisioned.
    public static func compute(_ plan: RentreePlan, caseMaps: CaseMaps, inventory: any InventoryStore,
                               tcpCounts: [String: Int]) throws -> [RentreeRemainder] {
        let tablets = try inventory.tablets()
        return plan.cases.map { entry in
            var slots = Set(caseMaps.maps.filter { $0.name == entry.name }.flatMap { $0.slots.values })
            if slots.isEmpty, let count = tcpCounts[entry.name], count > 0 { slots = Set(1...count) }
            let mine = tablets.filter { $0.caseName == entry.name }
            let done = Set(mine.filter { $0.status == "provisioned" && $0.className == entry.className }.compactMap(\.slot))
            let failed = Set(mine.filter { $0.status == "failed" || $0.status == "interrupted" }.compactMap(\.slot)).subtracting(done)
            return RentreeRemainder(caseName: entry.name, className: entry.className, expected: slots.count,
                                    provisioned: done.intersection(slots.isEmpty ? done : slots).count,
                                    needHand: failed.sorted(), missing: slots.subtracting(done).subtracting(failed).sorted())
        }
    }
}
