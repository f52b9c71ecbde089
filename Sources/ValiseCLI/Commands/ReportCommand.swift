import ArgumentParser
import Devices
import District
import Engine
import Foundation
import Inventory

/// `valise report`: the inventory per school, class and case.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Report the tablets per school, class and case: provisioned, needing a hand (why), firmware.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, html }

    @Option(help: "table, csv, json or html.") var format: Format = .table
    @Option(name: .shortAndLong, help: "Write to this file instead of the terminal.") var output: String?
    @Flag(help: "The whole district from its server (--inventory or VALISE_INVENTORY): per school, class and case, and the district's indicators.")
    var district = false
    @OptionGroup var inventory: InventoryOptions

    func run() throws {
        if district { return try runDistrict() }
        let report = try StationReport(inventory: try InventoryStores.reading(inventory.chosen))
        let text: String
        switch format {
        case .csv: text = report.csv
        case .json: text = try report.json()
        case .html: text = report.html
        case .table:
            guard !report.rows.isEmpty else {
                Console.out("The inventory is empty: no tablet was provisioned from this station yet (VALISE_HOME=\(ValiseHome.path())).")
                return
            }
            text = report.groups.map { group in
                "\(group.school) — \(group.unit): \(group.counts)\n"
                    + TextTable.render(header: ["SLOT", "NAME", "SERIAL", "STATE", "FIRMWARE LEVEL", "WHY AND FIX"],
                                       rows: group.rows.map { [$0.slot.map(String.init) ?? "-", $0.name.isEmpty ? "-" : $0.name, $0.serial, $0.state.rawValue,
                                                               $0.compliance.isEmpty ? "-" : $0.compliance, $0.reason] })
            }.joined(separator: "\n\n") + "\n"
        }
        if let output {
            try writeAtomically(Array(text.utf8), to: output)
            Console.out("Wrote \(output) (\(report.rows.count) tablets).")
        } else {
            Console.out(text, terminator: "")
        }
    }

    /// `--district`: read from the district server (which must answer: the report is the server's view).
    func runDistrict() throws {
        guard let server = try inventory.district() else {
            throw ValidationError("--district reads the district server: give --inventory postgres://USER@HOST:PORT/DATABASE or set VALISE_INVENTORY.")
        }
        let report = try DistrictReport(connection: try PostgresConnection(server))
        let text: String
        switch format {
        case .csv: text = report.csv
        case .json: text = try report.json()
        case .html: text = report.html
        case .table: text = report.table
        }
        if let output {
            try writeAtomically(Array(text.utf8), to: output)
            Console.out("Wrote \(output).")
        } else {
            Console.out(text, terminator: "")
        }
    }
}
