import ArgumentParser
import Devices
import Diagnostics
import District
import Engine
import Foundation
import Inventory

/// `valise report`: the inventory per school, class and case.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report", abstract: Say.helpReportAbstract)
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, html }

    @Option(help: ArgumentHelp(Say.helpReportFormat)) var format: Format = .table
    @Option(name: .shortAndLong, help: ArgumentHelp(Say.helpReportOutput)) var output: String?
    @Flag(help: ArgumentHelp(Say.helpReportDistrict))
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
                Console.out(Say.inventoryEmpty(home: ValiseHome.path()))
                return
            }
            text = report.groups.map { group in
                Say.reportGroupHeading(school: group.school, unit: group.unit, counts: "\(group.counts)") + "\n"
                    + TextTable.render(header: StationReport.tableHeader,
                                       rows: group.rows.map { [$0.slot.map(String.init) ?? "-", $0.name.isEmpty ? "-" : $0.name, $0.serial, $0.state.words,
                                                               $0.compliance.isEmpty ? "-" : Say.firmwareStatus($0.compliance), $0.reason] })
            }.joined(separator: "\n\n") + "\n"
        }
        if let output {
            try writeAtomically(Array(text.utf8), to: output)
            Console.out(Say.wroteReport(output, tablets: report.rows.count))
        } else {
            Console.out(text, terminator: "")
        }
    }

    /// `--district`: read from the district server (which must answer: the report is the server's view).
    func runDistrict() throws {
        guard let server = try inventory.district() else {
            throw ValidationError(Say.districtNeedsServer)
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
            Console.out(Say.wrote(output))
        } else {
            Console.out(text, terminator: "")
        }
    }
}
