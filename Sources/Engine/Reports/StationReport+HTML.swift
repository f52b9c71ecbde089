import ADB
import Diagnostics
import Foundation
import Inventory

extension StationReport {
    /// A self-contained HTML page for the bilan: the totals, then per class or case its slots drawn with a legend
    /// (each slot's name and state), the tablets needing a hand first with the reason and the fix in full, and every
    /// tablet in a table (the firmware as its short build, the full fingerprint on hover). It fits 1280 px without
    /// scrolling sideways and prints on A4. Every text is escaped: tablets choose what they say.
    public var html: String {
        var body = "<p class=\"totals\">\(Self.totals(rows))</p>\n"
        for group in groups {
            body += "<section>\n<h2>\(Self.escape(group.school)) — \(Self.escape(group.unit))</h2>\n"
            body += "<p class=\"counts\">\(Self.escape(Say.countsInAll(group.counts, group.rows.count)))</p>\n"
            body += Self.picture(group) + Self.hands(group) + Self.table(group) + "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(Language.current.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(Say.reportPageTitle))</title>
            <style>\(Self.style)</style></head><body><main>
            <h1>\(Self.escape(Say.reportPageHeading))</h1>
            \(body)</main></body></html>

            """
    }

    /// "12 of 16 tablets provisioned: 3 need a hand, 1 stopped."
    static func totals(_ rows: [Row]) -> String {
        let others = TabletState.allCases.filter { $0 != .provisioned }.compactMap { state -> String? in
            let count = rows.filter { $0.state == state }.count
            return count == 0 ? nil : state.count(count)
        }
        let provisioned = rows.filter { $0.state == .provisioned }.count
        return Say.reportTotals(provisioned: provisioned, of: rows.count, others: others)
    }

    /// The case as its slots (8 to a row), each with its number, name and state; tablets without a slot (never
    /// reached) after them; the legend under it.
    static func picture(_ group: Group) -> String {
        let count = max(group.rows.compactMap(\.slot).max() ?? 0, group.rows.filter { $0.slot != nil }.count)
        var tiles = ""
        for slot in stride(from: 1, through: count, by: 1) {
            if let row = group.rows.first(where: { $0.slot == slot }) {
                tiles += tile(number: String(slot), name: row.name, state: row.state, title: Say.reportTileTitle("\(row.name) \(row.serial)", state: row.state.words))
            } else {
                tiles += "<li class=\"slot empty\" title=\"\(escape(Say.reportSlotEmpty(slot)))\"><b>\(slot)</b><span>\(escape(Say.reportEmpty))</span></li>"
            }
        }
        for row in group.rows where row.slot == nil {
            tiles += tile(number: "?", name: row.name.isEmpty ? row.serial : row.name, state: row.state,
                          title: Say.reportTileNoSlot(row.serial, state: row.state.words))
        }
        let legend = TabletState.allCases.map { "<li class=\"slot \(css($0))\">\(escape($0.words))</li>" }.joined()
            + "<li class=\"slot empty\">\(escape(Say.reportLegendEmpty))</li><li class=\"slot noslot\">\(escape(Say.reportLegendNoSlot))</li>"
        return "<figure class=\"case\"><ol class=\"slots\" aria-label=\"\(escape(Say.reportSlotsOf(group.unit)))\">\(tiles)</ol>\n"
            + "<figcaption><ul class=\"legend\">\(legend)</ul></figcaption></figure>\n"
    }

    static func tile(number: String, name: String, state: TabletState, title: String) -> String {
        "<li class=\"slot \(css(state))\(number == "?" ? " noslot" : "")\" title=\"\(escape(title))\"><b>\(number)</b>"
            + "<span class=\"name\">\(escape(name.isEmpty ? "-" : name))</span><span class=\"state\">\(escape(state.words))</span></li>"
    }

    /// The tablets needing a hand, then the stopped ones, each with its reason and fix in full.
    static func hands(_ group: Group) -> String {
        let needing = group.rows.filter { $0.state == .needsAHand } + group.rows.filter { $0.state == .stopped }
        guard !needing.isEmpty else { return "" }
        let items = needing.map { row in
            let who = [row.slot.map(Say.reportSlot) ?? Say.reportNoSlot, row.name, row.serial].filter { !$0.isEmpty }.map(escape).joined(separator: " · ")
            return "<li class=\"\(css(row.state))\"><p class=\"who\">\(who) — \(escape(row.state.words))</p><p class=\"why\">\(escape(row.reason))</p></li>"
        }
        return "<h3>\(escape(Say.reportNeedingAHand))</h3>\n<ol class=\"hands\">\(items.joined(separator: "\n"))</ol>\n"
    }

    /// Every tablet: those needing a hand first, then by slot.
    static func table(_ group: Group) -> String {
        let order: [TabletState] = [.needsAHand, .stopped, .inProgress, .provisioned]
        let sorted = order.flatMap { state in group.rows.filter { $0.state == state } }
        var rows = ""
        for row in sorted {
            rows += "<tr class=\"\(css(row.state))\"><td>\(row.slot.map(String.init) ?? "-")</td><td>\(escape(row.name.isEmpty ? "-" : row.name))</td>"
                + "<td>\(escape(row.serial))</td><td>\(escape(row.model.isEmpty ? "-" : row.model))</td><td class=\"state\">\(escape(row.state.words))</td>"
                + "<td title=\"\(escape(row.firmware))\">\(escape(shortBuild(row.firmware)))</td><td>\(escape(row.compliance.isEmpty ? "-" : Say.firmwareStatus(row.compliance)))</td></tr>\n"
        }
        return "<table>\n<colgroup><col class=\"n\"><col><col><col><col class=\"s\"><col><col></colgroup>\n"
            + "<thead><tr>\(Say.reportPageColumns.map { "<th>\(escape($0))</th>" }.joined())</tr></thead>\n"
            + "<tbody>\n\(rows)</tbody></table>\n"
    }

    /// The build of a fingerprint (`brand/product/device:release/id/incremental:type/tags` → `incremental`); other
    /// text cut to 24 characters.
    static func shortBuild(_ firmware: String) -> String {
        let parts = firmware.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 3, let build = parts[1].split(separator: "/").last, !build.isEmpty { return String(build) }
        return firmware.count > 24 ? firmware.prefix(23) + "…" : (firmware.isEmpty ? "-" : firmware)
    }

    static func css(_ state: TabletState) -> String { state.rawValue.replacingOccurrences(of: " ", with: "-") }

    /// Text made safe to show (`TabletText`), then for HTML elements and attributes.
    static func escape(_ text: String) -> String { ReportFormats.html(TabletText.clean(text)) }

    static let style = """
        *{box-sizing:border-box} body{font-family:sans-serif;margin:0;color:#1f2328;background:#fff}
        main{max-width:1180px;margin:0 auto;padding:1.5em 1.5em 3em}
        h1{font-size:1.6em;margin:.2em 0} h2{font-size:1.25em;margin:1.6em 0 .2em} h3{font-size:1.05em;margin:1.2em 0 .4em}
        .slots,.legend,.hands{list-style:none;margin:0;padding:0}
        .slots{display:grid;grid-template-columns:repeat(8,minmax(0,1fr));gap:6px;margin:.8em 0}
        .slot{border:2px solid #8c959f;border-radius:6px;padding:.3em .4em;min-width:0;overflow-wrap:anywhere;background:#f6f8fa}
        .slot b{display:block;font-size:1.1em} .slot span{display:block;font-size:.8em}
        .slot.provisioned{background:#dafbe1;border-color:#1a7f37} .slot.needs-a-hand{background:#ffebe9;border:3px dashed #b42318}
        .slot.stopped{background:#fff8c5;border-color:#9a6700;border-style:dotted} .slot.in-progress{background:#ddf4ff;border-color:#0969da}
        .slot.empty{background:#fff;border-style:dashed;border-color:#d0d7de;color:#656d76} .slot.noslot b{font-style:italic}
        figure{margin:0} .legend{display:flex;flex-wrap:wrap;gap:6px;font-size:.85em} .legend .slot{padding:.1em .6em}
        .hands li{border-left:4px solid #b42318;padding:.3em .8em;margin:.5em 0;background:#fff5f5}
        .hands li.stopped{border-left-color:#9a6700;background:#fffbe6} .hands p{margin:.15em 0;overflow-wrap:anywhere} .who{font-weight:bold}
        table{border-collapse:collapse;width:100%;table-layout:fixed;margin:1em 0;font-size:.9em}
        td,th{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        col.n{width:4em} col.s{width:9em} tr.needs-a-hand td.state{color:#b42318;font-weight:bold} tr.provisioned td.state{color:#1a7f37}
        tr.stopped td.state{color:#9a6700}
        @page{size:A4;margin:12mm}
        @media print{main{max-width:none;padding:0} body{font-size:10pt} .slots{gap:3px} section{break-before:auto}
        tr,.hands li,.slot{break-inside:avoid} .slot,.hands li{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """
}
