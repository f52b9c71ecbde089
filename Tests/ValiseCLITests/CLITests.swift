import Devices
import Foundation
import Simulator
import TestSupport
import Testing

/// The built `valise` binary, run as a technician would, against simulated tablets.
@Suite struct CLITests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
        return folder.appendingPathComponent("valise")
    }

    /// This process's environment with VALISE_HOME and HOME in `home`, no VALISE_TCP or demo passphrase, then `extra`.
    static func environment(home: URL, extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["VALISE_HOME"] = home.appendingPathComponent("valise").path
        environment["HOME"] = home.path
        environment.removeValue(forKey: "VALISE_TCP")
        environment.removeValue(forKey: "VALISE_DEMO_WIFI_PSK")
        // English unless a test asks for French (`extra: ["LANG": "fr_FR.UTF-8"]`), whatever the machine's locale.
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { environment.removeValue(forKey: name) }
        environment["LANG"] = "C.UTF-8"
        environment.merge(extra) { _, new in new }
        return environment
    }

    func valise(_ arguments: [String], home: URL, extra: [String: String] = [:]) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            Issue.record("\(Self.binary.path) is missing: run `swift build` before `swift test` (Scripts/test does).")
            return Run(status: -1, stdout: "", stderr: "")
        }
        return try Self.spawn(Self.binary, arguments, environment: Self.environment(home: home, extra: extra))
    }

    /// Runs `executable` with no input; reads its standard error on another thread while standard output is read,
    /// so neither pipe can fill up and block it.
    static func spawn(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        final class Collected: @unchecked Sendable { var data = Data() }   // written by the reader, read after `done`
        let stderr = Collected(), done = DispatchSemaphore(value: 0)
        Thread { stderr.data = err.fileHandleForReading.readDataToEndOfFile(); done.signal() }.start()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr.data, as: UTF8.self))
    }

    /// Runs `valise ARGUMENTS` with `environment` and kills it (SIGKILL) as soon as what it has printed on standard output
    /// satisfies `when`; returns that output, and whether the kill ended it (false: it had finished before).
    static func valiseKilled(_ arguments: [String], environment: [String: String], when: (String) -> Bool) throws -> (output: String, killed: Bool) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        while !when(text) {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return (text, process.terminationReason == .uncaughtSignal)
    }

    @Test("a command writing more to standard error than a pipe holds (64 KiB) ends, and all of it is read")
    func largeStandardErrorIsReadWhileStandardOutputIs() throws {
        // Standard error first: a helper reading standard output to its end before standard error would wait forever.
        let script = "yes 'stderr line' | head -c 300000 >&2; yes 'stdout line' | head -c 100000"
        final class Outcome: @unchecked Sendable { var run: Result<Run, any Error>? }   // written before `done`, read after
        let outcome = Outcome(), done = DispatchSemaphore(value: 0)
        // On a thread of its own, so that a helper that blocks fails this test instead of hanging the run.
        Thread {
            outcome.run = Result { try Self.spawn(URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: ProcessInfo.processInfo.environment) }
            done.signal()
        }.start()
        try #require(done.wait(timeout: .now() + 60) == .success, "the helper did not finish reading the command's output")
        let run = try #require(outcome.run).get()
        #expect(run.status == 0)
        #expect(run.stderr.utf8.count == 300_000)
        #expect(run.stderr.hasPrefix("stderr line\nstderr line\n"))
        #expect(run.stdout.utf8.count == 100_000)
        #expect(run.stdout.hasPrefix("stdout line\n"))
    }

    @Test func shellPassesTheExitStatusOn() throws {
        let fixture = try TabletFixture()
        let address = "127.0.0.1:\(fixture.tablet.port)"
        let home = fixture.folder.url
        let ok = try valise(["shell", "--tcp", address, fixture.tablet.serial, "getprop", "ro.serialno"], home: home)
        #expect(ok.status == 0)
        #expect(ok.stdout == fixture.tablet.serial + "\n")
        #expect(try valise(["shell", address, "exit 5"], home: home).status == 5)
        let stderr = try valise(["shell", address, "echo nope >&2; exit 2"], home: home)
        #expect(stderr.status == 2)
        #expect(stderr.stderr.contains("nope"))
    }

    @Test func devicesListsTabletsAsJSONAndAsATable() throws {
        let a = try TabletFixture(index: 1)
        let b = try TabletFixture(index: 2)
        let addresses = ["--tcp", "127.0.0.1:\(a.tablet.port)", "--tcp", "127.0.0.1:\(b.tablet.port)"]
        let json = try valise(["devices", "--json"] + addresses, home: a.folder.url)
        #expect(json.status == 0)
        let summaries = try JSONDecoder().decode([DeviceSummary].self, from: Data(json.stdout.utf8))
        #expect(Set(summaries.map(\.serial)) == [a.tablet.serial, b.tablet.serial])
        #expect(summaries.allSatisfy { $0.state == .device && $0.android != nil && $0.battery != nil })
        let table = try valise(["devices"] + addresses, home: a.folder.url)
        #expect(table.stdout.hasPrefix("SLOT  SERIAL"))
        #expect(table.stdout.contains(a.tablet.persona.identity.model))
    }

    @Test func pushPullAndInstall() throws {
        let fixture = try TabletFixture()
        let address = "127.0.0.1:\(fixture.tablet.port)"
        let home = fixture.folder.url
        let source = fixture.folder.file("notes.txt")
        try Data("Cahier de textes\n".utf8).write(to: source)
        let push = try valise(["push", address, source.path, "/sdcard/Documents/"], home: home)
        #expect(push.status == 0, "\(push.stderr)")
        #expect(push.stdout.contains("pushed"))
        let back = fixture.folder.file("back.txt")
        #expect(try valise(["pull", address, "/sdcard/Documents/notes.txt", back.path], home: home).status == 0)
        #expect(try String(contentsOf: back, encoding: .utf8) == "Cahier de textes\n")
        let apk = fixture.folder.file("agent.apk")
        try Data(TestAPK.make(package: "fr.valise.agent", versionCode: 3)).write(to: apk)
        let install = try valise(["install", address, apk.path], home: home)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.contains("Installed agent.apk"))
    }

    @Test func errorsSayWhatWhyAndTheFix() throws {
        let fixture = try TabletFixture()
        let home = fixture.folder.url
        let unknown = try valise(["shell", "--tcp", "127.0.0.1:\(fixture.tablet.port)", "NOSUCHSERIAL", "true"], home: home)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Error: No tablet with serial NOSUCHSERIAL was found."))
        #expect(unknown.stderr.contains("Fix: Run `valise devices`"))
        let badAddress = try valise(["devices", "--tcp", "localhost"], home: home)
        #expect(badAddress.status == 64)
        #expect(badAddress.stderr.contains("HOST:PORT"))
        let missingFile = try valise(["push", "127.0.0.1:\(fixture.tablet.port)", "/nonexistent/file", "/sdcard/"], home: home)
        #expect(missingFile.status == 64)
    }
}
