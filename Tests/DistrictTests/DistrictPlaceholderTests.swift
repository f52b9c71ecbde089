import District
import Foundation
import Inventory
import TestSupport
import Testing

/// A tablet that did not let the station in is kept under its address ("1-1.3"); once the tablet at that address
/// is reached, that record goes from the station's inventory and, at the next upload, from the district server.
/// On the server such a record is the station's own: another station's port 1-1.3 is another place.
@Suite(.serialized) struct DistrictPlaceholderTests {
    @Test func aTabletKnownByItsAddressGivesWayHereAndOnTheServerOnceReached() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-placeholder-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let url = try DistrictURL(server.url())
        let station = try DistrictInventory(server: url, home: folder, station: "vauban")
        let base = Date(timeIntervalSince1970: 1_790_000_000)
        var unreached = TabletRecord(serial: "1-1.3", now: base)
        unreached.address = "1-1.3"
        unreached.school = "Collège Vauban"
        unreached.status = "failed"
        unreached.reason = "Tablet 1-1.3 did not allow this computer to connect."
        try station.save(unreached)
        var other = TabletRecord(serial: "VAL22", model: "SM-X200", now: base)   // elsewhere: stays
        other.address = "1-1.4"
        try station.save(other)
        #expect(station.sync().error == nil)
        // Another station with its own unreached tablet at its own port 1-1.3.
        let otherFolder = folder + "-marceau"
        defer { try? FileManager.default.removeItem(atPath: otherFolder) }
        let marceau = try DistrictInventory(server: url, home: otherFolder, station: "marceau")
        var elsewhere = TabletRecord(serial: "1-1.3", now: base.addingTimeInterval(30))
        elsewhere.address = "1-1.3"
        elsewhere.school = "Collège Marceau"
        elsewhere.status = "failed"
        try marceau.save(elsewhere)
        #expect(marceau.sync().error == nil)
        let connection = try PostgresConnection(url)
        func serverSerials() throws -> [String?] { try connection.execute("SELECT serial FROM tablet ORDER BY serial").map { $0[0] } }
        func unreachedSchools() throws -> [String?] {
            try connection.execute("SELECT school FROM tablet WHERE serial LIKE '1-1.3@%' ORDER BY school").map { $0[0] }
        }
        #expect(try serverSerials().filter { $0?.hasPrefix("1-1.3") != true } == ["VAL22"])
        #expect(try unreachedSchools() == ["Collège Marceau", "Collège Vauban"], "each station's port 1-1.3 stays its own")

        var reached = TabletRecord(serial: "VAL9C10C226", model: "SM-T220", now: base.addingTimeInterval(60))
        reached.address = "1-1.3"
        reached.status = "provisioned"
        try station.save(reached)
        #expect(try station.tablets().map(\.serial).sorted() == ["VAL22", "VAL9C10C226"])
        #expect(station.sync().error == nil)
        #expect(try serverSerials().filter { $0?.hasPrefix("1-1.3") != true } == ["VAL22", "VAL9C10C226"])
        #expect(try unreachedSchools() == ["Collège Marceau"], "only this station's record of its port went")

        // A tablet whose own serial is the text of an address is a tablet, not a placeholder: it stays.
        var odd = TabletRecord(serial: "1-1.5", model: "SM-T220", now: base)
        odd.address = "1-1.5"
        try station.save(odd)
        var next = TabletRecord(serial: "VAL33", model: "SM-T220", now: base.addingTimeInterval(120))
        next.address = "1-1.5"
        try station.save(next)
        #expect(try station.tablets().map(\.serial).sorted() == ["1-1.5", "VAL22", "VAL33", "VAL9C10C226"])
    }
}
