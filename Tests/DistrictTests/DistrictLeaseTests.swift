import Foundation
import Inventory
import TestSupport
import Testing
@testable import District

/// A tablet's lease across the stations of a district: the station's own lease first, then the server's.
@Suite("District: one station at a time on a tablet", .serialized)
struct DistrictLeaseTests {
    /// A station with its own home folder (its journal) on `server`.
    static func station(_ name: String, server: DistrictURL, home: URL? = nil) throws -> (DistrictInventory, URL) {
        let home = home ?? FileManager.default.temporaryDirectory.appendingPathComponent("valise-lease-\(UUID().uuidString)")
        return (try DistrictInventory(server: server, home: home.path, station: name), home)
    }

    /// A server and two stations on it, each with its own home folder.
    final class District {
        let server: PostgresServer
        let url: DistrictURL
        let a: DistrictInventory, b: DistrictInventory
        let homeA: URL, homeB: URL

        init() throws {
            server = try PostgresServer()
            url = try DistrictURL(server.url())
            (a, homeA) = try DistrictLeaseTests.station("station-a", server: url)
            (b, homeB) = try DistrictLeaseTests.station("station-b", server: url)
        }

        func remove() {
            server.remove()
            [homeA, homeB].forEach { try? FileManager.default.removeItem(at: $0) }
        }
    }

    /// Waits for what the station queued for the server (a lease given back) to be done.
    static func settle(_ station: DistrictInventory) { station.onQueue {} }

    @Test("a tablet worked on by one station is busy for another, which is told which run holds it; given back, it is free")
    func anotherStationWaits() throws {
        let district = try District()
        defer { district.remove() }
        let (server, a, b) = (district.server, district.a, district.b)

        let first = TabletLease(command: "provision"), second = TabletLease(command: "watch")
        #expect(try a.takeLease(serial: "VAL1", for: first) == nil)
        let holder = try #require(try b.takeLease(serial: "VAL1", for: second))
        #expect(holder.command == "provision" && holder.pid == getpid() && holder.token == first.token)
        #expect(holder.holderDescription.contains("`valise provision` (PID \(getpid()) on station-a) since "))
        #expect(try b.local.leases()["VAL1"] == nil, "the busy station kept its own lease on a tablet it does not work on")
        #expect(try server.psql("SELECT station FROM tablet_lease WHERE serial = 'VAL1'", database: "postgres") == ["station-a"])

        try a.releaseLease(serial: "VAL1", for: first)
        Self.settle(a)
        #expect(try server.psql("SELECT count(*) FROM tablet_lease") == ["0"])
        #expect(try b.takeLease(serial: "VAL1", for: second) == nil)
        #expect(try server.psql("SELECT station || ' ' || command FROM tablet_lease") == ["station-b watch"])
    }

    @Test("a station that crashed takes its own tablets again; another takes them once their lease is no longer renewed")
    func crashedHolders() throws {
        let district = try District()
        defer { district.remove() }
        let (server, a, b) = (district.server, district.a, district.b)

        // station-a's run died (its PID is gone) holding VAL1 and VAL2; station-a is started again.
        let dead = TabletLease(command: "provision", pid: try Processes.deadPID())
        #expect(try a.takeLease(serial: "VAL1", for: dead) == nil)
        #expect(try a.takeLease(serial: "VAL2", for: dead) == nil)
        let (restarted, _) = try Self.station("station-a", server: district.url, home: district.homeA)
        #expect(try restarted.takeLease(serial: "VAL1", for: TabletLease(command: "provision")) == nil)

        // VAL2 is not renewed by anyone: within the expiry it stays station-a's, after it station-b takes it.
        #expect(try b.takeLease(serial: "VAL2", for: TabletLease(command: "watch"))?.token == dead.token)
        try server.psql("UPDATE tablet_lease SET renewed_at = now() - interval '11 minutes' WHERE serial = 'VAL2'")
        #expect(try b.takeLease(serial: "VAL2", for: TabletLease(command: "watch")) == nil)
        #expect(try server.psql("SELECT station FROM tablet_lease WHERE serial = 'VAL2'") == ["station-b"])
    }

    @Test("a station renews the leases its jobs hold, so a long job keeps its tablet")
    func renewal() throws {
        let district = try District()
        defer { district.remove() }
        let (server, a, b) = (district.server, district.a, district.b)

        let flashing = TabletLease(command: "firmware")
        #expect(try a.takeLease(serial: "VAL3", for: flashing) == nil)
        try server.psql("UPDATE tablet_lease SET renewed_at = now() - interval '11 minutes'")
        a.onQueue { a.renewServerLeases() }
        #expect(try b.takeLease(serial: "VAL3", for: TabletLease(command: "watch"))?.token == flashing.token)
    }

    @Test("with the server away the station's own lease holds and the work goes on; the server is not asked again at once")
    func serverAway() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let (a, homeA) = try Self.station("station-a", server: try DistrictURL(server.url()))
        defer { try? FileManager.default.removeItem(at: homeA) }
        try server.stop()
        let lease = TabletLease(command: "provision")
        #expect(try a.takeLease(serial: "VAL4", for: lease) == nil)
        #expect(try a.local.leases()["VAL4"]?.token == lease.token)
        #expect(a.onQueue { a.reachableConnection() } == nil)
        #expect(try a.status().lastError?.contains("cannot be reached") == true)
        // Another run on this station is still kept off the tablet by the station's lease.
        #expect(try a.takeLease(serial: "VAL4", for: TabletLease(command: "watch"))?.token == lease.token)
    }
}
