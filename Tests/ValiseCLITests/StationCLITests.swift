import Foundation
import Inventory
import Simulator
import TestSupport
import Testing

/// `valise reprovision`, `valise watch` with hooks, and `valise rentree`, run as a technician would.
@Suite struct StationCLITests {
    let cli = CLITests()

    /// A home with the parc keys and a copy of the demo profiles (agent APK added; `extra` appended to 5A.yaml).
    static func home(extra: String = "", padAgent: Int = 0) throws -> (TemporaryDirectory, URL) {
        let home = TemporaryDirectory()
        let profiles = home.url.appendingPathComponent("profiles")
        let classFile = try DemoProfiles.copy(to: profiles, agentPadding: padAgent, extra: extra)
        #expect(try CLITests().valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        return (home, classFile)
    }

    static let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

    @Test func reprovisionRestoresIdentityAndTheReportShowsFirmwareLevels() throws {
        // Tablet 1 is a Lenovo TB-X306F, tablet 2 an SM-X200 below the level the class asks for.
        let (home, classFile) = try Self.home(extra: "firmware:\n  product: SM-X200\n  min_build: X200XXU9ZZZ9\n")
        let a = try TabletFixture(index: 1), b = try TabletFixture(index: 2)
        #expect(b.tablet.persona.identity.model == "SM-X200" && a.tablet.persona.identity.model != "SM-X200")
        let both = ["--tcp", "127.0.0.1:\(a.tablet.port)", "--tcp", "127.0.0.1:\(b.tablet.port)"]
        let first = try cli.valise(["provision", "--profile", classFile.path, "--all"] + both, home: home.url, extra: Self.environment)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("firmware: needs flashing: build X200XX"), "\(first.stdout)")

        let csv = try cli.valise(["report", "--format", "csv"], home: home.url).stdout
        #expect(csv.contains("\(a.tablet.serial),\(a.tablet.persona.identity.model),provisioned,"))
        #expect(csv.contains(",unknown model,") && csv.contains(",needs flashing,"), "\(csv)")
        #expect(try cli.valise(["report"], home: home.url).stdout.contains("1 below the firmware level"))

        // A factory reset, then the tablet alone on the bench: it comes back as slot 2, DEMO-5A-02.
        let inventory = try Inventory(home: home.url.appendingPathComponent("valise").path)
        let before = try #require(try inventory.tablet(serial: b.tablet.serial))
        b.tablet.persona.factoryReset()
        let again = try cli.valise(["reprovision", b.tablet.serial, "--tcp", "127.0.0.1:\(b.tablet.port)"], home: home.url, extra: Self.environment)
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("Re-provisioning \(b.tablet.serial) as DEMO-5A-02 (slot 2"), "\(again.stdout)")
        #expect(again.stdout.contains("1 of 1 tablets provisioned"))
        let after = try #require(try inventory.tablet(serial: b.tablet.serial))
        #expect(after.slot == 2 && after.name == before.name && after.bundleSequence > before.bundleSequence)
        #expect(b.tablet.persona.isAgentListening && b.tablet.persona.agentLastSequence == after.bundleSequence)

        let unknown = try cli.valise(["reprovision", "VALNOTHERE", "--tcp", "127.0.0.1:\(b.tablet.port)"], home: home.url)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Tablet VALNOTHERE is not in this station's inventory") && unknown.stderr.contains("Fix: "))
    }

    @Test func watchProvisionsTabletsAsTheyComeAndRunsTheHooksWithTheirEnvironment() throws {
        let (home, classFile) = try Self.home()
        let a = try TabletFixture(index: 3), b = try TabletFixture(index: 4)
        let hooks = home.url.appendingPathComponent("hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        let record = "env | grep -E '^(SERIAL|SLOT|PORT_PATH|MODEL)=' | sort > '\(hooks.path)'/"
        let watch = try BackgroundValise(["watch", "--profile", classFile.path, "--tcp", "127.0.0.1:\(a.tablet.port)",
                                          "--tcp", "127.0.0.1:\(b.tablet.port)",
                                          "--on-attach", record + "attach-$SLOT", "--on-detach", record + "detach-$SLOT"],
                                         home: home.url, extra: Self.environment)
        let inventory = try Inventory(home: home.url.appendingPathComponent("valise").path)
        try waitUntil("both tablets provisioned") {
            try [a, b].allSatisfy { try inventory.tablet(serial: $0.tablet.serial)?.status == "provisioned" }
        }
        // The shell creates the file before `sort` writes it: wait for the whole of it.
        func written(_ name: String) -> Bool {
            ((try? String(contentsOf: hooks.appendingPathComponent(name), encoding: .utf8)) ?? "").contains("SLOT=")
        }
        try waitUntil("the attach hooks") { written("attach-2") }
        let attach = try String(contentsOf: hooks.appendingPathComponent("attach-2"), encoding: .utf8)
        #expect(attach == "MODEL=\(b.tablet.persona.identity.model)\nPORT_PATH=127.0.0.1:\(b.tablet.port)\nSERIAL=\(b.tablet.serial)\nSLOT=2\n")

        b.tablet.stop()   // unplugged
        try waitUntil("the detach hook") { written("detach-2") }
        let detach = try String(contentsOf: hooks.appendingPathComponent("detach-2"), encoding: .utf8)
        #expect(detach.contains("SERIAL=\(b.tablet.serial)\n") && detach.contains("SLOT=2\n"))
        #expect(!FileManager.default.fileExists(atPath: hooks.appendingPathComponent("detach-1").path))

        let run = watch.interrupt()
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("2 of 2 tablets provisioned"), "\(run.stdout)")
    }

    /// systemd stops a station with SIGTERM: the tablet under way finishes its job; the one waiting is not taken.
    @Test func sigtermLetsTheTabletUnderWayFinishAndTakesNoOther() throws {
        let (home, classFile) = try Self.home()
        let a = try TabletFixture(index: 8, faults: ["slow=40ms"]), b = try TabletFixture(index: 9, faults: ["slow=40ms"])
        let watch = try BackgroundValise(["watch", "--profile", classFile.path, "--jobs", "1", "--tcp", "127.0.0.1:\(a.tablet.port)",
                                          "--tcp", "127.0.0.1:\(b.tablet.port)"], home: home.url, extra: Self.environment)
        try waitUntil("a job under way") { watch.output.contains("step:") }
        let run = watch.terminate()
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("Stopping (SIGTERM): no new tablet is taken"), "\(run.stderr)")
        #expect(run.stdout.contains("1 of 2 tablets provisioned"), "\(run.stdout)")
        let inventory = try Inventory(home: home.url.appendingPathComponent("valise").path)
        let provisioned = try [a, b].filter { try inventory.tablet(serial: $0.tablet.serial)?.status == "provisioned" }
        #expect(provisioned.count == 1)
    }

    @Test func watchFlashesATabletBehindTheCatalogThenProvisionsIt() throws {
        let (home, classFile) = try Self.home()
        let a = try TabletFixture(index: 0)   // an SM-T220, behind the demo catalog
        let python = try Tools.locate("python3", package: "python3")
        let firmware = home.url.appendingPathComponent("firmware")
        let made = try Tools.run(python, [ProvisionCLITests.repository.appendingPathComponent("Scripts/make-demo-firmware").path, firmware.path, "--all-fastboot"])
        #expect(made.status == 0, "\(made.output)")
        let hooks = home.url.appendingPathComponent("hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        let watch = try BackgroundValise(["watch", "--profile", classFile.path, "--tcp", "127.0.0.1:\(a.tablet.port)",
                                          "--fastboot-tcp", "127.0.0.1:\(try #require(a.tablet.fastbootPort))",
                                          "--firmware-catalog", firmware.appendingPathComponent("catalog.yaml").path,
                                          "--on-attach", "echo \"$SERIAL\" >> '\(hooks.path)/attach'",
                                          "--on-detach", "echo \"$SERIAL\" >> '\(hooks.path)/detach'"],
                                         home: home.url, extra: Self.environment)
        let inventory = try Inventory(home: home.url.appendingPathComponent("valise").path)
        try waitUntil("the tablet flashed and provisioned", seconds: 240) {
            try inventory.tablet(serial: a.tablet.serial)?.status == "provisioned"
        }
        try waitUntil("the attach hook") {
            ((try? String(contentsOf: hooks.appendingPathComponent("attach"), encoding: .utf8)) ?? "").hasSuffix("\n")
        }
        let run = watch.interrupt()
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("firmware: [1/4] flashing bootloader"), "\(run.stdout)")
        #expect(run.stdout.contains("firmware: runs T220XXU9ZZA1, security patch 2026-06-01: confirmed"), "\(run.stdout)")
        #expect(run.stdout.contains("1 of 1 tablets provisioned"), "\(run.stdout)")
        for partition in ["bootloader_a", "boot_a", "vbmeta_a", "system_a"] {
            #expect(a.tablet.bootloader.flashCount(partition) == 1, "\(partition)")
        }
        #expect(a.tablet.persona.isAgentListening && a.tablet.persona.identity.securityPatch == "2026-06-01")
        // Rebooting to its bootloader and back was not an unplug: one attach, no detach, one job.
        #expect(try String(contentsOf: hooks.appendingPathComponent("attach"), encoding: .utf8) == "\(a.tablet.serial)\n")
        #expect(!FileManager.default.fileExists(atPath: hooks.appendingPathComponent("detach").path))
    }

    @Test func rentreeProvisionsEachCaseWithItsClassAndSaysWhatRemains() throws {
        let (home, _) = try Self.home()
        let a = try TabletFixture(index: 5), b = try TabletFixture(index: 6)
        let plan = home.url.appendingPathComponent("rentree.yaml")
        // Two slots for valise-lab (one tablet missing), none yet of cart-2.
        let spare = try TabletFixture(index: 7)
        let missingPort = spare.tablet.port
        spare.tablet.stop()
        try """
            name: Rentrée test
            profiles: profiles
            cases:
              valise-lab: {class: 5A, tcp: ["127.0.0.1:\(a.tablet.port)", "127.0.0.1:\(b.tablet.port)", "127.0.0.1:\(missingPort)"]}
            """.write(to: plan, atomically: true, encoding: .utf8)
        let run = try cli.valise(["rentree", plan.path], home: home.url, extra: Self.environment)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("Rentrée test: 1 case, 3 tablets attached."), "\(run.stdout)")
        #expect(a.tablet.persona.isAgentListening && b.tablet.persona.isAgentListening)
        #expect(run.stdout.contains("valise-lab  5A     2 of 3"), "\(run.stdout)")
        #expect(run.stdout.contains("1 slot remain"), "\(run.stdout)")

        // The case maps of the plan's library count: a case no tablet of which was seen still shows its slots.
        let maps = home.url.appendingPathComponent("profiles/cases")
        try FileManager.default.createDirectory(at: maps, withIntermediateDirectories: true)
        try "case: cart-9\nhub: 3-1\nslots:\n  1: 1\n  2: 2\n".write(to: maps.appendingPathComponent("cart-9.yaml"), atomically: true, encoding: .utf8)
        try "name: Rentrée test\nprofiles: profiles\ncases:\n  cart-9: 5A\n".write(to: plan, atomically: true, encoding: .utf8)
        let mapped = try cli.valise(["rentree", plan.path], home: home.url, extra: Self.environment)
        #expect(mapped.status == 2, "\(mapped.stdout)\(mapped.stderr)")
        #expect(mapped.stdout.contains("cart-9") && !mapped.stdout.contains("no case map names this case"), "\(mapped.stdout)")

        // Two cases of one class whose tablets the class's naming would name alike: refused before any tablet is touched.
        try "name: Rentrée test\nprofiles: profiles\ncases:\n  cart-9: 5A\n  cart-10: 5A\n".write(to: plan, atomically: true, encoding: .utf8)
        let alike = try cli.valise(["rentree", plan.path], home: home.url, extra: Self.environment)
        #expect(alike.status == 65, "\(alike.stdout)\(alike.stderr)")
        #expect(alike.stderr.contains("rentree.yaml:5:12: cases cart-9 and cart-10 both get class 5A"), "\(alike.stderr)")
        #expect(alike.stderr.contains("add {case} to naming.template"), "\(alike.stderr)")
        #expect(!alike.stdout.contains("Rentrée test:"), "nothing started: \(alike.stdout)")

        try "cases:\n  valise-lab: {klass: 5A}\n".write(to: plan, atomically: true, encoding: .utf8)
        let bad = try cli.valise(["rentree", plan.path], home: home.url)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("The rentrée plan has 3 problems"))
        #expect(bad.stderr.contains("rentree.yaml:1:1: the plan has no 'profiles'"), "\(bad.stderr)")
        #expect(bad.stderr.contains("rentree.yaml:2:16: unknown key 'klass' in case 'valise-lab'"), "\(bad.stderr)")
    }
}

/// `valise` running in the background until interrupted (Ctrl-C).
/// `stdout` and `stderr` are written by their reader threads and read only after `group` says both finished.
final class BackgroundValise: @unchecked Sendable {
    let process = Process()
    let out = Pipe(), err = Pipe()
    private var stdout = Data(), stderr = Data()
    private var partial = Data()   // guarded by lock
    private let lock = NSLock()
    private let group = DispatchGroup()

    init(_ arguments: [String], home: URL, extra: [String: String]) throws {
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.environment = CLITests.environment(home: home, extra: extra)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        group.enter()
        Thread { [self] in
            // Read as it comes, so `output` shows progress.
            while case let chunk = out.fileHandleForReading.availableData, !chunk.isEmpty {
                lock.withLock { partial.append(chunk) }
            }
            stdout = lock.withLock { partial }
            group.leave()
        }.start()
        group.enter()
        Thread { [self] in stderr = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }.start()
    }

    deinit { if process.isRunning { process.terminate() } }

    /// What it printed so far (standard output).
    var output: String {
        lock.withLock { String(decoding: partial, as: UTF8.self) }
    }

    /// SIGKILL, as a crash or a pulled plug would end it.
    func kill() -> (signalled: Bool, stdout: String) {
        Foundation.kill(process.processIdentifier, SIGKILL)
        group.wait()
        process.waitUntilExit()
        return (process.terminationReason == .uncaughtSignal, String(decoding: stdout, as: UTF8.self))
    }

    /// Sends SIGINT and waits for the end.
    func interrupt() -> CLITests.Run { stop(SIGINT) }

    /// Sends SIGTERM (as `systemctl stop` does) and waits for the end.
    func terminate() -> CLITests.Run { stop(SIGTERM) }

    private func stop(_ signal: Int32) -> CLITests.Run {
        Foundation.kill(process.processIdentifier, signal)
        group.wait()
        process.waitUntilExit()
        return CLITests.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
