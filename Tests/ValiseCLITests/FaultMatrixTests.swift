import Foundation
import Inventory
import Simulator
import TestSupport
import Testing

/// A rentrée batch under faults: 32 simulated tablets with a mix of faults, a hub dropping 8 of them and a
/// tablet rebooting mid-step, valise killed with SIGKILL mid-batch, then the same command again.
/// Every tablet ends provisioned or stopped with the right reason and fix; the inventory is consistent;
/// no step is applied twice; the summary names every slot that needs a hand.
@Suite struct FaultMatrixTests {
    let cli = CLITests()

    /// The fault of each slot (1-based); the others are plain tablets.
    static let faults: [Int: [String]] = [
        1: ["drop-after=200KB"],      // unplugged in the middle of every push
        2: ["auth-refused"],
        3: ["storage-full"],
        4: ["battery-low"],
        5: ["accounts-present"],
        6: ["already-provisioned"],
        7: ["slow=4ms"],
    ]
    /// What the summary must say for each slot that needs a hand: words of the reason and of the fix.
    static let expected: [Int: (reason: String, fix: String)] = [
        1: ("was disconnected", "Plug the tablet back in"),
        2: ("did not allow this computer", "tap Allow"),
        3: ("INSUFFICIENT_STORAGE", "Free space on the tablet"),
        4: ("battery", "Leave it on charge"),
        5: ("has an account on it", "Settings > Accounts"),
        6: ("already managed", "Factory reset the tablet"),
    ]
    static let rebooting = 8               // drops its connection once while a step runs
    static let hub = Array(9...16)         // behind one hub that drops them all at once
    static let tablets = 32

    @Test func thirtyTwoTabletsUnderFaultsAndACrashEndProvisionedOrWithTheirReason() throws {
        let (home, classFile) = try StationCLITests.home(padAgent: 400_000)
        var fixtures: [TabletFixture] = []
        for slot in 1...Self.tablets { fixtures.append(try TabletFixture(index: 40 + slot, faults: Self.faults[slot] ?? [])) }
        let tcp = fixtures.flatMap { ["--tcp", "127.0.0.1:\($0.tablet.port)"] }
        let arguments = ["provision", "--profile", classFile.path, "--all", "--jobs", "32", "--auth-timeout", "2"] + tcp

        // First run: the hub drops its 8 tablets and one tablet reboots while steps run, then valise is killed.
        let first = try BackgroundValise(arguments, home: home.url, extra: StationCLITests.environment)
        try waitUntil("ten steps under way") { first.output.components(separatedBy: " step: ").count > 10 }
        fixtures[Self.rebooting - 1].tablet.unplug()
        for slot in Self.hub { fixtures[slot - 1].tablet.unplug() }
        try waitUntil("thirty steps under way") { first.output.components(separatedBy: " step: ").count > 30 }
        let killed = first.kill()
        #expect(killed.signalled, "valise finished before it could be killed: \(killed.stdout)")

        // Second run: resumes, retries what was dropped, and says which slots need a hand.
        let second = try cli.valise(arguments, home: home.url, extra: StationCLITests.environment)
        #expect(second.status == 2, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("\(Self.tablets - Self.expected.count) of \(Self.tablets) tablets provisioned"), "\(second.stdout)")
        let rows = second.stdout.split(separator: "\n").map(String.init)
        for (slot, words) in Self.expected {
            let row = rows.first { $0.hasPrefix(String(format: "%02d ", slot)) } ?? ""
            #expect(row.contains("needs a hand") && row.contains(words.reason) && row.contains(words.fix), "slot \(slot): \(row)")
        }

        let inventory = try Inventory(home: home.url.appendingPathComponent("valise").path)
        for (index, fixture) in fixtures.enumerated() {
            let slot = index + 1
            let serial = fixture.tablet.serial
            let repeated = fixture.tablet.persona.applications.filter { $0.value > 1 }
            #expect(repeated.isEmpty, "slot \(slot) applied twice: \(repeated)")
            let record = try inventory.tablet(serial: serial)
            if Self.expected[slot] == nil {
                #expect(record?.status == "provisioned" && record?.slot == slot, "slot \(slot): \(String(describing: record))")
                #expect(try inventory.unfinishedSteps(serial: serial).isEmpty, "slot \(slot)")
                #expect(fixture.tablet.persona.agentLastSequence == record?.bundleSequence)
            } else if slot != 2 {   // slot 2 never let this computer in: nothing to record about it
                #expect(record?.status == "failed" || record?.status == "interrupted", "slot \(slot): \(String(describing: record))")
                #expect(record?.reason?.contains("Fix: ") == true)
                #expect(try inventory.unfinishedSteps(serial: serial).isEmpty, "slot \(slot): a step left started")
            }
        }
    }
}
