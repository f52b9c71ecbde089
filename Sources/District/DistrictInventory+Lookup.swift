import Foundation
import Inventory

extension DistrictInventory {
    /// The district's record of a tablet this station has never seen (one moved here from another school),
    /// copied into this station's journal so that re-provisioning brings it back as the district knows it.
    /// nil when the district does not know it either.
    public func adoptFromDistrict(serial: String) throws -> TabletRecord? {
        if let known = try local.tablet(serial: serial) { return known }
        let connection = try PostgresConnection(server)
        try DistrictSchema.migrate(connection)
        let rows = try connection.execute("""
            SELECT model, name, school, class_name, case_name, slot, firmware, agent_version, bundle_digest, bundle_sequence, status,
                   reason, EXTRACT(EPOCH FROM updated_at)::float8, bundle_content, profile_path, firmware_status, address
            FROM tablet WHERE serial = $1
            """, [serial])
        guard let row = rows.first, row.count == 17 else { return nil }
        var record = TabletRecord(serial: serial, model: row[0])
        record.name = row[1]
        record.school = row[2]
        record.className = row[3]
        record.caseName = row[4]
        record.slot = row[5].flatMap { Int($0) }
        record.firmware = row[6]
        record.agentVersion = row[7].flatMap { Int($0) }
        record.bundleDigest = row[8]
        record.bundleSequence = row[9].flatMap { Int($0) } ?? 0
        record.status = row[10] ?? "new"
        record.reason = row[11]
        record.updatedAt = row[12].flatMap { Double($0) }.map(Date.init(timeIntervalSince1970:)) ?? Date()
        record.bundleContent = row[13]
        record.profilePath = row[14]
        record.firmwareStatus = row[15]
        record.address = row[16]
        try local.save(record)
        return record
    }
}
