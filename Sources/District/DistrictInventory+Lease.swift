import Foundation
import Inventory

/// Tablet leases across the district: a job takes its tablet's lease in the station's inventory first (one job per
/// tablet among the station's processes), then on the district server, so that a tablet moved from one station to
/// another is not worked on by both. The station renews its server leases at each sync; one not renewed for
/// `leaseExpiry` seconds (its station crashed or was cut from the server) is taken over. A server that is away
/// does not stop the work: the station's own lease holds, as it does without a district.
extension DistrictInventory {
    public func takeLease(serial: String, for lease: TabletLease) throws -> TabletLease? {
        if let holder = try local.takeLease(serial: serial, for: lease) { return holder }
        guard let holder = onQueue({ takeOnServer(serial: serial, lease: lease) }) else { return nil }
        try local.releaseLease(serial: serial, for: lease)
        return holder
    }

    public func releaseLease(serial: String, for lease: TabletLease) throws {
        try local.releaseLease(serial: serial, for: lease)
        // Given back on the sync queue, before the command's last upload (`finish` waits for it).
        onQueueLater { self.releaseOnServer(serial: serial, lease: lease) }
    }

    /// `VALISE_DISTRICT_LEASE_SECONDS`, or 600: how long a lease no station renews keeps its tablet.
    public static var defaultLeaseExpiry: TimeInterval {
        ProcessInfo.processInfo.environment["VALISE_DISTRICT_LEASE_SECONDS"].flatMap(TimeInterval.init).map { max(1, $0) } ?? 600
    }

    /// On the sync queue: takes the server's lease, or returns the holder of another station that keeps it.
    /// nil also when the server cannot be asked (away, or refusing): the station's lease is then the only one.
    func takeOnServer(serial: String, lease: TabletLease) -> TabletLease? {
        guard let connection = reachableConnection() else { return nil }
        do {
            let taken = try connection.execute("""
                INSERT INTO tablet_lease AS held (serial, command, pid, host, station, since, token, renewed_at)
                VALUES ($1, $2, $3, $4, $5, to_timestamp($6::double precision), $7, now())
                ON CONFLICT (serial) DO UPDATE SET command = EXCLUDED.command, pid = EXCLUDED.pid, host = EXCLUDED.host,
                    station = EXCLUDED.station, since = EXCLUDED.since, token = EXCLUDED.token, renewed_at = now()
                WHERE held.token = EXCLUDED.token OR held.station = EXCLUDED.station
                    OR held.renewed_at < now() - make_interval(secs => $8::double precision)
                RETURNING token
                """, [serial, lease.command, String(lease.pid), lease.host, station, String(lease.since.timeIntervalSince1970),
                      lease.token, String(leaseExpiry)])
            if !taken.isEmpty {
                serverLeases[lease.token] = serial
                return nil
            }
            let rows = try connection.execute("""
                SELECT command, pid, station, extract(epoch FROM since)::text, token FROM tablet_lease WHERE serial = $1
                """, [serial])
            guard let row = rows.first, let command = row[0], let pid = row[1].flatMap(Int32.init), let holder = row[2],
                  let since = row[3].flatMap(Double.init), let token = row[4] else { return nil }
            // The holder's station stands for its host: its process cannot be checked from here.
            return TabletLease(command: command, pid: pid, host: holder, since: Date(timeIntervalSince1970: since), token: token)
        } catch {
            noteTrouble(error)
            return nil
        }
    }

    /// On the sync queue: gives a server lease back (when the server is away, it expires or this station takes it again).
    func releaseOnServer(serial: String, lease: TabletLease) {
        guard serverLeases.removeValue(forKey: lease.token) != nil, let connection = reachableConnection() else { return }
        do {
            try connection.execute("DELETE FROM tablet_lease WHERE serial = $1 AND token = $2", [serial, lease.token])
        } catch {
            noteTrouble(error)
        }
    }

    /// On the sync queue, at each sync: the leases this process holds are still worked on.
    func renewServerLeases() {
        guard !serverLeases.isEmpty, let connection = reachableConnection() else { return }
        do {
            try connection.execute("UPDATE tablet_lease SET renewed_at = now() WHERE token = ANY($1::text[])",
                                   ["{" + serverLeases.keys.sorted().joined(separator: ",") + "}"])
        } catch {
            noteTrouble(error)
        }
    }
}
