import ADB
import ArgumentParser
import Devices
import Diagnostics
import Dispatch
import Engine
import Foundation
import Inventory
import Profiles
import Transports

/// `valise rentree PLAN.yaml`: every case of a school or district gets its class profile; what is attached is
/// provisioned, and what remains is reported per case.
struct RentreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rentree", abstract: "Provision every attached case from a rentrée plan (case → class), then say what remains.",
        discussion: """
            The plan maps each case (as its case map names it) to a class profile of the library; see docs/rentree.md. All \
            cases run at once, heavy transfers limited per USB root port. Run it again as more cases are plugged in: finished \
            tablets are skipped. Exit codes: 0 every slot of every case provisioned; 2 some remain or need a hand; 65 a bad plan.
            """)

    @Argument(help: "The rentrée plan (YAML).") var plan: String
    @OptionGroup var tablets: TabletOptions
    @OptionGroup var inventory: InventoryOptions
    @Option(help: "Tablets worked on at once, in all.") var jobs = 16
    @Flag(help: "Print the results as JSON.") var json = false
    @Flag(name: .customLong("allow-unconfirmed"), help: "Send values marked '# to confirm' (or placeholder files) to tablets all the same.")
    var allowUnconfirmed = false

    func run() throws {
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64.") }
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
        for entry in rentree.cases {
            let profile: ResolvedProfile
            switch library.profile(forClass: entry.className, school: entry.school) {
            case .success(let resolved): profile = resolved
            case .failure(.invalid(let errors)): throw errors
            case .failure(let other): throw ProfileNotFound(lookup: "case \(entry.name): \(other.description)")
            }
            guard allowUnconfirmed || profile.unconfirmed.isEmpty else { throw UnconfirmedValues(values: profile.unconfirmed) }
            var run = CaseRun(plan: try CaseRun.makePlan(profile), reach: reach, jobs: jobs, json: json)
            run.profileSource = rentree.profiles.path
            let addresses: [TCPAddress]
            do { addresses = try TCPAddress.parseAll(entry.tcp, environment: nil) } catch let error as TCPAddress.ParseError {
                throw ValidationError("\(plan), case \(entry.name): \(error.description).")
            }
            let usb = attached.filter { $0.caseName == entry.name }
            let tcp = addresses.enumerated().map { ProvisionTarget(slot: $0.offset + 1, address: $0.element, caseName: entry.name) }
            work.append((entry, run, usb + tcp))
        }
        if !json {
            Console.out("\(rentree.name): \(work.count) case\(work.count == 1 ? "" : "s"), \(work.map(\.targets.count).reduce(0, +)) tablets attached.\n")
        }
        let store = try InventoryStores.open(inventory.chosen)
        defer { InventoryStores.close(store) }
        let board = ProgressBoard(json: json)
        let gate = TransferGate(perGroup: 8)
        let start = ContinuousClock.now
        let outcomes = RentreeResults()
        let group = DispatchGroup()
        var sessions: [ProvisioningSession] = []
        for item in work where !item.targets.isEmpty {
            var provisioner = item.run.provisioner(store)
            provisioner.sharedGate = gate
            let session = try provisioner.start(command: "rentree", dryRun: false, events: board.show)
            sessions.append(session)
            for target in item.targets { session.submit(target) }
            group.enter()
            Thread {
                defer { group.leave() }
                outcomes.add(Result { try session.finish() })
            }.start()
        }
        let interrupt = CaseRun.stopOnInterrupt(sessions)
        group.wait()
        interrupt.cancel()
        board.close()
        let results = try outcomes.all()
        try work.first?.run.render(results, since: start, dryRun: false)
        let remaining = try RentreeRemainder.compute(rentree, caseMaps: try tablets.caseMaps(), inventory: store,
                                                      tcpCounts: Dictionary(uniqueKeysWithValues: work.map { ($0.entry.name, $0.entry.tcp.isEmpty ? 0 : $0.targets.filter { $0.endpoint.portPath == nil }.count) }))
        if !json { Console.out("\n" + RentreeRemainder.render(remaining)) }
        if results.contains(where: { $0.problem != nil || $0.cancelled }) || remaining.contains(where: { !$0.missing.isEmpty || $0.unmapped }) {
            throw ExitCode(2)
        }
    }
}

/// Results gathered from the cases' threads (guarded by a lock).
final class RentreeResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<[TabletResult], Error>] = []
    func add(_ result: Result<[TabletResult], Error>) { lock.withLock { items.append(result) } }
    func all() throws -> [TabletResult] { try lock.withLock { items }.flatMap { try $0.get() } }
}

/// What remains of each case after a rentrée run: the slots not provisioned yet.
struct RentreeRemainder {
    let caseName: String
    let className: String
    let expected: Int
    let provisioned: Int
    let needHand: [Int]
    let missing: [Int]
    /// No case map names the case and it has no TCP addresses: its slots are unknown.
    var unmapped: Bool { expected == 0 && provisioned == 0 && needHand.isEmpty }

    /// Slots come from the case map (or the number of TCP addresses); the inventory says which are provisioned.
    static func compute(_ plan: RentreePlan, caseMaps: CaseMaps, inventory: any InventoryStore, tcpCounts: [String: Int]) throws -> [RentreeRemainder] {
        let tablets = try inventory.tablets()
        return plan.cases.map { entry in
            var slots = Set(caseMaps.maps.filter { $0.name == entry.name }.flatMap { $0.slots.values })
            if slots.isEmpty, let count = tcpCounts[entry.name], count > 0 { slots = Set(1...count) }
            let mine = tablets.filter { $0.caseName == entry.name }
            let done = Set(mine.filter { $0.status == "provisioned" && $0.className == entry.className }.compactMap(\.slot))
            let failed = Set(mine.filter { $0.status == "failed" || $0.status == "interrupted" }.compactMap(\.slot)).subtracting(done)
            return RentreeRemainder(caseName: entry.name, className: entry.className, expected: slots.count,
                                    provisioned: done.intersection(slots.isEmpty ? done : slots).count,
                                    needHand: failed.sorted(), missing: slots.subtracting(done).subtracting(failed).sorted())
        }
    }

    static func render(_ remainders: [RentreeRemainder]) -> String {
        let rows = remainders.map { r in
            [r.caseName, r.className, r.expected == 0 ? "\(r.provisioned)" : "\(r.provisioned) of \(r.expected)",
             r.needHand.isEmpty ? "-" : r.needHand.map(String.init).joined(separator: ", "),
             r.unmapped ? "none seen (no case map names this case)" : r.missing.isEmpty ? "-" : r.missing.map(String.init).joined(separator: ", ")]
        }
        let table = TextTable.render(header: ["CASE", "CLASS", "PROVISIONED", "SLOTS NEEDING A HAND", "SLOTS NOT DONE YET"], rows: rows)
        let left = remainders.map { $0.missing.count + $0.needHand.count }.reduce(0, +)
        let unseen = remainders.filter(\.unmapped).map(\.caseName)
        var text = table + (left == 0 ? "\n\nEvery slot seen is provisioned." :
            "\n\n\(left) slot\(left == 1 ? "" : "s") remain: plug those tablets in (or see WHY AND FIX above) and run the same command again.")
        if !unseen.isEmpty {
            text += "\nNo tablet of \(unseen.joined(separator: ", ")) was seen: plug the case in, and check that a case map names it "
                + "(Profiles/cases/*.yaml, $VALISE_HOME/cases or --case FILE)."
        }
        return text
    }
}
