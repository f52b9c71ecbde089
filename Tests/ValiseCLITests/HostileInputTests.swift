import Foundation
import Simulator
import TestSupport
import Testing

/// Hostile tablets against `valise` itself, as the parc manager runs it: nothing lost, nothing leaked, nothing hung.
@Suite struct HostileInputTests {
    let cli = CLITests()
    static let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

    /// A home with the parc's keys and the demo class profile (with its agent); returns the class file.
    private func prepared(_ home: TemporaryDirectory) throws -> URL {
        let classFile = try ProvisionCLITests.classProfile(in: home)
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        return classFile
    }

    /// Runs `valise` with a pseudo-terminal as its output (util-linux's `script`), as the parc manager sees it.
    private func underTerminal(_ arguments: [String], home: TemporaryDirectory) throws -> String {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else {
            Issue.record("/usr/bin/script is missing: apt-get install bsdutils")
            return ""
        }
        let quoted = ([CLITests.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = script
        process.arguments = ["-qec", quoted.joined(separator: " "), "/dev/null"]
        process.environment = CLITests.environment(home: home.url, extra: Self.environment.merging(["TERM": "xterm"]) { $1 })
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let bytes = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: bytes, as: UTF8.self)
    }

    private func tcp(_ fixtures: [TabletFixture]) -> [String] { fixtures.flatMap { ["--tcp", "127.0.0.1:\($0.tablet.port)"] } }

    private func provision(_ classFile: URL, _ fixtures: [TabletFixture], home: TemporaryDirectory, _ extra: [String] = []) throws -> CLITests.Run {
        try cli.valise(["provision", "--profile", classFile.path, "--all"] + extra + tcp(fixtures), home: home.url, extra: Self.environment)
    }

    @Test func aTabletThatNeverStopsWritingFailsAloneAndTheRunEndsWithItsSummary() throws {
        let home = TemporaryDirectory()
        let classFile = try prepared(home)
        let endless = try TabletFixture(index: 1, faults: ["endless-output"]), healthy = try TabletFixture(index: 2)
        let devices = try cli.valise(["devices"] + tcp([endless, healthy]), home: home.url)
        #expect(devices.stdout.contains(healthy.tablet.serial))
        #expect(devices.stderr.contains("Tablet 127.0.0.1:\(endless.tablet.port)"), "\(devices.stderr)")
        #expect(devices.stderr.contains("sent more than Valise reads"), "\(devices.stderr)")
        let run = try provision(classFile, [endless, healthy], home: home)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("1 of 2 tablets provisioned"), "\(run.stdout)")
        #expect(run.stdout.contains("(127.0.0.1:\(endless.tablet.port)) sent more than Valise reads"), "\(run.stdout)")
        #expect(healthy.tablet.persona.isAgentListening)
    }

    @Test func aTricklingTabletStopsAtItsStepDeadline() throws {
        let home = TemporaryDirectory()
        let classFile = try prepared(home)
        let slow = try TabletFixture(index: 1, faults: ["trickle=1s"]), healthy = try TabletFixture(index: 2)
        let run = try provision(classFile, [slow, healthy], home: home, ["--step-timeout", "2"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("1 of 2 tablets provisioned"), "\(run.stdout)")
        #expect(run.stdout.contains("Tablet 127.0.0.1:\(slow.tablet.port) took longer than 2 s"), "\(run.stdout)")
        // Overrunning its deadline is not a passing trouble (its kind says so): the job is not tried again.
        #expect(!run.stdout.contains("attempt 2"), "\(run.stdout)")
        // Its answer (the serial, a byte a second) was cut, not waited for.
        #expect(slow.tablet.persona.hostileAnswersFinished == 0)
    }

    @Test func ctrlCInterruptsABlockedReadAndTheRunEndsWithItsSummary() throws {
        let home = TemporaryDirectory()
        let classFile = try prepared(home)
        let slow = try TabletFixture(index: 1, faults: ["trickle=2s"])
        let run = try BackgroundValise(["provision", "--profile", classFile.path, "--all"] + tcp([slow]), home: home.url,
                                       extra: Self.environment)
        try waitUntil("the tablet trickling its first answer") { slow.tablet.persona.hostileAnswers > 0 }
        let ended = run.interrupt()
        // The run ended without waiting for the answer it was blocked on (13 bytes, one every 2 s).
        #expect(slow.tablet.persona.hostileAnswersFinished == 0)
        #expect(ended.status == 2, "\(ended.stderr)")
        #expect(ended.stderr.contains("Stopping"))
        #expect(ended.stdout.contains("stopped"), "\(ended.stdout)")
        #expect(ended.stdout.contains("0 of 1 tablets provisioned"), "\(ended.stdout)")
    }

    @Test func whatATabletSaysIsShownAndKeptSafely() throws {
        let home = TemporaryDirectory()
        let classFile = try prepared(home)
        // A model that clears the screen, retitles the terminal, erases the line above, then starts a line of its own.
        let rogue = try TabletFixture(index: 1, faults: ["model=-2+3%1B[2J%1B]0;pwned%07%1B[1A%1B[2K%0A99"])
        let forger = try TabletFixture(index: 2, faults: ["serial=VAL%0Aslot%2099%20%20VALX%20%20done:%20provisioned"])
        let long = try TabletFixture(index: 3, faults: ["serial=" + String(repeating: "V", count: 65)])
        let huge = try TabletFixture(index: 4, faults: ["long-identity=2MiB"])
        let tablets = [rogue, forger, long, huge]

        let json = try cli.valise(["devices", "--json"] + tcp(tablets), home: home.url)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let rogueRow = rows.first { $0["serial"] as? String == rogue.tablet.serial }
        // A line break in the model does not move the Android version.
        #expect(rogueRow?["android"] as? String == rogue.tablet.persona.identity.androidRelease, "\(json.stdout)")
        #expect(rogueRow?["model"] as? String == #"-2+3\e[2J\e]0;pwned\u{7}\e[1A\e[2K\n99"#)

        let run = try provision(classFile, tablets, home: home)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("1 of 4 tablets provisioned"), "\(run.stdout)")
        #expect(run.stdout.contains("Tablet 127.0.0.1:\(forger.tablet.port) reports a serial Valise cannot use"), "\(run.stdout)")
        #expect(run.stdout.contains("Tablet 127.0.0.1:\(long.tablet.port) reports a serial Valise cannot use"), "\(run.stdout)")
        // A 2 MiB model does not even fit the greeting (4 KiB), which names it.
        #expect(run.stdout.contains("Tablet 127.0.0.1:\(huge.tablet.port) sent data Valise cannot understand"), "\(run.stdout)")
        let report = try cli.valise(["report", "--format", "csv"], home: home.url)
        let html = try cli.valise(["report", "--format", "html"], home: home.url)
        for output in [json.stdout, run.stdout, run.stderr, report.stdout, html.stdout] {
            #expect(!output.contains("\u{1B}"), "\(output)")
            #expect(!output.contains("\u{07}"))
            #expect(!output.split(separator: "\n").contains { $0.hasPrefix("slot 99") || $0.hasPrefix("99") }, "\(output)")
        }
        // Under a terminal the board redraws its lines with escapes of its own, never with the tablet's.
        let live = try underTerminal(["provision", "--profile", classFile.path, "--all"] + tcp(tablets), home: home)
        #expect(live.contains("\u{1B}[2K"), "\(live)")
        for sequence in ["\u{1B}[2J", "\u{1B}]0;", "\u{07}", "\u{1B}[1A\u{1B}[2K"] { #expect(!live.contains(sequence), "\(live)") }
        #expect(!live.split(separator: "\n").contains { $0.hasPrefix("slot 99") || $0.hasPrefix("99") }, "\(live)")
        // The spreadsheet does not read the model as a formula; nothing of the 2 MiB identity was stored.
        #expect(report.stdout.contains(#",'-2+3\e[2J"#), "\(report.stdout)")
        #expect(report.stdout.split(separator: "\r\n").count == 2)
        let folder = home.url.appendingPathComponent("valise")
        let size = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("inventory.sqlite") }
            .map { (try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path)[.size] as? NSNumber)?.intValue ?? 0 }
            .reduce(0, +)
        #expect(size < 1 << 20)
    }

    @Test func twoTabletsWithOneSerialAreBothStoppedBeforeAnyChange() throws {
        let home = TemporaryDirectory()
        let classFile = try prepared(home)
        let a = try TabletFixture(index: 1, faults: ["serial=VALTWIN0001"]), b = try TabletFixture(index: 2, faults: ["serial=VALTWIN0001"])
        let healthy = try TabletFixture(index: 3)
        for _ in 1...2 {
            let run = try provision(classFile, [a, b, healthy], home: home)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stdout.contains("1 of 3 tablets provisioned"), "\(run.stdout)")
            #expect(run.stdout.contains("(127.0.0.1:\(a.tablet.port)) and slot 2 (127.0.0.1:\(b.tablet.port)) all answer with serial VALTWIN0001"),
                    "\(run.stdout)")
            #expect(run.stdout.components(separatedBy: "none of them was changed").count - 1 >= 2)
            #expect(a.tablet.persona.applications.isEmpty && b.tablet.persona.applications.isEmpty)
            #expect(!a.tablet.persona.isAgentListening && !b.tablet.persona.isAgentListening)
        }
        let report = try cli.valise(["report", "--format", "csv"], home: home.url)
        #expect(!report.stdout.contains("VALTWIN0001"))
        #expect(report.stdout.contains(healthy.tablet.serial))
    }
}
