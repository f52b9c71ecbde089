import ArgumentParser
import Devices
import Foundation

/// `valise doctor`: what stands between this workstation and its tablets, each finding with its fix.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check USB access, udev rules, a running adb server, tablet authorisations and hubs.",
        discussion: "Exit status 0 when everything is fine, 2 when something needs attention (each finding says the fix).")

    @OptionGroup var tablets: TabletOptions

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Option(name: .customLong("rules-dir"), help: ArgumentHelp("Where to look for udev rules (repeatable; default: the system's folders).", valueName: "DIR"))
    var rulesFolders: [String] = []

    @Option(name: .customLong("max-per-root-port"), help: "Tablets one root port of the workstation should carry at most.")
    var maxPerRootPort = 16

    func run() throws {
        var doctor = Doctor(connector: try tablets.connector(), caseMaps: try tablets.caseMaps())
        if !rulesFolders.isEmpty { doctor.rulesFolders = rulesFolders }
        doctor.maxPerRootPort = maxPerRootPort
        let findings = doctor.run()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(findings), as: UTF8.self))
        } else {
            for finding in findings {
                Console.out("\(finding.level.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))\(finding.check): \(finding.message)")
                if let fix = finding.fix { Console.out("         Fix: \(fix)") }
            }
        }
        let attention = findings.filter { $0.level != .ok }.count
        if attention > 0 {
            if !json { Console.out("\(attention) finding\(attention == 1 ? "" : "s") need\(attention == 1 ? "s" : "") attention.") }
            throw ExitCode(2)
        }
        if !json { Console.out("All good.") }
    }
}
