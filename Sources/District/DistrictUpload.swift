import Foundation
import Inventory

/// Sends one outbox batch to the district database in one transaction. Idempotent: rows are keyed by
/// (station instance, local id), so a batch sent again after a crash before the outbox was cleared adds
/// nothing; a tablet is keyed by its serial and only a newer record replaces it. A record a station keeps under an
/// address (a tablet that never let it in) is keyed by that address and the station's instance: port 1-1.3 of one
/// station is not port 1-1.3 of another.
enum DistrictUpload {
    /// Uploads `batch` from the station `instance` called `station`.
    static func send(_ batch: OutboxBatch, instance: String, station: String, over connection: PostgresConnection, now: Date = Date()) throws {
        try connection.transaction {
            try connection.execute("""
                INSERT INTO station (instance, name, first_upload, last_upload) VALUES ($1, $2, to_timestamp($3), to_timestamp($3))
                ON CONFLICT (instance) DO UPDATE SET name = EXCLUDED.name, last_upload = EXCLUDED.last_upload
                """, [instance, station, epoch(now)])
            for run in batch.runs {
                try connection.execute("""
                    INSERT INTO run (instance, local_id, command, profile, started_at, finished_at, status)
                    VALUES ($1, $2, $3, $4, to_timestamp($5), to_timestamp($6), $7)
                    ON CONFLICT (instance, local_id) DO UPDATE SET finished_at = EXCLUDED.finished_at, status = EXCLUDED.status
                    """, [instance, run.id.map(String.init), run.command, run.profile, epoch(run.startedAt), run.finishedAt.map(epoch), run.status])
            }
            for entry in batch.journal {
                try connection.execute("""
                    INSERT INTO journal (instance, local_id, run_id, serial, step, phase, detail, at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, to_timestamp($8)) ON CONFLICT DO NOTHING
                    """, [instance, entry.id.map(String.init), String(entry.runId), entry.serial, entry.step, entry.phase.rawValue, entry.detail,
                          epoch(entry.at)])
            }
            for event in batch.events {
                try connection.execute("""
                    INSERT INTO event (instance, local_id, run_id, serial, kind, message, at)
                    VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7)) ON CONFLICT DO NOTHING
                    """, [instance, event.id.map(String.init), event.runId.map(String.init), event.serial, event.kind, event.message, epoch(event.at)])
            }
            // In serial order, so that two stations sending the same tablets lock them in the same order.
            for tablet in batch.tablets.sorted(by: { $0.serial < $1.serial }) { try send(tablet, instance: instance, over: connection) }
            // Records this station kept under an address until the tablet there was reached: only its own, and only
            // while they still stand for no tablet (no model).
            for address in batch.removedTablets.sorted() {
                try connection.execute("DELETE FROM tablet WHERE serial IN ($1, $3) AND instance = $2 AND model IS NULL",
                                       [address, instance, placeholderKey(address, instance: instance)])
            }
        }
    }

    /// One tablet: a move to another school or case is written down; an older record never replaces a newer one.
    static func send(_ tablet: TabletRecord, instance: String, over connection: PostgresConnection) throws {
        let updated = epoch(tablet.updatedAt)
        let serial = key(tablet, instance: instance)
        let previous = try connection.execute(
            "SELECT school, case_name, updated_at <= to_timestamp($2) FROM tablet WHERE serial = $1 FOR UPDATE", [serial, updated]).first
        if let previous, previous[2] == "t", previous[0] != tablet.school || previous[1] != tablet.caseName {
            try connection.execute("""
                INSERT INTO tablet_move (serial, from_school, from_case, to_school, to_case, instance, at)
                VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7)) ON CONFLICT DO NOTHING
                """, [serial, previous[0] ?? nil, previous[1] ?? nil, tablet.school, tablet.caseName, instance, updated])
        }
        let values: [String?] = [
            serial, tablet.model, tablet.name, tablet.school, tablet.className, tablet.caseName, tablet.slot.map(String.init),
            tablet.firmware, tablet.agentVersion.map(String.init), tablet.bundleDigest, String(tablet.bundleSequence), tablet.status,
            tablet.reason, updated, instance, tablet.bundleContent, tablet.profilePath, tablet.firmwareStatus, tablet.address,
        ]
        try connection.execute("""
            INSERT INTO tablet (serial, model, name, school, class_name, case_name, slot, firmware, agent_version, bundle_digest,
                                bundle_sequence, status, reason, updated_at, instance, bundle_content, profile_path, firmware_status, address)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, to_timestamp($14), $15, $16, $17, $18, $19)
            ON CONFLICT (serial) DO UPDATE SET model = EXCLUDED.model, name = EXCLUDED.name, school = EXCLUDED.school,
                class_name = EXCLUDED.class_name, case_name = EXCLUDED.case_name, slot = EXCLUDED.slot, firmware = EXCLUDED.firmware,
                agent_version = EXCLUDED.agent_version, bundle_digest = EXCLUDED.bundle_digest, bundle_sequence = EXCLUDED.bundle_sequence,
                status = EXCLUDED.status, reason = EXCLUDED.reason, updated_at = EXCLUDED.updated_at, instance = EXCLUDED.instance,
                bundle_content = EXCLUDED.bundle_content, profile_path = EXCLUDED.profile_path,
                firmware_status = EXCLUDED.firmware_status, address = EXCLUDED.address
            WHERE tablet.updated_at <= EXCLUDED.updated_at
            """, values)
    }

    /// The tablet's key on the server: its serial, or for a record kept under an address, that address and the station.
    static func key(_ tablet: TabletRecord, instance: String) -> String {
        tablet.model == nil && tablet.address == tablet.serial ? placeholderKey(tablet.serial, instance: instance) : tablet.serial
    }

    /// `1-1.3@INSTANCE`: the place `address` of the station `instance`.
    static func placeholderKey(_ address: String, instance: String) -> String { "\(address)@\(instance)" }

    /// Seconds since 1970 with microseconds, for `to_timestamp`.
    static func epoch(_ date: Date) -> String { String(format: "%.6f", date.timeIntervalSince1970) }
}
