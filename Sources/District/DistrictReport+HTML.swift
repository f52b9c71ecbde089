import Foundation
import Inventory

extension DistrictReport {
    /// A self-contained HTML page (no external resources): the district's totals, per school its indicators and a table
    /// of its classes and cases, then the stations. Every string from the database is escaped.
    public var html: String {
        var body = "<p class=\"totals\">\(Self.summary(totals, tablets: "tablets")) across \(schools.count) school\(schools.count == 1 ? "" : "s").</p>\n"
        for school in schools {
            let share = min(100, max(0, school.indicators.shareProvisioned))
            body += "<section>\n<h2>\(Self.escape(school.name))</h2>\n<p>\(Self.summary(school.indicators, tablets: "tablets"))</p>\n"
            body += "<div class=\"bar\" title=\"\(Self.percent(share)) provisioned\"><div style=\"width:\(Self.percent(share))\"></div></div>\n"
            body += "<table>\n<tr><th>Classe</th><th>Valise</th><th>Tablets</th><th>Provisioned</th><th>In service</th><th>Needs a hand</th>"
                + "<th>Why they need a hand</th><th>Up to date</th><th>Needs flashing</th><th>Unknown model</th><th>Not checked</th><th>Last rentrée</th></tr>\n"
            for group in groups where group.school == school.name {
                let reasons = group.failureReasons.map { Self.escape($0.text) }.joined(separator: "<br>")
                body += "<tr><td>\(Self.escape(group.className))</td><td>\(Self.escape(group.caseName))</td><td>\(group.tablets)</td>"
                    + "<td class=\"ok\">\(group.provisioned)</td><td>\(group.inService)</td><td class=\"\(group.failed > 0 ? "failed" : "")\">\(group.failed)</td>"
                    + "<td>\(reasons)</td><td>\(group.upToDate)</td><td class=\"\(group.needsFlashing > 0 ? "flash" : "")\">\(group.needsFlashing)</td>"
                    + "<td>\(group.unknownModel)</td><td>\(group.firmwareNotChecked)</td><td>\(group.lastRentree.map(Self.day) ?? "-")</td></tr>\n"
            }
            body += "</table>\n</section>\n"
        }
        body += "<section>\n<h2>Postes de la valise</h2>\n"
        if stations.isEmpty {
            body += "<p>No station has uploaded yet.</p>\n"
        } else {
            body += "<table>\n<tr><th>Station</th><th>First upload</th><th>Last upload</th><th>Tablets last sent</th></tr>\n"
            for station in stations {
                body += "<tr><td>\(Self.escape(station.name))</td><td>\(Self.day(station.firstUpload))</td>"
                    + "<td>\(Self.day(station.lastUpload)) (\(Self.age(of: station.lastUpload, at: generatedAt)))</td><td>\(station.tablets)</td></tr>\n"
            }
            body += "</table>\n"
        }
        body += "</section>\n<section>\n<h2>Changements d'établissement</h2>\n<p>\(moves) move\(moves == 1 ? "" : "s") of a tablet to another school or case.</p>\n</section>\n"
        return """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Valise — état du parc du district</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#222} table{border-collapse:collapse;margin:1em 0} td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            td.ok{color:#1a7f37} td.failed{color:#b42318} td.flash{color:#b54708} .generated{color:#57606a}
            .bar{width:24em;height:.8em;background:#eaeef2;border-radius:.4em;overflow:hidden} .bar div{height:100%;background:#2da44e}
            </style></head><body>
            <h1>État du parc du district</h1>
            <p class="generated">Generated \(Self.day(generatedAt)).</p>
            \(body)</body></html>

            """
    }

    /// For the terminal: per school its indicators and a table of its classes and cases, then the stations.
    /// Control characters in database strings (escape sequences) are shown as "?".
    public var table: String {
        var out = ""
        for school in schools {
            out += "\(Self.plain(school.name)): \(Self.summary(school.indicators, tablets: nil))\n"
            var rows = [["class", "case", "tablets", "provisioned", "in service", "needs a hand", "up to date", "needs flashing", "unknown model", "last rentrée"]]
            var reasons: [String] = []
            for group in groups where group.school == school.name {
                rows.append([Self.plain(group.className), Self.plain(group.caseName), "\(group.tablets)", "\(group.provisioned)", "\(group.inService)", "\(group.failed)",
                             "\(group.upToDate)", "\(group.needsFlashing)", "\(group.unknownModel)", group.lastRentree.map(Self.day) ?? "-"])
                reasons += group.failureReasons.map { Self.plain("  \(group.className) \(group.caseName): \($0.text)") }
            }
            out += Self.columns(rows)
            if !reasons.isEmpty { out += "  Why they need a hand:\n" + reasons.map { "  \($0)\n" }.joined() }
            out += "\n"
        }
        out += "District: \(Self.summary(totals, tablets: nil))\n"
        out += "\(moves) move\(moves == 1 ? "" : "s") to another school or case.\n\n"
        if stations.isEmpty { return out + "No station has uploaded yet.\n" }
        out += "Stations:\n"
        out += Self.columns([["station", "last upload", "", "tablets last sent"]]
            + stations.map { [Self.plain($0.name), Self.day($0.lastUpload), Self.age(of: $0.lastUpload, at: generatedAt), "\($0.tablets)"] })
        return out
    }

    /// "30 of 32 provisioned (93.8%), 29 in service, 2 need a hand".
    static func summary(_ figures: Indicators, tablets: String?) -> String {
        "\(figures.provisioned) of \(figures.tablets)\(tablets.map { " " + $0 } ?? "") provisioned (\(percent(figures.shareProvisioned))), "
            + "\(figures.inService) in service, \(figures.failed) \(figures.failed == 1 ? "needs" : "need") a hand"
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
        let seconds = max(0, now.timeIntervalSince(date))
        switch seconds {
        case ..<60: return "just now"
        case ..<3600: return "\(Int(seconds / 60)) min ago"
        case ..<172_800: return "\(Int(seconds / 3600)) h ago"
        default: return "\(Int(seconds / 86400)) days ago"
        }
    }

    /// Text for the terminal: control characters replaced.
    static func plain(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }

    /// Text for HTML content and attribute values.
    static func escape(_ text: String) -> String { ReportFormats.html(text) }
}
