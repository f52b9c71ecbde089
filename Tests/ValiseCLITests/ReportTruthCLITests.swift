import Foundation
import Simulator
import TestSupport
import Testing

/// Errors that name the real cause, and reports that count every tablet seen, in the same words as the run.
@Suite struct ReportTruthCLITests {
    let cli = CLITests()
    static let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

    /// A home with parc keys and the demo profiles; returns the class file.
    static func station(_ home: TemporaryDirectory, cli: CLITests) throws -> URL {
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        return try ProvisionCLITests.classProfile(in: home)
    }

    @Test func aMistypedSerialSaysDidYouMeanBeforeTheUnauthorisedTablet() throws {
        let home = TemporaryDirectory()
        let good = try TabletFixture(index: 1), locked = try TabletFixture(index: 2, faults: ["auth-refused"])
        let tcp = ["--tcp", "127.0.0.1:\(good.tablet.port)", "--tcp", "127.0.0.1:\(locked.tablet.port)"]
        let typo = String(good.tablet.serial.dropLast())
        let shell = try cli.valise(["shell"] + tcp + [typo, "true"], home: home.url)
        #expect(shell.status == 1)
        #expect(shell.stderr.contains("Error: No tablet with serial \(typo) (did you mean \(good.tablet.serial)?)."), "\(shell.stderr)")
        #expect(shell.stderr.contains("Also, tablet 127.0.0.1:\(locked.tablet.port) did not let this computer in"), "\(shell.stderr)")

        let classFile = try Self.station(home, cli: cli)
        let provision = try cli.valise(["provision", "--profile", classFile.path, "--serial", typo] + tcp, home: home.url, extra: Self.environment)
        #expect(provision.status == 1)
        #expect(provision.stderr.contains("Error: No tablet with serial \(typo) (did you mean \(good.tablet.serial)?)."), "\(provision.stderr)")
        #expect(!provision.stderr.contains("Error: Tablet 127.0.0.1"))
    }

    @Test func aRefusedCommandShowsTheCommandAndTheTabletsOwnWords() throws {
        let home = TemporaryDirectory()
        let tablet = try TabletFixture(index: 1, faults: ["missing-service=alarm"])
        let classFile = try Self.station(home, cli: cli)
        let run = try cli.valise(["provision", "--profile", classFile.path, "--all", "--tcp", "127.0.0.1:\(tablet.tablet.port)"],
                                 home: home.url, extra: Self.environment)
        #expect(run.status == 2)
        for output in [run.stdout, try cli.valise(["report"], home: home.url).stdout] {
            #expect(output.contains("refused `cmd alarm set-timezone"), "\(output)")
            #expect(output.contains("saying: cmd: Can't find service: alarm."), "\(output)")
            #expect(!output.contains("message above"))
        }
    }

    @Test func aTabletThatNeverLetUsInIsInTheReportWithTheRunsWordsAndCounts() throws {
        let home = TemporaryDirectory()
        let good = try TabletFixture(index: 1), locked = try TabletFixture(index: 2, faults: ["auth-refused"])
        let classFile = try Self.station(home, cli: cli)
        let tcp = ["--tcp", "127.0.0.1:\(good.tablet.port)", "--tcp", "127.0.0.1:\(locked.tablet.port)"]
        let run = try cli.valise(["provision", "--profile", classFile.path, "--all"] + tcp, home: home.url, extra: Self.environment)
        #expect(run.status == 2)
        #expect(run.stdout.contains("1 of 2 tablets provisioned in"), "\(run.stdout)")
        #expect(run.stdout.contains("1 needs a hand: see WHY AND FIX above."), "\(run.stdout)")

        let table = try cli.valise(["report"], home: home.url).stdout
        #expect(table.contains(": 1 provisioned, 1 needs a hand"), "\(table)")
        let line = try #require(table.split(separator: "\n").first { $0.contains("127.0.0.1:\(locked.tablet.port)") })
        #expect(line.contains("needs a hand") && line.contains("did not allow this computer to connect"), "\(line)")

        // JSON: the run and the report name the case "case" (the report's rows of earlier versions said caseName).
        let json = try cli.valise(["report", "--format", "json"], home: home.url).stdout
        #expect(json.contains("\"case\" :") && json.contains("\"class\" :") && json.contains("\"state\" : \"needs a hand\""), "\(json)")
        #expect(!json.contains("caseName") && !json.contains("className"))
        let html = try cli.valise(["report", "--format", "html"], home: home.url).stdout
        #expect(html.contains("1 of 2 tablets provisioned: 1 needs a hand."), "\(html)")
    }

    @Test func ctrlCSaysTheUserStoppedTheRunAndWhatIsLeftOnEachTablet() throws {
        let home = TemporaryDirectory()
        let tablet = try TabletFixture(index: 1, faults: ["slow=100ms"])
        let classFile = try Self.station(home, cli: cli)
        let run = try BackgroundValise(["provision", "--profile", classFile.path, "--all", "--tcp", "127.0.0.1:\(tablet.tablet.port)"],
                                       home: home.url, extra: Self.environment)
        try waitUntil("the enrol step to start") { run.output.contains("step: enrol") }
        let end = run.interrupt()
        #expect(end.status == 2)
        #expect(end.stdout.contains("Stopped by the user (Ctrl-C). 0 of 1 tablets provisioned in"), "\(end.stdout)")
        #expect(end.stdout.contains("1 stopped before the end: WHY AND FIX says what is left to do"), "\(end.stdout)")
        let row = try #require(end.stdout.split(separator: "\n").first { $0.contains(tablet.tablet.serial) && $0.contains("stopped") })
        #expect(row.contains("Stopped by the user (Ctrl-C) before it was provisioned. Left to do: enrol, apps, settings, wifi, bundle, read-back."), "\(row)")
        #expect(!end.stdout.contains("need a hand"))

        let report = try cli.valise(["report"], home: home.url).stdout
        #expect(report.contains(": 0 provisioned, 0 need a hand, 1 stopped"), "\(report)")
        #expect(report.contains("Left to do: enrol, apps, settings, wifi, bundle, read-back."), "\(report)")
        #expect(!report.contains("Nothing to do"))
    }

    @Test func theSummarysTimeCoversFindingAndAuthorisingTheTablets() throws {
        let home = TemporaryDirectory()
        let good = try TabletFixture(index: 1), waiting = try TabletFixture(index: 2, authMode: .promptNever)
        let classFile = try Self.station(home, cli: cli)
        // Finding the serial asks every address; the second one waits 2 s for someone to tap Allow.
        let run = try cli.valise(["provision", "--profile", classFile.path, "--serial", good.tablet.serial, "--auth-timeout", "2",
                                  "--tcp", "127.0.0.1:\(good.tablet.port)", "--tcp", "127.0.0.1:\(waiting.tablet.port)"],
                                 home: home.url, extra: Self.environment)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let seconds = try #require(run.stdout.firstMatch(of: /provisioned in ([0-9.]+) s\./).flatMap { Double($0.1) })
        #expect(seconds >= 2.0, "the summary says \(seconds) s: it leaves out the wait for the second tablet")
    }

    @Test func devicesWatchSeesTCPTabletsComeAndGo() throws {
        let home = TemporaryDirectory()
        let tablet = try TabletFixture(index: 1)
        let watch = try BackgroundValise(["devices", "--watch", "--tcp", "127.0.0.1:\(tablet.tablet.port)"], home: home.url, extra: [:])
        try waitUntil("the tablet to be seen", seconds: 15) { watch.output.contains("arrived") && watch.output.contains(tablet.tablet.serial) }
        tablet.tablet.stop()
        try waitUntil("the tablet to be seen leaving", seconds: 15) { watch.output.contains("left") }
        let end = watch.interrupt()
        let lines = end.stdout.split(separator: "\n")
        #expect(lines.first { $0.hasPrefix("arrived") }?.contains("127.0.0.1:\(tablet.tablet.port)") == true, "\(end.stdout)")
        #expect(lines.first { $0.hasPrefix("left") }?.contains(tablet.tablet.serial) == true, "\(end.stdout)")
    }

    @Test func theDemoWritesItsReportUnderValiseHomeAndSaysWhere() throws {
        let home = TemporaryDirectory()
        let run = try cli.valise(["demo", "--count", "3", "--profiles", ProvisionCLITests.repository.appendingPathComponent("Profiles/demo").path],
                                 home: home.url)
        let page = home.url.appendingPathComponent("valise/valise-demo-report.html")
        #expect(run.stdout.contains("The case's report: \(page.path)"), "\(run.stdout)\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: page.path))
    }
}
