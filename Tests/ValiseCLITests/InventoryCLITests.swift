import Foundation
import Simulator
import TestSupport
import Testing

/// The inventory survives copies, disks and mistakes: it is complete in its file after each command, backed up on
/// demand, never taken as new when it is something else, and its failures say what, why and the fix.
@Suite struct InventoryCLITests {
    let cli = CLITests()
    static let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

    /// Two simulated tablets provisioned into `home`'s own inventory; returns the tablets and the provision arguments.
    func provisioned(_ home: TemporaryDirectory) throws -> ([TabletFixture], [String]) {
        let classFile = try ProvisionCLITests.classProfile(in: home)
        let tablets = [try TabletFixture(index: 1), try TabletFixture(index: 2)]
        let arguments = ["provision", "--profile", classFile.path, "--all"] + tablets.flatMap { ["--tcp", "127.0.0.1:\($0.tablet.port)"] }
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        let run = try cli.valise(arguments, home: home.url, extra: Self.environment)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        return (tablets, arguments)
    }

    static func inventory(_ home: TemporaryDirectory) -> URL { home.url.appendingPathComponent("valise/inventory.sqlite") }

    func reportedSerials(_ file: URL, home: TemporaryDirectory) throws -> Int {
        let csv = try cli.valise(["report", "--format", "csv", "--inventory", file.path], home: home.url)
        #expect(csv.status == 0, "\(csv.stderr)")
        return csv.stdout.split(separator: "\r\n").count - 1
    }

    @Test func theFileAloneIsCompleteAfterARunAndABackupIsAStandaloneCopy() throws {
        let home = TemporaryDirectory()
        _ = try provisioned(home)
        let file = Self.inventory(home)
        let wal = (try? FileManager.default.attributesOfItem(atPath: file.path + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0)
        let alone = home.file("alone.sqlite")
        try FileManager.default.copyItem(at: file, to: alone)
        #expect(try reportedSerials(alone, home: home) == 2)

        let backup = home.file("backup.sqlite")
        let first = try cli.valise(["inventory", "backup", backup.path], home: home.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Backed up \(file.path) to \(backup.path) (2 tablets)"))
        #expect(!FileManager.default.fileExists(atPath: backup.path + "-wal"))
        #expect(try reportedSerials(backup, home: home) == 2)
        let again = try cli.valise(["inventory", "backup", backup.path], home: home.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("Error: \(backup.path) already exists: the backup did not replace it."), "\(again.stderr)")
        #expect(again.stderr.contains("Fix: Give another file name, or add --force to replace it."))
        #expect(try cli.valise(["inventory", "backup", backup.path, "--force"], home: home.url).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.url.path).allSatisfy { !$0.contains("valise-partial") })
    }

    @Test func aFileThatIsNotAnInventoryIsNeverTakenAsANewOne() throws {
        let home = TemporaryDirectory()
        let (tablets, arguments) = try provisioned(home)
        let file = Self.inventory(home)
        let applied = tablets.map { $0.tablet.persona.applications }
        for (content, why) in [(Data(), "it is empty (0 bytes)"), (Data("tablet,slot\nVAL1,1\n".utf8), "it is not an SQLite database")] {
            try content.write(to: file)
            for command in [arguments, ["report"]] {
                let run = try cli.valise(command, home: home.url, extra: Self.environment)
                #expect(run.status == 1, "\(run.stdout)")
                #expect(run.stderr.contains("Error: \(file.path) is not a Valise inventory: \(why)."), "\(run.stderr)")
                #expect(run.stderr.contains("Why: Valise does not take it as a new, empty inventory"))
                #expect(run.stderr.contains("Fix: If it was this station's inventory, move it away and copy your last backup"))
                #expect(!run.stdout.contains("step:"))
            }
            #expect(try Data(contentsOf: file) == content)
        }
        #expect(tablets.map { $0.tablet.persona.applications } == applied)
    }

    @Test func aDamagedInventoryNamesTheBackupAsTheFix() throws {
        let home = TemporaryDirectory()
        _ = try provisioned(home)
        let file = Self.inventory(home)
        var bytes = try Data(contentsOf: file)
        #expect(bytes.count > 8192)
        bytes.replaceSubrange(4096..<bytes.count, with: Data(repeating: 0xA5, count: bytes.count - 4096))
        try bytes.write(to: file)
        let report = try cli.valise(["report"], home: home.url)
        #expect(report.status == 1)
        #expect(report.stderr.contains("Error: The inventory \(file.path) is damaged."), "\(report.stderr)")
        #expect(report.stderr.contains("Fix: Move it away, copy your last backup (made by `valise inventory backup FILE`)"))
        #expect(report.stderr.contains("Help: docs/troubleshooting.md#inventory"))
        #expect(!report.stderr.contains("SQLite error"))
    }

    /// The disk fills in the middle of a run: a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) on the valise process.
    @Test func aFullDiskMidRunStillShowsEveryTabletAndSaysWhatToDo() throws {
        let home = TemporaryDirectory()
        let (tablets, arguments) = try provisioned(home)
        defer { withExtendedLifetime(tablets) {} }
        let limitKiB = 40
        let size = (try FileManager.default.attributesOfItem(atPath: Self.inventory(home).path)[.size] as? Int) ?? 0
        #expect(size > limitKiB * 1024)
        let run = try limited(fileSizeKiB: limitKiB, arguments, home: home)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("SLOT  NAME"), "\(run.stdout)")
        #expect(run.stdout.contains("could not be written"), "\(run.stdout)")
        #expect(run.stderr.contains("Error: The inventory \(Self.inventory(home).path) could not be written"), "\(run.stderr)")
        #expect(run.stderr.contains("Fix: "))
        #expect(!(run.stdout + run.stderr).contains("SQLite error"))
        #expect(!run.stdout.contains("failed.\n"))
    }

    /// A read-only VALISE_HOME (a station's disk mounted read-only, a folder of someone else's): `report` reads it,
    /// a run says the inventory cannot be written and how to fix it. Root ignores modes, so as root valise runs as nobody.
    @Test func aReadOnlyInventoryCanBeReportedButNotWritten() throws {
        let home = TemporaryDirectory()
        let (tablets, arguments) = try provisioned(home)
        defer { withExtendedLifetime(tablets) {} }
        let folder = home.url.appendingPathComponent("valise")
        let asRoot = getuid() == 0
        // As after a clean close: the WAL is in the file, no -wal or -shm beside it (SQLite needs a writable folder to make them).
        for suffix in ["-wal", "-shm"] { unlink(Self.inventory(home).path + suffix) }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("inventory.sqlite") {
            chmod(folder.appendingPathComponent(name).path, 0o444)
        }
        if asRoot {
            for path in [home.url.path] + (FileManager.default.subpaths(atPath: home.url.path) ?? []).map({ home.url.path + "/" + $0 }) {
                lchown(path, 65534, 65534)
            }
        }
        chmod(folder.path, 0o555)
        defer { chmod(folder.path, 0o755) }
        let prefix = asRoot ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let report = try run(prefix, ["report"], home: home)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("2 provisioned, 0 need a hand"), "\(report.stdout)")
        let provision = try run(prefix, arguments, home: home)
        #expect(provision.status == 1)
        #expect(provision.stderr.contains("Error: The inventory \(Self.inventory(home).path) cannot be written."), "\(provision.stderr)")
        #expect(provision.stderr.contains("`valise report` works on a read-only inventory"))
        #expect(!provision.stderr.contains("restore it from a backup"))
    }

    func run(_ prefix: [String], _ arguments: [String], home: TemporaryDirectory) throws -> CLITests.Run {
        guard let tool = prefix.first else { return try cli.valise(arguments, home: home.url, extra: Self.environment) }
        return try spawn(tool, Array(prefix.dropFirst()) + [CLITests.binary.path] + arguments, home: home)
    }

    /// Runs valise under bash with `ulimit -f` (KiB) and SIGXFSZ ignored, so a write past the limit fails with EFBIG.
    func limited(fileSizeKiB: Int, _ arguments: [String], home: TemporaryDirectory) throws -> CLITests.Run {
        try spawn("/bin/bash", ["-c", "trap '' XFSZ; ulimit -f \(fileSizeKiB); exec \"$0\" \"$@\"", CLITests.binary.path] + arguments, home: home)
    }

    func spawn(_ tool: String, _ arguments: [String], home: TemporaryDirectory) throws -> CLITests.Run {
        try CLITests.spawn(URL(fileURLWithPath: tool), arguments, environment: CLITests.environment(home: home.url, extra: Self.environment))
    }
}
