import District
import Foundation
import Inventory
import TestSupport
import Testing

@Suite("District report: per school, class and case, from stations' uploads", .serialized)
struct DistrictReportTests {
    static let base = Date(timeIntervalSince1970: 1_756_713_600)  // 2025-09-01T08:00:00Z
    static let lycee = "Lycée <script>alert(1)</script> & Cie"
    static let battery = "Battery at 8%, charge it to 50% and plug it in again."

    /// Two stations' journals, uploaded: Collège Vauban (7 tablets, 2 failing for the same reason, station vauban) and the lycée (4, station cassin,
    /// one moved there from Vauban), and one tablet with no school.
    static func fill(_ server: PostgresServer, in folder: String) throws {
        let url = try DistrictURL(server.url())
        let vauban = try DistrictInventory(server: url, home: folder + "/vauban", station: "vauban")
        let cassin = try DistrictInventory(server: url, home: folder + "/cassin", station: "cassin")
        func tablet(_ serial: String, _ school: String?, _ className: String?, _ caseName: String?, _ status: String,
                    firmware: String? = "up to date", reason: String? = nil, at: Date = base) -> TabletRecord {
            var record = TabletRecord(serial: serial, model: "SM-X200", now: at)
            record.school = school
            record.className = className
            record.caseName = caseName
            record.status = status
            record.firmwareStatus = firmware
            record.reason = reason
            return record
        }
        for record in [
            tablet("V1", "Collège Vauban", "6A", "Valise 1", "provisioned"),
            tablet("V2", "Collège Vauban", "6A", "Valise 1", "failed", reason: battery),
            tablet("V3", "Collège Vauban", "6A", "Valise 1", "provisioned", firmware: "needs flashing"),
            tablet("V4", "Collège Vauban", "6A", "Valise 1", "failed", reason: battery),
            tablet("V5", "Collège Vauban", "6B", "Valise 2", "provisioned"),
            tablet("V6", "Collège Vauban", "6B", "Valise 2", "failed", reason: battery),
            tablet("V7", "Collège Vauban", "6B", "Valise 2", "interrupted", firmware: nil, reason: "Unplugged during wifi: plug it in again."),
            tablet("C2", "Collège Vauban", "6A", "Valise 1", "new"),
        ] { try vauban.save(record) }
        let older = try vauban.beginRun(command: "rentree plan.yaml", profile: nil, now: base.addingTimeInterval(-86400))
        try vauban.journal(run: older, serial: "V1", step: "wifi", .done, detail: nil, now: base.addingTimeInterval(-86000))
        // Run 2 is not a rentrée; the lycée's run 2 is (with no journal lines): V5's line must not count for it.
        let provision = try vauban.beginRun(command: "provision --class 6B", profile: nil, now: base.addingTimeInterval(7200))
        try vauban.journal(run: provision, serial: "V5", step: "wifi", .done, detail: nil, now: base.addingTimeInterval(7300))
        let rentree = try vauban.beginRun(command: "rentree plan.yaml", profile: nil, now: base)
        for serial in ["V1", "V2", "V4"] { try vauban.journal(run: rentree, serial: serial, step: "wifi", .started, detail: nil, now: base) }
        try vauban.finishRun(rentree, status: "attention", now: base.addingTimeInterval(600))
        #expect(vauban.sync().error == nil)

        for record in [
            tablet("C1", lycee, nil, "Chariot A", "provisioned", firmware: "unknown model"),
            tablet("C2", lycee, nil, "Chariot A", "provisioned", firmware: "no level set", at: base.addingTimeInterval(3600)),
            tablet("C3", lycee, "", "Chariot A", "new", firmware: nil),
            tablet("C4", nil, nil, nil, "new", firmware: nil),
        ] { try cassin.save(record) }
        let lyceeRun = try cassin.beginRun(command: "rentree lycee.yaml", profile: nil, now: base.addingTimeInterval(1800))
        try cassin.journal(run: lyceeRun, serial: "C1", step: "apps", .done, detail: nil, now: base.addingTimeInterval(1900))
        _ = try cassin.beginRun(command: "rentree lycee.yaml", profile: nil, now: base.addingTimeInterval(9000))
        #expect(cassin.sync().error == nil)
    }

    @Test("figures per group, school and district; stations; moves; CSV, JSON, HTML and the terminal table")
    func report() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-report-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let started = Date()
        try Self.fill(server, in: folder)
        let now = Date()
        let report = try DistrictReport(connection: try PostgresConnection(try DistrictURL(server.url())), now: now)

        #expect(report.groups.map { [$0.school, $0.className, $0.caseName] } == [
            ["-", "-", "-"], ["Collège Vauban", "6A", "Valise 1"], ["Collège Vauban", "6B", "Valise 2"], [Self.lycee, "-", "Chariot A"],
        ])
        let (none, sixA, sixB, chariot) = (report.groups[0], report.groups[1], report.groups[2], report.groups[3])
        #expect([none.tablets, none.provisioned, none.failed, none.firmwareNotChecked] as [Int] == [1, 0, 0, 1])
        #expect([sixA.tablets, sixA.provisioned, sixA.inService, sixA.failed] as [Int] == [4, 2, 1, 2])
        #expect([sixA.upToDate, sixA.needsFlashing, sixA.unknownModel, sixA.firmwareNotChecked] as [Int] == [3, 1, 0, 0])
        #expect(sixA.failureReasons == [.init(reason: Self.battery, count: 2)])
        #expect(sixA.lastRentree == Self.base)
        #expect([sixB.tablets, sixB.provisioned, sixB.inService, sixB.failed, sixB.upToDate, sixB.firmwareNotChecked] as [Int] == [3, 1, 1, 2, 2, 1])
        #expect(sixB.failureReasons.map(\.text) == ["Battery at 8%, charge it to 50% and plug it in again. (1)", "Unplugged during wifi: plug it in again. (1)"])
        #expect(sixB.lastRentree == nil)
        #expect([chariot.tablets, chariot.provisioned, chariot.inService, chariot.failed, chariot.unknownModel, chariot.firmwareNotChecked] as [Int]
            == [3, 2, 2, 0, 1, 2])
        #expect(chariot.lastRentree == Self.base.addingTimeInterval(1800))

        #expect(report.schools.map(\.name) == ["-", "Collège Vauban", Self.lycee])
        let vauban = report.schools[1].indicators
        #expect([vauban.tablets, vauban.provisioned, vauban.inService, vauban.failed] as [Int] == [7, 3, 2, 4])
        #expect(vauban.shareProvisioned == 42.9)
        #expect(report.schools[2].indicators.shareProvisioned == 66.7)
        #expect(report.schools[0].indicators.shareProvisioned == 0)
        let totals = report.totals
        #expect([totals.tablets, totals.provisioned, totals.inService, totals.failed] as [Int] == [11, 5, 4, 4] && totals.shareProvisioned == 45.5)

        #expect(report.stations.map(\.name) == ["cassin", "vauban"])
        #expect(report.stations.map(\.tablets) == [4, 7])
        for station in report.stations { #expect(station.lastUpload >= started.addingTimeInterval(-1) && station.lastUpload <= now.addingTimeInterval(1)) }
        #expect(report.moves == 1)

        // CSV: the header, one line per group, the reasons quoted (they hold commas).
        let lines = Self.parseCSV(report.csv)
        #expect(report.csv.hasSuffix("\r\n") && !report.csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.first == ["school", "class", "case", "tablets", "provisioned", "in_service", "needs_a_hand", "needs_a_hand_reasons", "up_to_date",
                                "needs_flashing", "unknown_model", "firmware_not_checked", "last_rentree"])
        #expect(lines.count == 5 && lines.allSatisfy { $0.count == 13 })
        #expect(lines[2] == ["Collège Vauban", "6A", "Valise 1", "4", "2", "1", "2", Self.battery + " (2)", "3", "1", "0", "0", "2025-09-01T08:00:00Z"])
        #expect(lines[3][7] == Self.battery + " (1); Unplugged during wifi: plug it in again. (1)" && lines[3][12] == "")

        // JSON.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let jsonTotals = try #require(json["totals"] as? [String: Any])
        #expect(jsonTotals["tablets"] as? Int == 11 && jsonTotals["inService"] as? Int == 4 && jsonTotals["shareProvisioned"] as? Double == 45.5)
        #expect(json["moves"] as? Int == 1 && (json["stations"] as? [Any])?.count == 2 && (json["schools"] as? [Any])?.count == 3)
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.count == 4 && groups[1]["lastRentree"] as? String == "2025-09-01T08:00:00Z")
        // The station report's keys (`class`, `case`); a group written with the earlier ones is still read.
        #expect(groups[1]["class"] != nil && groups[1]["case"] != nil && groups[1]["className"] == nil && groups[1]["caseName"] == nil)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let earlier = try JSONSerialization.data(withJSONObject: groups.map { group -> [String: Any] in
            var group = group
            group["className"] = group.removeValue(forKey: "class")
            group["caseName"] = group.removeValue(forKey: "case")
            return group
        })
        #expect(try decoder.decode([DistrictReport.Group].self, from: earlier) == report.groups)

        // HTML: the figures, every database string escaped.
        let html = report.html
        #expect(html.contains("District parc status") && html.contains("3 of 7 tablets provisioned (42.9%), 2 in service, 4 need a hand"))
        #expect(html.contains("5 of 11 tablets provisioned (45.5%)") && html.contains("Battery at 8%, charge it to 50% and plug it in again. (2)"))
        #expect(html.contains("Lycée &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie"))
        #expect(!html.contains("<script") && !html.contains("& Cie") && !html.contains("http"))

        // The terminal.
        let table = report.table
        #expect(table.contains("Collège Vauban: 3 of 7 provisioned (42.9%), 2 in service, 4 need a hand\n"))
        #expect(table.contains("District: 5 of 11 provisioned (45.5%), 4 in service, 4 need a hand\n"))
        #expect(table.contains("2025-09-01 08:00 UTC") && table.contains("Stations:") && table.contains("1 move to another school or case."))
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("  vauban") && $0.hasSuffix("  7") })
        #expect(DistrictReport.Reason(reason: "Battery at 8%…", count: 2).text == "Battery at 8%… (2)")
    }

    @Test("an empty district database gives an empty report with zero totals")
    func empty() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let report = try DistrictReport(connection: try PostgresConnection(try DistrictURL(server.url())), now: Self.base)
        #expect(report.groups.isEmpty && report.schools.isEmpty && report.stations.isEmpty && report.moves == 0)
        let totals = report.totals
        #expect([totals.tablets, totals.provisioned, totals.inService, totals.failed] as [Int] == [0, 0, 0, 0] && totals.shareProvisioned == 0)
        #expect(Self.parseCSV(report.csv).count == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect((json["totals"] as? [String: Any])?["shareProvisioned"] as? Double == 0 && json["generatedAt"] as? String == "2025-09-01T08:00:00Z")
        #expect(report.html.contains("0 of 0 tablets provisioned (0.0%)") && report.html.contains("No station has uploaded yet."))
        #expect(report.table.contains("District: 0 of 0 provisioned (0.0%), 0 in service, 0 need a hand"))
    }

    /// RFC 4180: records split on CRLF outside quotes, fields on commas, "" inside quotes is one quote.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], fields: [String] = [], field = "", quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { fields.append(field); field = ""
            } else if c == "\r\n" || c == "\n" { fields.append(field); records.append(fields); fields = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append(fields) }
        return records
    }
}
