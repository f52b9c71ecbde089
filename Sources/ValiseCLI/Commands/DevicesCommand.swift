import ArgumentParser
import Devices
import Foundation

/// `valise devices`: every tablet with its slot, serial, model, Android version, battery and state.
struct DevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "devices", abstract: "List the tablets: slot, serial, model, Android, battery, state.")

    @OptionGroup var tablets: TabletOptions

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let addresses = try tablets.addresses()
        let summaries = DeviceDirectory(connector: try tablets.connector(), addresses: addresses).summaries()
            .sorted { ($0.slot ?? Int.max, $0.address) < ($1.slot ?? Int.max, $1.address) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(summaries), as: UTF8.self))
            return
        }
        if summaries.isEmpty {
            Console.out("No tablets. Plug a case in, or give --tcp HOST:PORT for tablets over the network (VALISE_TCP also works).")
            return
        }
        Console.out(Self.table(summaries))
    }

    static func table(_ summaries: [DeviceSummary]) -> String {
        let header = ["SLOT", "SERIAL", "MODEL", "ANDROID", "BATTERY", "STATE", "ADDRESS"]
        let rows = summaries.map { s in
            [s.slot.map(String.init) ?? "-", s.serial, s.model ?? "-", s.android ?? "-", s.battery.map { "\($0)%" } ?? "-",
             s.state.rawValue, s.address]
        }
        return TextTable.render(header: header, rows: rows)
    }
}

/// Left-aligned columns separated by two spaces.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
