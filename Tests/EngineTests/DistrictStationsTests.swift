import District
import Foundation
import Inventory
import TestSupport
import Testing
@testable import Engine

/// Several stations provisioning simulated cases into one district PostgreSQL server (Debian's, on 127.0.0.1).
@Suite("District: stations side by side", .serialized)
struct DistrictStationsTests {
    /// A station: its case and its district store.
    struct Station {
        let fixture: CaseFixture
        let district: DistrictInventory
    }

    static func station(_ name: String, school: String, seed: String, count: Int, server: DistrictURL, faults: [String] = []) throws -> Station {
        var district: DistrictInventory?
        let fixture = try CaseFixture(count: count, faults: Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, faults) }), seed: seed,
                                      school: school) { home in
            let store = try DistrictInventory(server: server, home: home, station: name)
            district = store
            return store
        }
        return Station(fixture: fixture, district: try #require(district))
    }

    @Test("three stations at once; the server stops mid-run and comes back: they carry on, catch up, and no row is lost or doubled")
    func threeStationsAndAnOutage() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let url = try DistrictURL(server.url())
        let stations = try (0..<3).map { index in
            try Self.station("station-\(index)", school: "École \(index)", seed: "district-\(index)", count: 8, server: url, faults: ["slow=15ms"])
        }
        stations.forEach { $0.district.startSyncing(every: 0.2) }
        // Each station's last tablet waits before its steps until the server is back, so every run spans the outage.
        let serverBack = DispatchGroup()
        serverBack.enter()
        for station in stations {
            station.fixture.events.hold = { event in
                if event.slot == 8, event.kind == .connected { serverBack.wait() }
            }
        }
        let group = DispatchGroup()
        let results = Results()
        for station in stations {
            group.enter()
            Thread {
                defer { group.leave() }
                results.add(Result { try station.fixture.provision() })
            }.start()
        }
        // Once the first steps have reached the server, stop it for a while.
        try waitUntil("the first steps on the district server") { (try? server.psql("SELECT count(*) FROM journal").first.flatMap { Int($0) } ?? 0) ?? 0 > 0 }
        try server.stop()
        // Until a station's sync has found the server away with changes still waiting (it tries every 0.2 s).
        var waitingWhileDown: [DistrictStatus] = []
        // Not `try`: on a timeout (an issue recorded) the server still comes back, so the runs end.
        try? waitUntil("a station finding the district server away with changes waiting") {
            waitingWhileDown = try stations.map { try $0.district.status() }
            return waitingWhileDown.contains { $0.waiting > 0 && $0.lastError != nil }
        }
        #expect(group.wait(timeout: .now()) == .timedOut, "the runs ended before the server came back")
        let restarted = Result { try server.start() }
        serverBack.leave()
        try restarted.get()
        group.wait()

        #expect(waitingWhileDown.contains { $0.waiting > 0 && $0.lastError != nil }, "\(waitingWhileDown)")
        for outcome in results.all {
            let tablets = try outcome.get()
            #expect(tablets.allSatisfy { $0.problem == nil && !$0.cancelled }, "\(tablets.compactMap(\.problem))")
        }
        for station in stations {
            let sync = station.district.finish(within: 30)
            #expect(sync.error == nil && sync.waiting == 0, "\(String(describing: sync.error))")
        }
        // The server has exactly what each station's journal has, once.
        #expect(try server.psql("SELECT count(*), count(DISTINCT serial), count(DISTINCT school) FROM tablet") == ["24|24|3"])
        #expect(try server.psql("SELECT count(*) FROM station") == ["3"])
        for station in stations {
            let local = station.district.local
            let instance = try local.instance()
            let journal = try station.fixture.tablets.map { try local.journal(serial: $0.serial).count }.reduce(0, +)
            #expect(journal > 8 * 5)
            #expect(try server.psql("SELECT count(*) FROM journal WHERE instance = '\(instance)'") == ["\(journal)"])
            #expect(try server.psql("SELECT status FROM run WHERE instance = '\(instance)'") == ["done"])
            #expect(try server.psql("SELECT count(*) FROM tablet WHERE instance = '\(instance)' AND status = 'provisioned'") == ["8"])
            #expect(try local.pending().count == 0)
        }
        // Uploading again adds nothing.
        let before = try server.psql("SELECT (SELECT count(*) FROM journal), (SELECT count(*) FROM event), (SELECT count(*) FROM run)")
        for station in stations {
            try station.district.local.queueEverything()
            #expect(station.district.sync().error == nil)
        }
        #expect(try server.psql("SELECT (SELECT count(*) FROM journal), (SELECT count(*) FROM event), (SELECT count(*) FROM run)") == before)
    }

    @Test("a tablet moved from one school's case to another keeps one record, with the history of both")
    func aTabletMoves() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let url = try DistrictURL(server.url())
        let first = try Self.station("vauban", school: "Collège Vauban", seed: "moving", count: 2, server: url)
        #expect(try first.fixture.provision().allSatisfy { $0.problem == nil })
        #expect(first.district.finish(within: 10).error == nil)
        // The same two tablets (same serials), now in another school's case.
        let second = try Self.station("quartier-d-orleans", school: "École Quartier d'Orléans", seed: "moving", count: 2, server: url)
        #expect(try second.fixture.provision().allSatisfy { $0.problem == nil })
        #expect(second.district.finish(within: 10).error == nil)

        let serials = first.fixture.tablets.map(\.serial).sorted()
        #expect(serials == second.fixture.tablets.map(\.serial).sorted())
        #expect(try server.psql("SELECT serial, school FROM tablet ORDER BY serial") == serials.map { "\($0)|École Quartier d'Orléans" })
        #expect(try server.psql("SELECT serial, from_school, to_school FROM tablet_move ORDER BY serial")
                == serials.map { "\($0)|Collège Vauban|École Quartier d'Orléans" })
        for serial in serials {
            #expect(try server.psql("SELECT count(DISTINCT instance) FROM journal WHERE serial = '\(serial)'") == ["2"])
        }
        // The first station uploading its (older) record again does not move the tablet back.
        try first.district.local.queueEverything()
        #expect(first.district.sync().error == nil)
        #expect(try server.psql("SELECT DISTINCT school FROM tablet") == ["École Quartier d'Orléans"])
    }
}

/// Results gathered from several threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<[TabletResult], any Error>] = []
    func add(_ item: Result<[TabletResult], any Error>) { lock.withLock { items.append(item) } }
    var all: [Result<[TabletResult], any Error>] { lock.withLock { items } }
}
