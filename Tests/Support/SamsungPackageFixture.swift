import Foundation
import SamsungFirmware

/// Builds `.tar.md5` packages in a temporary folder, as Samsung's build tools lay them out.
public struct SamsungPackageFixture {
    /// The folder the packages are written to.
    public let folder: URL

    /// A new temporary folder.
    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("samsung-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the folder.
    public func remove() { try? FileManager.default.removeItem(at: folder) }

    /// One ustar entry: header, data, padding.
    public static func tarEntry(_ name: String, _ data: [UInt8]) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int) { for (index, byte) in text.utf8.enumerated() { header[offset + index] = byte } }
        put(name, at: 0)
        put("0000644", at: 100)
        put("0000000", at: 108)
        put("0000000", at: 116)
        let size = String(data.count, radix: 8)
        put(String(repeating: "0", count: 11 - size.count) + size, at: 124)
        put("14737416100", at: 136)
        put("        ", at: 148)
        header[156] = UInt8(ascii: "0")
        put("ustar", at: 257)
        put("00", at: 263)
        let sum = String(header.reduce(0) { $0 + Int($1) }, radix: 8)
        put(String(repeating: "0", count: 6 - sum.count) + sum, at: 148)
        header[154] = 0
        return header + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
    }

    /// A tar of these entries with its end marker.
    public static func tar(_ entries: [(String, [UInt8])]) -> [UInt8] {
        entries.flatMap { tarEntry($0.0, $0.1) } + [UInt8](repeating: 0, count: 1024)
    }

    /// Writes `name` (e.g. "AP_X200XXU3CWK1.tar.md5"): the tar then its MD5 line (`md5` overrides the right one).
    @discardableResult
    public func package(_ name: String, tar: [UInt8], md5: String? = nil) throws -> URL {
        let url = folder.appendingPathComponent(name)
        let tarName = name.replacingOccurrences(of: ".md5", with: "")
        let line = "\(md5 ?? MD5.hex(tar))  \(tarName)\n"
        try Data(tar + Array(line.utf8)).write(to: url)
        return url
    }
}

/// Deterministic bytes that compress a little.
public func imageBytes(_ count: Int, seed: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: ($0 / 7) &* seed &+ $0 >> 10) }
}
