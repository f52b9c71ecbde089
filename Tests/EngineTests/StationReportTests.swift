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
        #expect(lines[1] == "Collège Soualiga,6B,,1,SOU-6B-01,A,SM-T220,provisioned,,,,2026-09-21T14:13:20Z")
        #expect(lines[2] == "Collège Soualiga,6B,,2,SOU-6B-02,B,SM-T220,failed,,,\"Battery at 4%, \"\"flat\"\". Fix: charge it\",2026-09-21T14:13:20Z")
        #expect(report.groups.count == 1)
        #expect(report.groups[0].provisioned == 1 && report.groups[0].needingAHand == 1)
        let html = report.html
        #expect(html.contains("&quot;flat&quot;"))
        #expect(!html.contains("\"flat\""))
        let decoded = try JSONSerialization.jsonObject(with: Data(try report.json().utf8)) as? [[String: Any]]
        #expect(decoded?.count == 2)
    }
}
