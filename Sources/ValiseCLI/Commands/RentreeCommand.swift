import ADB
import ArgumentParser
import Devices
import Diagnostics
import Engine
import Foundation
import Inventory
import Profiles
import Transports

/// `valise rentree PLAN.yaml`: every case of a school or district gets its class profile; what is attached is
/// provisioned, and what remains is reported per case.
struct RentreeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "rentree", abstract: Say.helpRentreeAbstract,
            discussion: Say.helpRentreeDiscussion)
    }

    @Argument(help: ArgumentHelp(Say.helpRentreePlan)) var plan: String
    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions
    @Option(help: ArgumentHelp(Say.helpJobsInAll)) var jobs = 16
    @Flag(help: ArgumentHelp(Say.helpJSONResults)) var json = false
    @Flag(name: .customLong("allow-unconfirmed"), help: ArgumentHelp(Say.helpAllowUnconfirmed))
    var allowUnconfirmed = false

    func run() throws {
        guard (1...64).contains(jobs) else { throw ValidationError(Say.mustBeBetween("--jobs", 1, 64)) }
        let rentree: RentreePlan
        switch RentreePlan.load(URL(fileURLWithPath: plan)) {
        case .success(let loaded): rentree = loaded
        case .failure(let errors): throw errors
        }
        let library = ProfileLibrary(root: rentree.profiles)
        let unknown = rentree.checkClasses(in: library)
        guard unknown.isEmpty else { throw FileProblems(.rentreePlan, unknown) }
        // The case maps of the plan's library come first, then the usual folders (unless --case names the maps).
        var tablets = self.tablets
        if tablets.caseFiles.isEmpty {
            tablets.caseFiles = CaseMaps.files(in: [rentree.profiles.path + "/cases", FileManager.default.currentDirectoryPath + "/Profiles/cases",
                                                    ValiseHome.path() + "/cases"]).map(\.path)
        }
        let reach = try tablets.reach()
        let attached = try tablets.provisionTargets(serials: [], reach: reach)
        var work: [(entry: RentreePlan.Case, run: CaseRun, targets: [ProvisionTarget])] = []
        var profiles: [ResolvedProfile] = []
        for entry in rentree.cases {
            let profile: ResolvedProfile
            switch library.profile(forClass: entry.className, school: entry.school) {
            case .success(let resolved): profile = resolved
            case .failure(.invalid(let errors)): throw errors
            case .failure(let other): throw ProfileNotFound(lookup: Say.inCase(entry.name, other.description))
            }
            guard allowUnconfirmed || profile.unconfirmed.isEmpty else { throw UnconfirmedValues(values: profile.unconfirmed) }
            profiles.append(profile)
            var run = CaseRun(plan: try CaseRun.makePlan(profile), reach: reach, jobs: jobs, json: json)
            run.profileSource = rentree.profiles.path
            let addresses: [TCPAddress]
            do { addresses = try TCPAddress.parseAll(entry.tcp, environment: nil) } catch let error as TCPAddress.ParseError {
                throw ValidationError(Say.planCaseProblem(plan, caseName: entry.name, error.description))
            }
            let usb = attached.filter { $0.caseName == entry.name }
            let tcp = addresses.enumerated().map { ProvisionTarget(slot: $0.offset + 1, address: $0.element, caseName: entry.name) }
            work.append((entry, run, usb + tcp))
        }
        // Two cases whose tablets would be named alike: refused before any tablet is touched.
        let alike = rentree.casesNamedAlike(profiles)
        guard alike.isEmpty else { throw FileProblems(.rentreePlan, alike) }
        if !json {
            Console.out(Say.rentreeStarts(rentree.name, cases: work.count, tablets: work.map(\.targets.count).reduce(0, +)) + "\n")
        }
        let store = try InventoryStores.open(inventory.chosen)
        defer { InventoryStores.close(store) }
        let board = ProgressBoard(json: json)
        let start = ContinuousClock.now
        let cases = work.map { RentreeRun.Case(entry: $0.entry, provisioner: $0.run.provisioner(store), targets: $0.targets) }
        let rentreeRun = RentreeRun(plan: rentree, cases: cases, caseMaps: try tablets.caseMaps(), inventory: store)
        var interrupt: StopSignals?
        let ran = Result { try rentreeRun.run(events: board.show, started: { interrupt = CaseRun.stopOnInterrupt($0) }) }
        interrupt?.cancel()
        board.close()
        let results = try ran.get()
        try work.first?.run.render(results, since: start, dryRun: false)
        let remaining = try rentreeRun.remaining()
        if !json { Console.out("\n" + RentreeRemainder.render(remaining)) }
        if results.contains(where: { $0.problem != nil || $0.cancelled }) || remaining.contains(where: { !$0.missing.isEmpty || $0.unmapped }) {
            throw ExitCode(2)
        }
    }
}

/// What remains of each case, as a table and what to do next.
extension RentreeRemainder {
    static func render(_ remainders: [RentreeRemainder]) -> String {
        let rows = remainders.map { r in
            [r.caseName, r.className, r.expected == 0 ? "\(r.provisioned)" : Say.countOf(r.provisioned, r.expected),
             r.needHand.isEmpty ? "-" : r.needHand.map(String.init).joined(separator: ", "),
             r.unmapped ? Say.noCaseMapNamesIt : r.missing.isEmpty ? "-" : r.missing.map(String.init).joined(separator: ", ")]
        }
        let table = TextTable.render(header: [Say.headerCase, Say.headerClass, Say.headerProvisioned, Say.headerSlotsNeedingAHand, Say.headerSlotsNotDone],
                                     rows: rows)
        let left = remainders.map { $0.missing.count + $0.needHand.count }.reduce(0, +)
        let unseen = remainders.filter(\.unmapped).map(\.caseName)
        var text = table + "\n\n" + (left == 0 ? Say.everySlotProvisioned : Say.slotsRemain(left))
        if !unseen.isEmpty { text += "\n" + Say.casesUnseen(unseen.joined(separator: ", ")) }
        return text
    }
}
