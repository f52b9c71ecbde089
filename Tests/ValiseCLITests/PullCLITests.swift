import Devices
import Foundation
import Simulator
import TestSupport
import Testing

/// `valise pull` never destroys a file or folder on this computer, whatever path is asked and whatever the tablet sends.
@Suite struct PullCLITests {
    private let cli = CLITests()

    /// A tablet with /data/local/tmp/f.txt, and a folder `f.txt/deep/thesis.odt` on this computer inside `work`.
    private func setUp(faults: [String] = []) throws -> (TabletFixture, URL, URL) {
        let fixture = try TabletFixture(faults: faults)
        let remote = try #require(fixture.tablet.persona.hostPath(forDevicePath: "/data/local/tmp/f.txt"))
        try FileManager.default.createDirectory(at: remote.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("from the tablet\n".utf8).write(to: remote)
        let work = fixture.folder.url.appendingPathComponent("a/b", isDirectory: true)
        let thesis = work.appendingPathComponent("f.txt/deep/thesis.odt")
        try FileManager.default.createDirectory(at: thesis.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("six months of work\n".utf8).write(to: thesis)
        return (fixture, work, thesis)
    }

    private func tree(_ folder: URL) -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted()
    }

    @Test func aFolderIsNeverReplacedAndAPullIntoAFolderGoesIntoIt() throws {
        let (fixture, work, thesis) = try setUp()
        let address = "127.0.0.1:\(fixture.tablet.port)"
        let before = tree(work.deletingLastPathComponent())
        for force in [[], ["--force"]] {
            let run = try cli.valise(["pull", address, "/data/local/tmp/f.txt", work.path] + force, home: fixture.folder.url)
            #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
            #expect(run.stderr.contains("Error: \(work.path)/f.txt is a folder"), "\(run.stderr)")
            #expect(run.stderr.contains("Fix: Pull into it"))
        }
        #expect(try String(contentsOf: thesis, encoding: .utf8) == "six months of work\n")
        #expect(tree(work.deletingLastPathComponent()) == before)
        // Naming the folder itself pulls into it.
        let into = try cli.valise(["pull", address, "/data/local/tmp/f.txt", work.appendingPathComponent("f.txt").path], home: fixture.folder.url)
        #expect(into.status == 0, "\(into.stderr)")
        #expect(try String(contentsOf: work.appendingPathComponent("f.txt/f.txt"), encoding: .utf8) == "from the tablet\n")
        #expect(try String(contentsOf: thesis, encoding: .utf8) == "six months of work\n")
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let (fixture, work, _) = try setUp()
        let address = "127.0.0.1:\(fixture.tablet.port)"
        let mine = work.appendingPathComponent("notes.txt")
        try Data("mine\n".utf8).write(to: mine)
        let refused = try cli.valise(["pull", address, "/data/local/tmp/f.txt", mine.path], home: fixture.folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Error: \(mine.path) already exists"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Fix: Add --force"))
        #expect(try String(contentsOf: mine, encoding: .utf8) == "mine\n")
        let forced = try cli.valise(["pull", address, "/data/local/tmp/f.txt", mine.path, "--force"], home: fixture.folder.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: mine, encoding: .utf8) == "from the tablet\n")
    }

    @Test func dotDotDotAndEmptyNamesAreRefused() throws {
        let (fixture, work, thesis) = try setUp()
        let address = "127.0.0.1:\(fixture.tablet.port)"
        let before = tree(work.deletingLastPathComponent())
        for remote in ["/data/local/tmp/f.txt/.", "/data/local/tmp/f.txt/..", "/data/local/tmp/", "/"] {
            let run = try cli.valise(["pull", address, remote, work.path, "--force"], home: fixture.folder.url)
            #expect(run.status == 1, "\(remote): \(run.stderr)")
            #expect(run.stderr.contains("which is not a file name"), "\(remote): \(run.stderr)")
            #expect(run.stderr.contains("Fix: Name the file on the tablet"))
        }
        #expect(tree(work.deletingLastPathComponent()) == before)
        #expect(try String(contentsOf: thesis, encoding: .utf8) == "six months of work\n")
    }

    @Test func aTabletThatServesAnyPathCannotReplaceTheParentFolder() throws {
        let (fixture, work, thesis) = try setUp(faults: ["serve-any-path"])
        let address = "127.0.0.1:\(fixture.tablet.port)"
        let parent = work.deletingLastPathComponent()
        let before = tree(parent)
        let run = try cli.valise(["pull", address, "/sdcard/Download/..", work.path, "--force"], home: fixture.folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\"..\""), "\(run.stderr)")
        #expect(tree(parent) == before)
        #expect(try String(contentsOf: thesis, encoding: .utf8) == "six months of work\n")
        // The tablet does answer for "..": the refusal is Valise's own.
        let named = work.appendingPathComponent("named.bin")
        let served = try cli.valise(["pull", address, "/sdcard/Download/..", named.path], home: fixture.folder.url)
        #expect(served.status == 0, "\(served.stderr)")
        #expect(try String(contentsOf: named, encoding: .utf8) == "served for /sdcard/Download/..\n")
    }

    @Test func aFailedPullLeavesNoTemporaryFile() throws {
        let (fixture, work, _) = try setUp()
        let address = "127.0.0.1:\(fixture.tablet.port)"
        let before = tree(work)
        for remote in ["/sdcard/nothing-here", "/data/local/tmp"] {
            let run = try cli.valise(["pull", address, remote, work.appendingPathComponent("out.bin").path], home: fixture.folder.url)
            #expect(run.status == 1, "\(remote)")
            #expect(run.stderr.contains("refused to pull"), "\(run.stderr)")
        }
        #expect(tree(work) == before)
    }
}
