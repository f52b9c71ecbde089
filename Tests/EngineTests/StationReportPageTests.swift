import Foundation
import Inventory
import TestSupport
import Testing
@testable import Engine

/// The HTML report as a parc manager reads and prints it, rendered by a real browser (headless Chromium).
@Suite struct StationReportPageTests {
    static let fingerprint = "samsung/gta7litewifixx/gta7litewifi:13/TP1A.220624.014/X200XXU2CWB1:user/release-keys"
    static let battery = "Tablet slot 3 (VALAD2E09BA) has 4% battery, below the 30% this profile asks for. "
        + "Flashing or enrolling a tablet that may switch off half-way can leave it unusable. "
        + "Fix: Leave it on charge until it passes 30%, then run the command again (finished steps are kept)."
    static let refused = "Tablet 127.0.0.1:5558 did not allow this computer to connect. The tablet refused this computer's key. "
        + "Fix: Unlock the tablet, tick \"Always allow from this computer\", tap Allow, then run the command again."
    static let stopped = "Stopped by the user (Ctrl-C) before it was provisioned. Left to do: apps, settings, wifi, bundle, read-back. "
        + "Fix: Run the same command again: it goes on from here (finished steps are kept)."
    static let hostileModel = "<img src=x onerror=alert(1)>\u{1B}[31m"
    static let longSerial = String(repeating: "V", count: 64)

    /// A case of 16: 12 provisioned, one flat battery, one stopped, one with a hostile model and a 64-character serial
    /// (provisioned, its firmware a 256-character word), one never reached (no slot).
    static func inventory(in folder: URL) throws -> Inventory {
        let inventory = try Inventory(home: folder.path)
        func save(_ serial: String, slot: Int?, status: String, reason: String? = nil, model: String? = "SM-X200",
                  firmware: String = fingerprint) throws {
            var record = TabletRecord(serial: serial, model: model, now: Date(timeIntervalSince1970: 1_790_000_000))
            record.school = "Collège de démonstration"
            record.className = "5A"
            record.slot = slot
            record.name = slot.map { String(format: "DEMO-5A-%02d", $0) }
            record.firmware = model == nil ? nil : firmware
            record.firmwareStatus = model == nil ? nil : "up to date"
            record.address = model == nil ? serial : "1-1.\(slot ?? 0)"
            record.status = status
            record.reason = reason
            try inventory.save(record)
        }
        for slot in [1, 2, 4, 5, 6, 7, 8, 10, 11, 13, 14, 15] { try save(String(format: "VAL%08X", slot * 7919), slot: slot, status: "provisioned") }
        try save("VALAD2E09BA", slot: 3, status: "failed", reason: battery)
        try save("VAL0FF19DC1", slot: 9, status: "stopped", reason: stopped)
        try save(longSerial, slot: 12, status: "provisioned", model: hostileModel, firmware: String(repeating: "F", count: 256))
        try save("127.0.0.1:5558", slot: nil, status: "failed", reason: refused, model: nil)
        return inventory
    }

    @Test func chromiumShowsEveryTabletAndReasonWithoutSidewaysScrollAndPrintsOnA4() throws {
        let chromium = try Chromium()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-page-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try StationReport(inventory: try Self.inventory(in: folder))
        let html = report.html
        #expect(html.contains("@page{size:A4") && html.contains("@media print"))
        #expect(!html.contains("<script"), "the page itself runs no script")

        // Under test only: a script writes the page's width once laid out, for the DOM dump to carry it.
        let probe = "<script>document.documentElement.dataset.scrollWidth = document.documentElement.scrollWidth</script></body>"
        let page = folder.appendingPathComponent("report.html")
        try html.replacingOccurrences(of: "</body>", with: probe).write(to: page, atomically: true, encoding: .utf8)
        let dom = try chromium.dumpDOM(of: page)

        let width = try #require(dom.firstMatch(of: /data-scroll-width="(\d+)"/).flatMap { Int($0.1) }, "\(dom.prefix(400))")
        #expect(width <= 1280, "the page is \(width) px wide at 1280 px: it scrolls sideways")
        for slot in 1...15 { #expect(dom.contains(String(format: "DEMO-5A-%02d", slot))) }
        for text in ["4% battery, below the 30%", "Fix: Leave it on charge until it passes 30%", "127.0.0.1:5558", "did not allow this computer",
                     "Left to do: apps, settings, wifi, bundle, read-back", Self.longSerial] {
            #expect(dom.contains(text), "\(text) is missing from the page")
        }
        #expect(dom.contains("13 of 16 tablets provisioned: 2 need a hand, 1 stopped."), "\(dom)")
        // The legend names every state; the hostile model is text, not an element; the firmware is its short build.
        for word in ["provisioned", "needs a hand", "stopped", "in progress", "empty slot"] { #expect(dom.contains(">\(word)<")) }
        #expect(!dom.contains("<img") && dom.contains("&lt;img src=x onerror=alert(1)&gt;\\e[31m"))
        #expect(dom.contains("title=\"\(Self.fingerprint)\">X200XXU2CWB1</td>"))
        // Those needing a hand come first, the reason in full, before the table of every tablet.
        let hands = try #require(dom.range(of: "Needing a hand")), table = try #require(dom.range(of: "<table"))
        let battery = try #require(dom.range(of: "4% battery")), refused = try #require(dom.range(of: "did not allow this computer"))
        #expect(hands.lowerBound < battery.lowerBound && battery.lowerBound < table.lowerBound && refused.lowerBound < table.lowerBound)

        // Kept for a person to look at: the page at 1280×900, and printed.
        let artifacts = RealAgent.repository.appendingPathComponent(".build/artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let screenshot = artifacts.appendingPathComponent("station-report.png"), pdf = artifacts.appendingPathComponent("station-report.pdf")
        try chromium.screenshot(of: folder.appendingPathComponent("report.html"), to: screenshot)
        try chromium.printToPDF(page, to: pdf)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
        // A4 portrait is 595×842 points.
        let printed = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(printed.contains("/MediaBox [0 0 595") || printed.contains("/MediaBox [0 0 594"), "the print is not A4")
        print("The report page rendered by Chromium: \(screenshot.path) and \(pdf.path)")
    }
}
