import ArgumentParser
import Devices
import Diagnostics
import Foundation

/// `valise devices`: every tablet with its slot, serial, model, Android version, battery and state.
struct DevicesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "devices", abstract: Say.helpDevicesAbstract)
    }

    @OptionGroup var tablets: TabletOptions

    @Flag(name: .long, help: ArgumentHelp(Say.helpJSONTable))
    var json = false

    @Flag(name: .long, help: ArgumentHelp(Say.helpDevicesWatch))
    var watch = false

    @Option(name: .customLong("watch-seconds"), help: ArgumentHelp(Say.helpWatchSeconds, visibility: .hidden))
    var watchSeconds: Double?

    func run() throws {
        let directory = try tablets.directory()
        if watch {
            try DevicesWatch(directory: directory, json: json).run(seconds: watchSeconds)
            return
        }
        let summaries = directory.summaries()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(summaries), as: UTF8.self))
            return
        }
        if summaries.isEmpty {
            Console.out(Say.noTabletsListed)
            return
        }
        Console.out(Self.table(summaries))
        for line in summaries where line.problem != nil {
            Console.error(TabletText.clean(Say.slotProblem(line.slot, address: line.address, serial: line.serial, line.problem ?? line.state.rawValue)))
        }
    }

    static func table(_ summaries: [DeviceSummary]) -> String {
        let cases = Set(summaries.compactMap(\.caseName))
        let header = (cases.count > 1 ? [Say.headerCase] : [])
            + [Say.headerSlot, Say.headerSerial, Say.headerModel, Say.headerAndroid, Say.headerBattery, Say.headerState, Say.headerAddress]
        let rows = summaries.map { s in
            (cases.count > 1 ? [s.caseName ?? "-"] : [])
                + [s.slot.map(String.init) ?? "-", s.serial, s.model ?? "-", s.android ?? "-", s.battery.map { "\($0)%" } ?? "-",
                   s.state.rawValue, s.address]
        }
        return TextTable.render(header: header, rows: rows)
    }
}

/// Left-aligned columns separated by two spaces; what a tablet said is shown safely (`TabletText.clean`).
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows.map { $0.map { TabletText.clean($0) } }
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
