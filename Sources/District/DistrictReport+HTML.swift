import Diagnostics
import Foundation
import Inventory

extension DistrictReport {
    /// A self-contained HTML page (no external resources): the district's totals, per school its indicators and a table
    /// of its classes and cases, then the stations. Every string from the database is escaped.
    public var html: String {
        var body = "<p class=\"totals\">\(Self.escape(Say.districtAcross(Self.summary(totals, withNoun: true), schools: schools.count)))</p>\n"
        for school in schools {
            let share = min(100, max(0, school.indicators.shareProvisioned))
            body += "<section>\n<h2>\(Self.escape(school.name))</h2>\n<p>\(Self.escape(Self.summary(school.indicators, withNoun: true)))</p>\n"
            body += "<div class=\"bar\" title=\"\(Self.escape(Say.districtShareProvisioned(share)))\"><div style=\"width:\(Self.percent(share))\"></div></div>\n"
            body += "<table>\n<tr>" + Say.districtPageColumns.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr>\n"
            for group in groups where group.school == school.name {
                let reasons = group.failureReasons.map { Self.escape($0.text) }.joined(separator: "<br>")
                body += "<tr><td>\(Self.escape(group.className))</td><td>\(Self.escape(group.caseName))</td><td>\(group.tablets)</td>"
                    + "<td class=\"ok\">\(group.provisioned)</td><td>\(group.inService)</td><td class=\"\(group.failed > 0 ? "failed" : "")\">\(group.failed)</td>"
                    + "<td>\(reasons)</td><td>\(group.upToDate)</td><td class=\"\(group.needsFlashing > 0 ? "flash" : "")\">\(group.needsFlashing)</td>"
                    + "<td>\(group.unknownModel)</td><td>\(group.firmwareNotChecked)</td><td>\(group.lastRentree.map(Self.day) ?? "-")</td></tr>\n"
            }
            body += "</table>\n</section>\n"
        }
        body += "<section>\n<h2>\(Self.escape(Say.districtStationsHeading))</h2>\n"
        if stations.isEmpty {
            body += "<p>\(Self.escape(Say.districtNoStation))</p>\n"
        } else {
            body += "<table>\n<tr>" + Say.districtStationColumns.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr>\n"
            for station in stations {
                body += "<tr><td>\(Self.escape(station.name))</td><td>\(Self.day(station.firstUpload))</td>"
                    + "<td>\(Self.day(station.lastUpload)) (\(Self.age(of: station.lastUpload, at: generatedAt)))</td><td>\(station.tablets)</td></tr>\n"
            }
            body += "</table>\n"
        }
        body += "</section>\n<section>\n<h2>\(Self.escape(Say.districtMovesHeading))</h2>\n<p>\(Self.escape(Say.districtMovesOfATablet(moves)))</p>\n</section>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(Language.current.rawValue)"><head><meta charset="utf-8"><title>\(Self.escape(Say.districtPageTitle))</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#222} table{border-collapse:collapse;margin:1em 0} td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            td.ok{color:#1a7f37} td.failed{color:#b42318} td.flash{color:#b54708} .generated{color:#57606a}
            .bar{width:24em;height:.8em;background:#eaeef2;border-radius:.4em;overflow:hidden} .bar div{height:100%;background:#2da44e}
            </style></head><body>
            <h1>\(Self.escape(Say.districtPageHeading))</h1>
            <p class="generated">\(Self.escape(Say.districtGenerated(Self.day(generatedAt))))</p>
            \(body)</body></html>

            """
    }

    /// For the terminal: per school its indicators and a table of its classes and cases, then the stations.
    /// Control characters in database strings (escape sequences) are shown as "?".
    public var table: String {
        var out = ""
        for school in schools {
            out += Say.districtSchoolLine(Self.plain(school.name), Self.summary(school.indicators, withNoun: false)) + "\n"
            var rows = [Say.districtTableColumns]
            var reasons: [String] = []
            for group in groups where group.school == school.name {
                rows.append([Self.plain(group.className), Self.plain(group.caseName), "\(group.tablets)", "\(group.provisioned)", "\(group.inService)", "\(group.failed)",
                             "\(group.upToDate)", "\(group.needsFlashing)", "\(group.unknownModel)", group.lastRentree.map(Self.day) ?? "-"])
                reasons += group.failureReasons.map { Self.plain("  \(group.className) \(group.caseName): \($0.text)") }
            }
            out += Self.columns(rows)
            if !reasons.isEmpty { out += "  \(Say.districtWhyNeedAHand)\n" + reasons.map { "  \($0)\n" }.joined() }
            out += "\n"
        }
        out += Say.districtTotalLine(Self.summary(totals, withNoun: false)) + "\n"
        out += Say.districtMoves(moves) + "\n\n"
        if stations.isEmpty { return out + Say.districtNoStation + "\n" }
        out += Say.districtStationsLabel + "\n"
        out += Self.columns([Say.districtStationTableColumns]
            + stations.map { [Self.plain($0.name), Self.day($0.lastUpload), Self.age(of: $0.lastUpload, at: generatedAt), "\($0.tablets)"] })
        return out
    }

    /// "30 of 32 provisioned (93.8%), 29 in service, 2 need a hand" ("30 of 32 tablets provisioned…" `withNoun`).
    static func summary(_ figures: Indicators, withNoun: Bool) -> String {
        Say.districtFigures(provisioned: figures.provisioned, of: figures.tablets, share: figures.shareProvisioned, inService: figures.inService,
                            needingAHand: figures.failed, withNoun: withNoun)
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share) }

    /// Left-aligned columns, two spaces apart, indented by two.
    static func columns(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { $0.element + String(repeating: " ", count: widths[$0.offset] - $0.element.count) }
            return "  " + cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }.joined()
    }

    /// "2025-09-01 08:00 UTC".
    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }

    /// "3 h ago", "2 days ago".
    static func age(of date: Date, at now: Date) -> String {
        Say.ago(seconds: max(0, now.timeIntervalSince(date)))
    }

    /// Text for the terminal: control characters replaced.
    static func plain(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }

    /// Text for HTML content and attribute values.
    static func escape(_ text: String) -> String { ReportFormats.html(text) }
}
