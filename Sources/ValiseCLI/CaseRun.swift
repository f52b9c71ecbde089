import ArgumentParser
import Devices
import Diagnostics
import Dispatch
import Engine
import Foundation
import Inventory
import Profiles
import Signing

/// Runs a case and renders it: an event line each, then the summary (shared by provision and demo).
struct CaseRun {
    let plan: ProvisioningPlan
    let reach: TabletReach
    let jobs: Int
    let json: Bool
    /// Recorded with each tablet for `valise reprovision`.
    var profileSource: String?
    /// Re-provisioning: bundles are issued again with a higher sequence.
    var reissueBundles = false
    /// Flashing before the other steps, when a catalog was given.
    var firmware: FirmwarePhase?
    /// `--inventory`: nil for this station's own.
    var inventoryLocation: String?
    /// `--wait`: wait for a tablet another run works on, instead of skipping it as busy.
    var waitForBusyTablets = false
    /// When the command started (the summary's time covers finding, connecting and authorising too); nil: when `run` starts.
    var startedAt: ContinuousClock.Instant?

    /// The plan of a profile with the parc's keys.
    static func makePlan(_ profile: ResolvedProfile) throws -> ProvisioningPlan {
        let keys = try ParcKeys.load(from: KeysCommand.folder)
        do { return try ProvisioningPlan(profile: profile, keys: keys) } catch let problem as PlanProblem {
            throw ValidationError(problem.description + ".")
        }
    }

    /// The provisioner this run uses (the global limit is --jobs; heavy transfers are limited per USB root port).
    func provisioner(_ inventory: any InventoryStore) -> Provisioner {
        var provisioner = Provisioner(plan: plan, inventory: inventory, reach: reach,
                                      limits: SchedulerLimits(global: jobs, perGroup: jobs, maxAttempts: 3))
        provisioner.profileSource = profileSource
        provisioner.reissueBundles = reissueBundles
        provisioner.firmware = firmware
        provisioner.waitForBusyTablets = waitForBusyTablets
        return provisioner
    }

    /// Runs and prints; returns the exit code (0, or 2 when some tablets need attention).
    func run(_ targets: [ProvisionTarget], command: String, dryRun: Bool) throws -> Int32 {
        let inventory = try InventoryStores.open(inventoryLocation)
        var closed = false
        defer { if !closed { InventoryStores.close(inventory) } }
        let start = startedAt ?? ContinuousClock.now
        let board = ProgressBoard(json: json)
        let interrupted = Interrupted()
        var interrupt: StopSignals?
        let results = try Self.showingResults(of: { [self] in
            try provisioner(inventory).run(targets, command: command, dryRun: dryRun, events: board.show, started: { session in
                interrupt = Self.stopOnInterrupt([session], interrupted)
            })
        }, render: { [self] results in
            interrupt?.cancel()
            board.close()
            try render(results, since: start, dryRun: dryRun, stoppedByUser: interrupted.value)
        })
        closed = true
        // Every tablet's result is shown; an inventory that could not be completed makes the command fail after it.
        if let failure = InventoryStores.close(inventory, warn: false) { throw failure }
        return results.contains { $0.problem != nil || $0.cancelled } ? 2 : 0
    }

    /// Runs `finish`, then `render`s its results; a run whose end the inventory could not record (a full disk)
    /// still shows every tablet's result, then its error (what, why, the fix).
    static func showingResults(of finish: () throws -> [TabletResult], render: ([TabletResult]) throws -> Void) throws -> [TabletResult] {
        do {
            let results = try finish()
            try render(results)
            return results
        } catch let unrecorded as UnrecordedRun {
            try render(unrecorded.results)
            throw unrecorded
        }
    }

    /// Ctrl-C stops every job of `sessions` cleanly (current transfers interrupted, the journal kept).
    static func stopOnInterrupt(_ sessions: [ProvisioningSession], _ interrupted: Interrupted? = nil) -> StopSignals {
        StopSignals([.interrupt]) { _ in
            interrupted?.value = true
            Console.error(Say.stoppingRun)
            sessions.forEach { $0.cancelAll() }
        }
    }

    /// The summary table (or JSON) of a run.
    func render(_ results: [TabletResult], since start: ContinuousClock.Instant, dryRun: Bool, stoppedByUser: Bool = false) throws {
        let elapsed = (ContinuousClock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        if json {
            let rows = results.map { r in
                let why = r.problem ?? r.stop
                return ["slot": "\(r.target.slot)", "case": r.target.caseName ?? "", "address": r.target.endpoint.description, "serial": r.serial ?? "",
                        "name": r.name ?? "", "result": r.cancelled ? "stopped" : r.problem == nil ? "done" : "attention",
                        "state": Self.state(r, dryRun: dryRun), "reason": why.map { "\($0.summary) \($0.reason)" } ?? "", "fix": why?.action ?? ""]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(rows), as: UTF8.self))
        } else {
            Console.out(Self.summary(results, seconds: seconds, dryRun: dryRun, stoppedByUser: stoppedByUser))
        }
    }

    /// A tablet's result as JSON keeps it (checked: a dry run's), in English whatever the language.
    static func state(_ result: TabletResult, dryRun: Bool) -> String {
        if result.cancelled { return TabletState.stopped.rawValue }
        if result.problem != nil { return TabletState.needsAHand.rawValue }
        return dryRun ? "checked" : TabletState.provisioned.rawValue
    }

    /// A tablet's result in the summary's table, in the reader's language.
    static func stateWords(_ result: TabletResult, dryRun: Bool) -> String {
        if result.cancelled { return TabletState.stopped.words }
        if result.problem != nil { return TabletState.needsAHand.words }
        return dryRun ? Say.stateChecked : TabletState.provisioned.words
    }

    static func summary(_ results: [TabletResult], seconds: Double, dryRun: Bool, stoppedByUser: Bool = false) -> String {
        let rows = results.map { r -> [String] in
            let slot = String(format: "%02d", r.target.slot) + (r.target.caseName.map { " \($0)" } ?? "")
            return [slot, r.name ?? "-", r.serial ?? r.target.endpoint.description, stateWords(r, dryRun: dryRun), (r.problem ?? r.stop)?.whyAndFix ?? ""]
        }
        let done = results.filter { $0.problem == nil && !$0.cancelled }.count
        let needing = results.filter { $0.problem != nil }.count, stopped = results.filter(\.cancelled).count
        let table = TextTable.render(header: [Say.headerSlot, Say.headerName, Say.headerSerial, Say.headerResult, Say.headerWhyAndFix], rows: rows)
        var end = Say.runEnd(done: done, of: results.count, dryRun: dryRun, seconds: seconds)
        if stoppedByUser { end = Say.stoppedByUser + end }
        if needing > 0 { end += Say.needingAHandEnd(TabletState.needsAHand.count(needing)) }
        if stopped > 0 { end += Say.stoppedEnd(TabletState.stopped.count(stopped)) }
        return "\n" + table + "\n\n" + end
    }
}

/// Whether Ctrl-C stopped the run (set by the signal handler, read after the jobs ended).
final class Interrupted: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = false
    var value: Bool {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
