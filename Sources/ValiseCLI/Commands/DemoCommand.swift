import ArgumentParser
import Devices
import Diagnostics
import Engine
import Foundation
import Inventory
import Profiles
import Signing
import Simulator
import Transports

/// `valise demo`: a simulated case provisioned end to end, in a temporary VALISE_HOME.
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "demo", abstract: Say.helpDemoAbstract,
            discussion: Say.helpDemoDiscussion)
    }

    @Option(help: ArgumentHelp(Say.helpDemoCount)) var count = 16
    @Option(help: ArgumentHelp(Say.helpDemoProfiles(installed: InstalledFiles.demoProfiles),
                               valueName: "DIR"))
    var profiles: String?
    @Option(help: ArgumentHelp(Say.helpJobs)) var jobs = 16
    @Option(help: ArgumentHelp(Say.helpDemoReport,
                               valueName: "FILE"))
    var report: String?

    func run() throws {
        let startedAt = ContinuousClock.now
        guard (1...64).contains(count) else { throw ValidationError(Say.mustBeBetween("--count", 1, 64)) }
        let profiles = try profiles ?? InstalledFiles.demoProfileFolder()
        guard FileManager.default.fileExists(atPath: profiles + "/5A.yaml") else {
            throw ValidationError(Say.demoProfileMissing(profiles + "/5A.yaml"))
        }
        // The station's VALISE_HOME (the demo's own tablets and inventory live in a temporary one, removed at the end).
        let report = try report ?? Self.reportInStationHome()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("valise-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let home = work.appendingPathComponent("home")
        setenv("VALISE_HOME", home.path, 1)
        if ProcessInfo.processInfo.environment["VALISE_DEMO_WIFI_PSK"] == nil { setenv("VALISE_DEMO_WIFI_PSK", "valise-demo-wifi", 1) }

        // The demo class names the agent APK that Scripts/build-agent makes.
        let resolved = try ProfileOptions.parse(["--profile", profiles + "/5A.yaml", "--allow-unconfirmed"]).resolveForTablets()

        _ = try ParcKeys.create(in: KeysCommand.folder, organization: "Valise demo")
        let simulated = try SimulatedCase(count: count, basePort: 0, stateDirectory: work.appendingPathComponent("tablets"), seed: "demo",
                                          faults: [try FaultSpec(parsing: "\(min(2, count - 1)):battery-low"),
                                                   try FaultSpec(parsing: "\(min(5, count - 1)):accounts-present")])
        simulated.start()
        defer { simulated.stop() }
        Console.out(Say.demoStarts(count: count, profile: profiles + "/5A.yaml") + "\n")
        let keyring = try TabletOptions.keyring()
        let targets = simulated.tablets.enumerated().map {
            ProvisionTarget(slot: $0.offset + 1, address: TCPAddress(host: "127.0.0.1", port: $0.element.port))
        }
        var run = CaseRun(plan: try CaseRun.makePlan(resolved), reach: TabletReach(connector: DeviceConnector(authenticator: keyring)),
                          jobs: jobs, json: false)
        run.startedAt = startedAt
        let code = try run.run(targets, command: "demo", dryRun: false)
        let page = try StationReport(inventory: try Inventory(home: home.path)).html
        try writeAtomically(Array(page.utf8), to: report)
        Console.out(Say.demoReport(report))
        if code != 0 { throw ExitCode(code) }
    }

    /// `$VALISE_HOME/valise-demo-report.html`, the folder made when missing (the station's own folder).
    static func reportInStationHome() throws -> String {
        let home = ValiseHome.path()
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return home + "/valise-demo-report.html"
    }
}
