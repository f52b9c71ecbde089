import Foundation
import Inventory
import Simulator
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Two `valise provision` runs on the same tablets: each tablet is worked on by one run at a time.
@Suite struct LeaseCLITests {
    let cli = CLITests()

    /// A `valise` run in the background; its output goes to files (a pipe nobody reads could block it).
    final class Background {
        let process = Process()
        let folder = TemporaryDirectory("valise-run")

        init(_ arguments: [String], home: URL, extra: [String: String]) throws {
            process.executableURL = CLITests.binary
            process.arguments = arguments
            process.environment = CLITests.environment(home: home, extra: extra)
            process.standardInput = FileHandle.nullDevice
            _ = FileManager.default.createFile(atPath: folder.file("out").path, contents: nil)
            _ = FileManager.default.createFile(atPath: folder.file("err").path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: folder.file("out"))
            process.standardError = try FileHandle(forWritingTo: folder.file("err"))
            try process.run()
        }

        var pid: Int32 { process.processIdentifier }

        /// What it printed so far.
        var output: String { (try? String(contentsOf: folder.file("out"), encoding: .utf8)) ?? "" }

        /// Waits for it to end; its status and output.
        func finish() -> CLITests.Run {
            process.waitUntilExit()
            let read = { (name: String) in (try? String(contentsOf: self.folder.file(name), encoding: .utf8)) ?? "" }
            return CLITests.Run(status: process.terminationStatus, stdout: read("out"), stderr: read("err"))
        }

        deinit { if process.isRunning { kill(pid, SIGKILL); process.waitUntilExit() } }
    }

    /// Waits (bounded) until `condition` holds on the station's inventory: the event the test is waiting for.
    static func waitFor(_ home: URL, _ what: String, _ condition: (Inventory) throws -> Bool) throws {
        let path = home.appendingPathComponent("valise/inventory.sqlite").path
        let end = ContinuousClock.now.advanced(by: .seconds(120))
        while ContinuousClock.now < end {
            if FileManager.default.fileExists(atPath: path), let inventory = try? Inventory(path: path),
               (try? condition(inventory)) == true { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what)")
    }

    /// Waits (bounded) until `condition` holds.
    static func waitFor(_ what: String, _ condition: () -> Bool) throws {
        let end = ContinuousClock.now.advanced(by: .seconds(120))
        while ContinuousClock.now < end {
            if condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what)")
    }

    func setUp(_ home: TemporaryDirectory) throws -> URL {
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        return try ProvisionCLITests.classProfile(in: home)
    }

    static let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

    @Test func aSecondRunSkipsTheTabletsTheFirstHoldsAndNamesIt() throws {
        let home = TemporaryDirectory()
        let classFile = try setUp(home)
        // The tablets take a few seconds to install the agent: the first run is paused while it waits for both, not in
        // the middle of an inventory write (which would keep the second from recording anything at all).
        let a = try TabletFixture(index: 1, faults: ["slow=1ms", "install-rate=100B"])
        let b = try TabletFixture(index: 2, faults: ["slow=1ms", "install-rate=100B"])
        let tcp = ["--tcp", "127.0.0.1:\(a.tablet.port)", "--tcp", "127.0.0.1:\(b.tablet.port)"]
        let arguments = ["provision", "--profile", classFile.path, "--all"] + tcp

        let first = try Background(arguments, home: home.url, extra: Self.environment)
        try Self.waitFor(home.url, "the first run to hold both tablets and install the agent on both") { inventory in
            try inventory.leases().values.filter { $0.pid == first.pid }.count == 2
                && [a, b].allSatisfy { fixture in
                    try inventory.journal(serial: fixture.tablet.serial).contains { $0.step == "enrol" && $0.phase == .started }
                }
        }
        // Paused, the first run holds both tablets for as long as the second one runs.
        kill(first.pid, SIGSTOP)
        let second = try cli.valise(arguments, home: home.url, extra: Self.environment)
        kill(first.pid, SIGCONT)
        let firstRun = first.finish()

        #expect(second.status == 2, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("0 of 2 tablets provisioned"), "\(second.stdout)")
        #expect(second.stdout.contains("is busy: worked on by `valise provision` (PID \(first.pid)) since"), "\(second.stdout)")
        #expect(second.stdout.contains("--wait"), "\(second.stdout)")
        #expect(!second.stdout.contains("factory reset"))
        #expect(!second.stdout.contains("database is locked"))
        #expect(firstRun.status == 0, "\(firstRun.stdout)\(firstRun.stderr)")
        #expect(firstRun.stdout.contains("2 of 2 tablets provisioned"), "\(firstRun.stdout)")

        // Every change reached each tablet once; the inventory has them provisioned, with no lease left.
        for fixture in [a, b] {
            let applied = fixture.tablet.persona.applications
            #expect(!applied.isEmpty && applied.values.allSatisfy { $0 == 1 }, "\(applied)")
        }
        let inventory = try Inventory(home: home.url.appendingPathComponent("valise").path)
        #expect(try inventory.leases().isEmpty)
        for serial in [a.tablet.serial, b.tablet.serial] {
            #expect(try inventory.tablet(serial: serial)?.status == "provisioned")
            #expect(try inventory.appliedCounts(serial: serial).values.allSatisfy { $0 == 1 })
        }
    }

    @Test func theLeasesOfARunKilledMidWayAreTakenOverByTheNextRun() throws {
        let home = TemporaryDirectory()
        let classFile = try setUp(home)
        let a = try TabletFixture(index: 1, faults: ["slow=1ms"]), b = try TabletFixture(index: 2, faults: ["slow=1ms"])
        let tcp = ["--tcp", "127.0.0.1:\(a.tablet.port)", "--tcp", "127.0.0.1:\(b.tablet.port)"]
        let arguments = ["provision", "--profile", classFile.path, "--all"] + tcp

        let killed = try Background(arguments, home: home.url, extra: Self.environment)
        try Self.waitFor(home.url, "the run to hold both tablets") { inventory in
            try inventory.leases().values.filter { $0.pid == killed.pid }.count == 2
        }
        kill(killed.pid, SIGKILL)
        _ = killed.finish()

        let next = try cli.valise(arguments, home: home.url, extra: Self.environment)
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("2 of 2 tablets provisioned"), "\(next.stdout)")
        #expect(!next.stdout.contains("busy"))
        let inventory = try Inventory(home: home.url.appendingPathComponent("valise").path)
        #expect(try inventory.leases().isEmpty)
    }

    @Test func withWaitTheSecondRunWaitsForTheFirst() throws {
        let home = TemporaryDirectory()
        let classFile = try setUp(home)
        // The tablet takes a few seconds to install the agent: the first run is paused while it waits for the tablet,
        // not in the middle of an inventory write (which would keep the second from recording anything at all).
        let a = try TabletFixture(index: 1, faults: ["slow=1ms", "install-rate=100B"])
        let arguments = ["provision", "--profile", classFile.path, "--all", "--tcp", "127.0.0.1:\(a.tablet.port)"]

        let first = try Background(arguments, home: home.url, extra: Self.environment)
        try Self.waitFor(home.url, "the first run to hold the tablet and install the agent") { inventory in
            try inventory.leases().values.contains { $0.pid == first.pid }
                && inventory.journal(serial: a.tablet.serial).contains { $0.step == "enrol" && $0.phase == .started }
        }
        kill(first.pid, SIGSTOP)
        let second = try Background(arguments + ["--wait"], home: home.url, extra: Self.environment)
        try Self.waitFor("the second run to wait for the first") {
            second.output.contains("waiting: busy, waiting for `valise provision` (PID \(first.pid)) since")
        }
        kill(first.pid, SIGCONT)
        let firstRun = first.finish(), secondRun = second.finish()

        #expect(firstRun.status == 0, "\(firstRun.stdout)\(firstRun.stderr)")
        #expect(secondRun.status == 0, "\(secondRun.stdout)\(secondRun.stderr)")
        #expect(secondRun.stdout.contains("1 of 1 tablets provisioned"), "\(secondRun.stdout)")
        #expect(!secondRun.stdout.contains(" step: "), "\(secondRun.stdout)")   // it found everything done
        #expect(a.tablet.persona.applications.values.allSatisfy { $0 == 1 })
    }
}
