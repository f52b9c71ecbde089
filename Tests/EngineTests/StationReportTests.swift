import Foundation
import Inventory
import Testing
@testable import Engine

@Suite struct StationReportTests {
    @Test func csvQuotesWhatNeedsItAndGroupsFollowSchoolAndClass() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inventory = try Inventory(home: folder.path)
        for (serial, slot, status, reason) in [("B", 2, "failed", "Battery at 4%, \"flat\". Fix: charge it"), ("A", 1, "provisioned", "")] {
            var tablet = TabletRecord(serial: serial, model: "SM-T220", now: Date(timeIntervalSince1970: 1_790_000_000))
            tablet.school = "Collège Soualiga"
            tablet.className = "6B"
            tablet.slot = slot
            tablet.name = "SOU-6B-0\(slot)"
            tablet.status = status
            tablet.reason = reason
            try inventory.save(tablet)
        }
        let report = try StationReport(inventory: inventory)
        let lines = report.csv.components(separatedBy: "\r\n")
        #expect(lines[1] == "Collège Soualiga,6B,,1,SOU-6B-01,A,SM-T220,provisioned,provisioned,,,,2026-09-21T14:13:20Z")
        #expect(lines[2] == "Collège Soualiga,6B,,2,SOU-6B-02,B,SM-T220,needs a hand,failed,,,\"Battery at 4%, \"\"flat\"\". Fix: charge it\",2026-09-21T14:13:20Z")
        #expect(report.groups.count == 1)
        #expect(report.groups[0].provisioned == 1 && report.groups[0].needingAHand == 1)
        let html = report.html
        #expect(html.contains("&quot;flat&quot;"))
        #expect(!html.contains("\"flat\""))
        let decoded = try JSONSerialization.jsonObject(with: Data(try report.json().utf8)) as? [[String: Any]]
        #expect(decoded?.count == 2)
    }

    @Test func jsonKeysAreTheCSVsAndRowsOfEarlierVersionsAreStillRead() throws {
        let earlier = """
            [{"school": "Collège Soualiga", "className": "6B", "caseName": "Valise 2", "slot": 3, "name": "SOU-6B-03", "serial": "B",
              "model": "SM-T220", "status": "interrupted", "firmware": "", "compliance": "", "reason": "Unplugged.",
              "updatedAt": "2026-09-21T14:13:20Z"}]
            """
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let rows = try decoder.decode([StationReport.Row].self, from: Data(earlier.utf8))
        #expect(rows.first?.className == "6B" && rows.first?.caseName == "Valise 2" && rows.first?.state == .needsAHand)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let now = String(decoding: try encoder.encode(rows), as: UTF8.self)
        #expect(now.contains("\"case\":\"Valise 2\"") && now.contains("\"class\":\"6B\"") && now.contains("\"state\":\"needs a hand\""), "\(now)")
        #expect(try decoder.decode([StationReport.Row].self, from: Data(now.utf8)) == rows)
    }

    @Test func aTabletKnownOnlyByItsAddressGivesWayToTheTabletRecordedThereAfterIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inventory = try Inventory(home: folder.path)
        var unreached = TabletRecord(serial: "127.0.0.1:5558", now: Date(timeIntervalSince1970: 1_790_000_000))
        unreached.address = "127.0.0.1:5558"
        unreached.status = "failed"
        unreached.reason = "Tablet 127.0.0.1:5558 did not allow this computer to connect."
        try inventory.save(unreached)
        #expect(try StationReport(inventory: inventory).rows.map(\.serial) == ["127.0.0.1:5558"])
        var allowed = TabletRecord(serial: "VAL9C10C226", model: "Lenovo TB-J606F", now: Date(timeIntervalSince1970: 1_790_000_060))
        allowed.address = "127.0.0.1:5558"
        allowed.status = "provisioned"
        try inventory.save(allowed)
        #expect(try StationReport(inventory: inventory).rows.map(\.serial) == ["VAL9C10C226"])
        #expect(try inventory.tablets().map(\.serial) == ["VAL9C10C226"], "the record kept under the address is gone")
    }
}
