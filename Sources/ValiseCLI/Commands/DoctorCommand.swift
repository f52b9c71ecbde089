import ArgumentParser
import Devices
import District
import Foundation

/// `valise doctor`: what stands between this workstation and its tablets, each finding with its fix.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check USB access, udev rules, a running adb server, tablet authorisations, hubs, the parc keys, the secrets file, "
            + "a profile's agent APK, --tcp tablets and the district inventory.",
        discussion: "Exit status 0 when everything is fine, 2 when something needs attention (each finding says the fix).")

    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Option(name: .customLong("rules-dir"), help: ArgumentHelp("Where to look for udev rules (repeatable; default: the system's folders).", valueName: "DIR"))
    var rulesFolders: [String] = []

    @Option(name: .customLong("max-per-root-port"), help: "Tablets one root port of the workstation should carry at most.")
    var maxPerRootPort = 16

    @Option(help: "A class profile whose agent APK to check too.")
    var profile: String?

    func run() throws {
        var doctor = Doctor(connector: try tablets.connector(), caseMaps: try tablets.caseMaps())
        if !rulesFolders.isEmpty { doctor.rulesFolders = rulesFolders }
        doctor.maxPerRootPort = maxPerRootPort
        var findings = doctor.run() + stationFindings()
        if let server = try inventory.district() { findings.append(Self.district(server)) }
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

    /// How far behind the district server this station is.
    static func district(_ server: DistrictURL, now: Date = Date()) -> DoctorFinding {
        let status: DistrictStatus
        do { status = try DistrictInventory(server: server, home: ValiseHome.path()).status() } catch {
            return DoctorFinding("district", .problem, "This station's journal cannot be read: \(error)", fix: "Check VALISE_HOME and the disk.")
        }
        let reachable: DistrictError?
        do { _ = try PostgresConnection(server) ; reachable = nil } catch let error as DistrictError { reachable = error } catch {
            reachable = .unreachable(server.redacted, "\(error)")
        }
        let last = status.lastUpload.map { "last upload \(Self.ago($0, now: now)) ago" } ?? "nothing uploaded yet"
        if status.waiting == 0 {
            if let reachable { return DoctorFinding("district", .warning, "Up to date (\(last)), but the server cannot be reached now.", fix: reachable.description) }
            return DoctorFinding("district", .ok, "\(server.redacted): up to date, \(last).")
        }
        let since = status.waitingSince.map { " (the oldest \(Self.ago($0, now: now)) old)" } ?? ""
        let behind = "\(status.waiting) change\(status.waiting == 1 ? "" : "s") wait on this station\(since); \(last)."
        if let reachable { return DoctorFinding("district", .warning, behind, fix: reachable.description) }
        return DoctorFinding("district", .warning, behind + " The server answers now.", fix: "Run `valise sync` (stations also upload by themselves while they run).")
    }

    /// "42 s", "3 min", "2 h", "5 days".
    static func ago(_ date: Date, now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        switch seconds {
        case ..<120: return "\(seconds) s"
        case ..<7200: return "\(seconds / 60) min"
        case ..<172_800: return "\(seconds / 3600) h"
        default: return "\(seconds / 86_400) days"
        }
    }
}
