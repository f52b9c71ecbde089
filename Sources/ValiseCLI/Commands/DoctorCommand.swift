import ArgumentParser
import Devices
import Diagnostics
import District
import Foundation

/// `valise doctor`: what stands between this workstation and its tablets, each finding with its fix.
struct DoctorCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "doctor",
            abstract: Say.helpDoctorAbstract,
            discussion: Say.helpDoctorDiscussion)
    }

    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions

    @Flag(name: .long, help: ArgumentHelp(Say.helpJSONText))
    var json = false

    @Option(name: .customLong("rules-dir"), help: ArgumentHelp(Say.helpRulesDir, valueName: "DIR"))
    var rulesFolders: [String] = []

    @Option(name: .customLong("max-per-root-port"), help: ArgumentHelp(Say.helpMaxPerRootPort))
    var maxPerRootPort = 16

    @Option(help: ArgumentHelp(Say.helpDoctorProfile))
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
                Console.out(Say.doctorLine(level: finding.level.rawValue, check: finding.check, finding.message))
                if let fix = finding.fix { Console.out(Say.doctorFix(fix)) }
            }
        }
        let attention = findings.filter { $0.level != .ok }.count
        if attention > 0 {
            if !json { Console.out(Say.findingsNeedAttention(attention)) }
            throw ExitCode(2)
        }
        if !json { Console.out(Say.allGood) }
    }

    /// How far behind the district server this station is.
    static func district(_ server: DistrictURL, now: Date = Date()) -> DoctorFinding {
        let status: DistrictStatus
        do { status = try DistrictInventory(server: server, home: ValiseHome.path()).status() } catch {
            return DoctorFinding("district", .problem, Say.journalUnreadable("\(error)"), fix: Say.checkHomeAndDisk)
        }
        let reachable: DistrictError?
        do { _ = try PostgresConnection(server) ; reachable = nil } catch let error as DistrictError { reachable = error } catch {
            reachable = .unreachable(server.redacted, "\(error)")
        }
        let last = Say.lastUpload(ago: status.lastUpload.map { Self.ago($0, now: now) })
        if status.waiting == 0 {
            if let reachable { return DoctorFinding("district", .warning, Say.upToDateButUnreachable(last), fix: reachable.description) }
            return DoctorFinding("district", .ok, Say.districtFine(server.redacted, last: last))
        }
        let behind = Say.changesWait(status.waiting, oldest: status.waitingSince.map { Self.ago($0, now: now) }, last: last)
        if let reachable { return DoctorFinding("district", .warning, behind, fix: reachable.description) }
        return DoctorFinding("district", .warning, behind + Say.serverAnswersNow, fix: Say.runSync)
    }

    /// "42 s", "3 min", "2 h", "5 days".
    static func ago(_ date: Date, now: Date) -> String {
        Say.duration(seconds: max(0, Int(now.timeIntervalSince(date))))
    }
}
