import Diagnostics
import Foundation
import Odin

/// One Samsung firmware package: BL, AP, CP, CSC or HOME_CSC `.tar.md5` (a tar, then "<md5>  <name>.tar\n").
///
/// `verify()` reads it once before anything is written: MD5, tar structure, every lz4 entry decoded (and
/// dropped). `plan(for:)` maps each entry to its PIT partition by file name (reading only headers);
/// `stream(_:)` reads it once more, handing each entry's bytes (decompressed) in order, never whole.
public struct SamsungPackage: Sendable {
    /// Which part of the firmware.
    public enum Kind: String, Sendable, CaseIterable { case bl = "BL", ap = "AP", cp = "CP", csc = "CSC", homeCSC = "HOME_CSC" }

    /// The file.
    public let url: URL
    /// BL, AP, CP, CSC or HOME_CSC (from the file name's start), nil when the name says none.
    public let kind: Kind?
    /// Bytes of the tar (the file without its MD5 line).
    public let tarLength: Int
    /// The MD5 the trailer announces.
    public let announcedMD5: String
    /// Bytes read at a time: a piece of a case's window (`PackageBroadcast`), small so that the window is.
    private static let chunk = 256 << 10

    /// Reads the trailer of `url`.
    public init(url: URL) throws(SamsungPackageProblem) {
        self.url = url
        let name = url.lastPathComponent.uppercased()
        kind = name.hasPrefix("HOME_CSC") ? .homeCSC : Kind.allCases.first { name.hasPrefix($0.rawValue + "_") }
        guard let handle = try? FileHandle(forReadingFrom: url), let length = try? handle.seekToEnd() else {
            throw .unreadable(Say.cannotReadPackage(url.path))
        }
        defer { try? handle.close() }
        let tailLength = min(Int(length), 512)
        try? handle.seek(toOffset: length - UInt64(tailLength))
        let tail = (try? handle.read(upToCount: tailLength)) ?? Data()
        // The last line: 32 hex digits, two spaces, the tar's name, a newline.
        var bytes = [UInt8](tail)
        if bytes.last == 0x0A { bytes.removeLast() }
        // The line: 32 hex digits and two spaces, then a name without NUL or newline, up to the end.
        func isHex(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte | 0x20) }
        guard bytes.count >= 35, let lineStart = stride(from: bytes.count - 35, through: 0, by: -1).first(where: { start in
            bytes[start..<(start + 32)].allSatisfy(isHex) && bytes[start + 32] == 0x20 && bytes[start + 33] == 0x20
                && !bytes[(start + 34)...].contains { $0 == 0 || $0 == 0x0A }
        }) else { throw .noTrailer }
        let line = String(decoding: bytes[lineStart...], as: UTF8.self)
        let hex = String(line.prefix(32)).lowercased()
        guard hex.count == 32, hex.allSatisfy({ $0.isHexDigit }), line.dropFirst(32).hasPrefix("  ") else { throw .noTrailer }
        announcedMD5 = hex
        tarLength = Int(length) - (tailLength - lineStart)
    }

    /// Reads the package once: its MD5 must match, its tar be whole, its lz4 entries decode. Nothing is written.
    /// `observe` sees every byte of the file in order, its MD5 line included, so that a caller can hash the
    /// file in the same pass (when the package is refused it may have seen only part of it).
    public func verify(observing observe: ([UInt8]) -> Void = { _ in }) throws(SamsungPackageProblem) {
        var md5 = MD5()
        var decoder: LZ4FrameDecoder?
        var current = ""
        try read { chunk, isTar in
            observe(chunk)
            md5.update(chunk)
            guard isTar else { return [] }
            return chunk
        } events: { event in
            switch event {
            case .entry(let name, _):
                current = name
                decoder = name.lowercased().hasSuffix(".lz4") ? try LZ4FrameDecoder() : nil
            case .data(let bytes):
                try decoder?.decode(bytes[...]) { _ in }
            case .entryEnd:
                if let decoder, !decoder.finished { throw SamsungPackageProblem.lz4("\(current) ends in the middle of its frame") }
            case .end:
                break
            }
        }
        let computed = md5.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        guard computed == announcedMD5 else { throw .md5Mismatch(expected: announcedMD5, computed: computed) }
        observe(try trailer())
    }

    /// The bytes after the tar: its MD5 line.
    private func trailer() throws(SamsungPackageProblem) -> [UInt8] {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw .unreadable(Say.cannotReadPackage(url.path)) }
        defer { try? handle.close() }
        do {
            try handle.seek(toOffset: UInt64(tarLength))
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable("\(url.lastPathComponent): \(error)")
        }
    }

    /// Each entry with its partition and the byte count the tablet receives; refused if an entry names no
    /// partition of `pit`. Reads only headers (and the first bytes of lz4 entries).
    public func plan(for pit: PIT) throws(SamsungPackageProblem) -> [SamsungPackageEntry] {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw .unreadable(Say.cannotReadPackage(url.path)) }
        defer { try? handle.close() }
        var entries: [SamsungPackageEntry] = []
        var offset = 0
        while offset + 512 <= tarLength {
            try? handle.seek(toOffset: UInt64(offset))
            let header = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
            var reader = TarStreamReader()
            reader.append(header)
            guard case .entry(let name, let size)? = try reader.next() else { break }
            guard offset + 512 + size <= tarLength else { throw .truncatedTar(offset: offset + 512) }
            let compressed = name.lowercased().hasSuffix(".lz4")
            let fileName = compressed ? String(name.dropLast(4)) : name
            var flashSize = size
            if compressed {
                let prefix = [UInt8]((try? handle.read(upToCount: min(size, 32))) ?? Data())
                guard let content = LZ4FrameDecoder.contentSize(ofFrameStartingWith: prefix) else { throw .lz4WithoutSize(entry: name) }
                flashSize = Int(content)
            }
            let baseName = String(fileName.split(separator: "/").last ?? "")
            guard let partition = pit.entry(forFile: baseName) else {
                throw .notInPIT(entry: baseName, partitions: pit.entries.map(\.flashFileName))
            }
            entries.append(SamsungPackageEntry(name: name, partition: partition, flashSize: flashSize, compressed: compressed))
            offset += 512 + size + (512 - size % 512) % 512
        }
        return entries
    }

    /// Reads the package once, handing every entry's flash bytes (decompressed) to `sink` in order, in pieces of
    /// at most 256 KiB (the read size, and the lz4 decoder's output buffer): a case's window of pieces stays small.
    public func stream(_ sink: (_ entryName: String, _ bytes: [UInt8]) throws -> Void) throws {
        var decoder: LZ4FrameDecoder?
        var current = ""
        try read { chunk, isTar in isTar ? chunk : [] } events: { event in
            switch event {
            case .entry(let name, _):
                current = name
                decoder = name.lowercased().hasSuffix(".lz4") ? try LZ4FrameDecoder() : nil
            case .data(let bytes):
                if let decoder { try decoder.decode(bytes[...]) { try sink(current, $0) } } else { try sink(current, bytes) }
            case .entryEnd, .end:
                break
            }
        }
    }

    /// Reads the file in chunks: `filter` sees every chunk (and whether it is tar) and returns the tar bytes.
    private func read(_ filter: ([UInt8], Bool) throws -> [UInt8], events: (TarStreamReader.Event) throws -> Void)
        throws(SamsungPackageProblem) {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw .unreadable(Say.cannotReadPackage(url.path)) }
        defer { try? handle.close() }
        var reader = TarStreamReader()
        var offset = 0
        do {
            while offset < tarLength {
                let count = min(Self.chunk, tarLength - offset)
                guard let data = try handle.read(upToCount: count), !data.isEmpty else { break }
                offset += data.count
                reader.append(try filter([UInt8](data), true))
                while let event = try reader.next() { try events(event) }
            }
            try reader.finish()
        } catch let problem as SamsungPackageProblem {
            throw problem
        } catch {
            throw .unreadable("\(url.lastPathComponent): \(error)")
        }
    }
}

/// One entry of a package and where it goes.
public struct SamsungPackageEntry: Sendable, Equatable {
    /// The name in the tar ("boot.img.lz4").
    public var name: String
    /// The PIT partition it goes to.
    public var partition: PITEntry
    /// Bytes the tablet receives (decompressed).
    public var flashSize: Int
    /// Whether it is lz4.
    public var compressed: Bool
}
