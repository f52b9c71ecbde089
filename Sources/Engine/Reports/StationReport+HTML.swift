import Foundation
import Inventory

extension StationReport {
    /// A self-contained HTML page: totals, then per class or case a picture of its slots coloured by state, and the table.
    public var html: String {
        var body = ""
        let total = rows.count, done = rows.filter { $0.status == "provisioned" }.count
        body += "<p class=\"totals\">\(done) of \(total) tablets provisioned.</p>\n"
        for group in groups {
            body += "<section>\n<h2>\(Self.escape(group.school)) — \(Self.escape(group.unit))</h2>\n"
            body += "<p>\(group.provisioned) provisioned, \(group.needingAHand) need a hand, \(group.needingFirmware) below the firmware level, \(group.rows.count) in all.</p>\n"
            body += Self.picture(group) + "\n<table>\n<tr><th>Slot</th><th>Name</th><th>Serial</th><th>Model</th><th>State</th><th>Firmware</th><th>Firmware level</th><th>Why and fix</th></tr>\n"
            for row in group.rows {
                body += "<tr class=\"\(Self.state(row.status))\"><td>\(row.slot.map(String.init) ?? "-")</td><td>\(Self.escape(row.name))</td>"
                    + "<td>\(Self.escape(row.serial))</td><td>\(Self.escape(row.model))</td><td>\(Self.escape(row.status))</td>"
                    + "<td>\(Self.escape(row.firmware))</td><td>\(Self.escape(row.compliance))</td><td>\(Self.escape(row.reason))</td></tr>\n"
            }
            body += "</table>\n</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Valise — état du parc</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#222} table{border-collapse:collapse;margin:1em 0} td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            tr.provisioned td:nth-child(5){color:#1a7f37} tr.failed td:nth-child(5){color:#b42318} tr.interrupted td:nth-child(5){color:#b54708}
            svg text{font-size:11px;font-family:sans-serif}
            </style></head><body>
            <h1>État du parc de tablettes</h1>
            \(body)</body></html>

            """
    }

    /// The case as a grid of slots (8 per row), each coloured by its tablet's state.
    static func picture(_ group: Group) -> String {
        let slots = group.rows.compactMap(\.slot)
        let count = max(slots.max() ?? 0, group.rows.count)
        let columns = 8, size = 46, gap = 6
        let rowsNeeded = (count + columns - 1) / columns
        let width = columns * (size + gap) + gap, height = rowsNeeded * (size + gap) + gap
        var cells = ""
        for index in 0..<count {
            let slot = index + 1
            let row = group.rows.first { $0.slot == slot }
            let colour: String
            switch row.map({ state($0.status) }) {
            case "provisioned": colour = "#2da44e"
            case "failed": colour = "#d1242f"
            case "interrupted", "provisioning": colour = "#d4a72c"
            case nil: colour = "#eaeef2"
            default: colour = "#8c959f"
            }
            let x = gap + (index % columns) * (size + gap), y = gap + (index / columns) * (size + gap)
            let title = row.map { "\($0.name) \($0.serial): \($0.status)" } ?? "slot \(slot): empty"
            cells += "<g><title>\(escape(title))</title><rect x=\"\(x)\" y=\"\(y)\" width=\"\(size)\" height=\"\(size)\" rx=\"6\" fill=\"\(colour)\"/>"
                + "<text x=\"\(x + size / 2)\" y=\"\(y + size / 2 + 4)\" text-anchor=\"middle\" fill=\"#fff\">\(slot)</text></g>"
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"slots of \(escape(group.unit))\">\(cells)</svg>"
    }

    static func state(_ status: String) -> String {
        ["provisioned", "failed", "interrupted", "provisioning"].contains(status) ? status : "other"
    }

    static func escape(_ text: String) -> String { ReportFormats.html(text) }
}
