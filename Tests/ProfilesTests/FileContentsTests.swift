import Foundation
import Testing

@testable import Profiles

/// `FileContents.read` reads what `FileManager.contents(atPath:)` reads, without leaking on empty files.
@Suite("Reading profile files")
struct FileContentsTests {
    @Test("empty, small and missing files and folders read as with FileManager")
    func sameAsFileManager() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.yaml")
        let small = folder.appendingPathComponent("small.yaml")
        try TestSupport.write("", to: empty, mode: 0o644)
        try TestSupport.write("kind: class\nclass: 5A\n", to: small, mode: 0o644)
        for path in [empty.path, small.path, folder.path, folder.appendingPathComponent("missing.yaml").path] {
            #expect(FileContents.read(atPath: path) == FileManager.default.contents(atPath: path), "\(path)")
        }
        #expect(FileContents.read(atPath: empty.path) == Data())
        #if os(Linux)
        // Files in /proc report a size of 0 but have contents.
        #expect(FileContents.read(atPath: "/proc/self/cmdline")?.isEmpty == false)
        #endif
    }

    /// swift-foundation on Linux loses a 4 KB buffer on every read of an empty file: the `profile` fuzzer, which
    /// often writes empty layers, grew by about 5 KB an input until it hit its memory limit.
    @Test("reading an empty layer again and again does not grow the process")
    func emptyLayerDoesNotLeak() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("school.yaml")
        try TestSupport.write("", to: empty, mode: 0o644)
        for _ in 0..<100 { _ = LayerParser.parse(fileAt: empty, displayPath: empty.path) }
        let before = try Self.residentBytes()
        for _ in 0..<10_000 { _ = LayerParser.parse(fileAt: empty, displayPath: empty.path) }
        let grown = try Self.residentBytes() - before
        // A leak of 4 KB a read would be 40 MB; other tests running meanwhile may add a few.
        #expect(grown < 16 << 20, "grew by \(grown >> 10) KB over 10,000 reads")
    }

    /// The resident set of this process, from /proc (0 where there is none).
    static func residentBytes() throws -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }
}
