import ArgumentParser
import Devices
import Dispatch
import Engine
import Foundation
import Inventory
import Profiles
import Signing
import Transports

/// `valise provision`: a whole case at once.
struct ProvisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provision", abstract: "Provision tablets from a class profile: enrol, apps, settings, Wi-Fi, ENT, signed bundle.",
        discussion: "Exit codes: 0 every tablet done; 2 some tablets need attention (the summary says which and why); 1 the run failed.")

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var tablets: TabletOptions
    @Flag(help: "Every tablet found.") var all = false
    @Option(help: ArgumentHelp("Only this tablet (repeatable).", valueName: "SERIAL")) var serial: [String] = []
    @Flag(name: .customLong("dry-run"), help: "Say what would change on each tablet; change nothing.") var dryRun = false
    @Option(help: "Tablets worked on at once.") var jobs = 16
    @Flag(help: "Print the results as JSON.") var json = false

    func run() throws {
        guard all != !serial.isEmpty else { throw ValidationError("Say which tablets: --all, or --serial SERIAL (repeatable).") }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64.") }
        let resolved = try profile.resolve()
        let plan = try CaseRun.makePlan(resolved)
        let addresses = try tablets.addresses()
        guard !addresses.isEmpty else {
            throw ValidationError("No tablets to provision: give --tcp HOST:PORT (or a range), or set VALISE_TCP.")
        }
        var targets = addresses.enumerated().map { ProvisionTarget(slot: $0.offset + 1, address: $0.element) }
        if !serial.isEmpty {
            let found = DeviceDirectory(connector: try tablets.connector(), addresses: addresses).probeAll()
            targets = zip(targets, found).compactMap { target, result in
                guard case .success(let device) = result else { return nil }
                defer { device.close() }
                return serial.contains(device.serial) ? target : nil
            }
            guard !targets.isEmpty else { throw ValidationError("None of the tablets at those addresses has serial \(serial.joined(separator: ", ")).") }
        }
        let code = try CaseRun(plan: plan, connector: try tablets.connector(), jobs: jobs, json: json)
            .run(targets, command: "provision", dryRun: dryRun)
        if code != 0 { throw ExitCode(code) }
    }
}

/// Runs a case and renders it: an event line each, then the summary (shared by provision and demo).
struct CaseRun {
    let plan: ProvisioningPlan
    let connector: DeviceConnector
    let jobs: Int
    let json: Bool

    /// The plan of a profile with the parc's keys.
    static func makePlan(_ profile: ResolvedProfile) throws -> ProvisioningPlan {
        let keys: ParcKeys
        do { keys = try ParcKeys.load(from: KeysCommand.folder) } catch let error as SigningError {
            throw SigningProblem.parcKeys(error, folder: KeysCommand.folder)
        }
        do { return try ProvisioningPlan(profile: profile, keys: keys) } catch let problem as PlanProblem {
            throw ValidationError(problem.description + ".")
        }
    }

    /// Runs and prints; returns the exit code (0, or 2 when some tablets need attention).
    func run(_ targets: [ProvisionTarget], command: String, dryRun: Bool) throws -> Int32 {
        let inventory = try Inventory(home: ValiseHome.path())
        let provisioner = Provisioner(plan: plan, inventory: inventory, connector: connector,
                                      limits: SchedulerLimits(global: jobs, perGroup: 8, maxAttempts: 3))
        let start = ContinuousClock.now
        let quiet = json
        var interrupt: DispatchSourceSignal?
        let results = try provisioner.run(targets, command: command, dryRun: dryRun, events: { event in
            guard !quiet else { return }
            Console.out("slot \(String(format: "%02d", event.slot))  \(event.serial)  \(event.kind.rawValue): \(event.message)")
        }, started: { runner in
            signal(SIGINT, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            source.setEventHandler {
                Console.error("Stopping: tablets finish their current transfer; finished steps are kept. Run the same command again to resume.")
                runner.cancelAll()
            }
            source.resume()
            interrupt = source
        })
        interrupt?.cancel()
        let elapsed = (ContinuousClock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        if json {
            let rows = results.map { r in
                ["slot": "\(r.target.slot)", "serial": r.serial ?? "", "name": r.name ?? "",
                 "result": r.cancelled ? "stopped" : r.problem == nil ? "done" : "attention",
                 "reason": r.problem?.summary ?? "", "fix": r.problem?.action ?? ""]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(rows), as: UTF8.self))
        } else {
            Console.out(Self.summary(results, seconds: seconds, dryRun: dryRun))
        }
        return results.contains { $0.problem != nil || $0.cancelled } ? 2 : 0
    }

    static func summary(_ results: [TabletResult], seconds: Double, dryRun: Bool) -> String {
        let rows = results.map { r -> [String] in
            let outcome = r.cancelled ? "stopped" : r.problem == nil ? (dryRun ? "checked" : "done") : "needs a hand"
            let why = r.problem.map { "\($0.summary) Fix: \($0.action)" } ?? ""
            return [String(format: "%02d", r.target.slot), r.name ?? "-", r.serial ?? "-", outcome, why]
        }
        let done = results.filter { $0.problem == nil && !$0.cancelled }.count
        let table = TextTable.render(header: ["SLOT", "NAME", "SERIAL", "RESULT", "WHY AND FIX"], rows: rows)
        return "\n" + table + "\n\n\(done) of \(results.count) tablets \(dryRun ? "checked" : "provisioned") in \(String(format: "%.1f", seconds)) s."
            + (done < results.count ? " \(results.count - done) need a hand: see WHY AND FIX above." : "")
    }
}
