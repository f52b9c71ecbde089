import Inventory

/// Tablet leases stay on the station: its own inventory keeps them (the district server keeps none, so two
/// stations of a district are not kept from working on the same tablet; a tablet is plugged into one station).
extension DistrictInventory {
    public func takeLease(serial: String, for lease: TabletLease) throws -> TabletLease? {
        try local.takeLease(serial: serial, for: lease)
    }

    public func releaseLease(serial: String, for lease: TabletLease) throws {
        try local.releaseLease(serial: serial, for: lease)
    }
}
