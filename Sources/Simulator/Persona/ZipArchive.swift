import Foundation

/// One entry of a ZIP central directory.
struct PersonaZipEntry: Equatable {
    var name: String
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int
}

/// Minimal ZIP reading (end record, central directory, local headers) and CRC-32, enough to read the
/// stored `valise-sim.properties` entry of a simulated APK.
enum PersonaZip {
    /// What the reading takes: an array, or the `Data` of a mapped file (an install's staged APK, read in place).
    typealias Bytes = RandomAccessCollection<UInt8>

    private static func u16(_ b: some Bytes, _ at: Int) -> Int? {
        guard at >= 0, at + 2 <= b.count else { return nil }
        let i = b.index(b.startIndex, offsetBy: at)
        return Int(b[i]) | Int(b[b.index(after: i)]) << 8
    }
    private static func u32(_ b: some Bytes, _ at: Int) -> Int? {
        guard let low = u16(b, at), let high = u16(b, at + 2) else { return nil }
        return low | high << 16
    }

    private static func slice<B: Bytes>(_ b: B, _ from: Int, _ count: Int) -> B.SubSequence {
        let start = b.index(b.startIndex, offsetBy: from)
        return b[start..<b.index(start, offsetBy: count)]
    }

    /// The central directory entries, or nil when `bytes` is not a readable ZIP.
    static func entries(_ bytes: some Bytes) -> [PersonaZipEntry]? {
        guard bytes.count >= 22, u32(bytes, 0) == 0x0403_4B50 else { return nil }
        var eocd = -1
        var pos = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while pos >= lowest {
            if u32(bytes, pos) == 0x0605_4B50 { eocd = pos; break }
            pos -= 1
        }
        guard eocd >= 0, let count = u16(bytes, eocd + 10), let cdSize = u32(bytes, eocd + 12),
              let cdOffset = u32(bytes, eocd + 16), cdOffset + cdSize <= eocd else { return nil }
        var result: [PersonaZipEntry] = []
        var at = cdOffset
        for _ in 0..<count {
            guard u32(bytes, at) == 0x0201_4B50, let method = u16(bytes, at + 10), let crc = u32(bytes, at + 16),
                  let csize = u32(bytes, at + 20), let usize = u32(bytes, at + 24), let nameLen = u16(bytes, at + 28),
                  let extraLen = u16(bytes, at + 30), let commentLen = u16(bytes, at + 32),
                  let local = u32(bytes, at + 42), at + 46 + nameLen <= bytes.count else { return nil }
            let name = String(decoding: slice(bytes, at + 46, nameLen), as: UTF8.self)
            result.append(PersonaZipEntry(name: name, method: UInt16(method), crc32: UInt32(crc), compressedSize: csize,
                                          uncompressedSize: usize, localHeaderOffset: local))
            at += 46 + nameLen + extraLen + commentLen
        }
        return result
    }

    /// The bytes of a STORED entry (checked against its CRC-32), or nil.
    static func storedData(_ bytes: some Bytes, _ entry: PersonaZipEntry) -> [UInt8]? {
        let at = entry.localHeaderOffset
        guard entry.method == 0, u32(bytes, at) == 0x0403_4B50, let nameLen = u16(bytes, at + 26),
              let extraLen = u16(bytes, at + 28) else { return nil }
        let start = at + 30 + nameLen + extraLen
        guard start + entry.compressedSize <= bytes.count else { return nil }
        let data = Array(slice(bytes, start, entry.compressedSize))
        return crc32(data) == entry.crc32 ? data : nil
    }

    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (IEEE 802.3), as ZIP uses it.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        bytes.withUnsafeBufferPointer { p in
            for b in p { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        }
        return c ^ 0xFFFF_FFFF
    }
}

/// Builds valid APK-shaped ZIP files for tests and the demo.
public enum TestAPK {
    /// A STORED ZIP holding `AndroidManifest.xml` (placeholder), `valise-sim.properties` with the package facts,
    /// and, when `padding` > 0, `assets/payload.bin` with that many pseudo-random bytes.
    public static func make(package: String, versionCode: Int, versionName: String = "1.0", minSdk: Int = 21,
                            padding: Int = 0) -> [UInt8] {
        let properties = "package=\(package)\nversionCode=\(versionCode)\nversionName=\(versionName)\nminSdk=\(minSdk)\n"
        var files: [(String, [UInt8])] = [
            ("AndroidManifest.xml", [0x03, 0x00, 0x08, 0x00] + Array("valise-sim placeholder".utf8)),
            ("valise-sim.properties", Array(properties.utf8)),
        ]
        if padding > 0 {
            var x = UInt64(truncatingIfNeeded: PersonaZip.crc32(Array("\(package):\(versionCode)".utf8))) | 1 << 40
            var payload = [UInt8](repeating: 0, count: padding)
            for i in 0..<padding {
                x ^= x << 13; x ^= x >> 7; x ^= x << 17
                payload[i] = UInt8(truncatingIfNeeded: x >> 24)
            }
            files.append(("assets/payload.bin", payload))
        }
        return zipStored(files)
    }

    static func le16(_ v: Int) -> [UInt8] { [UInt8(truncatingIfNeeded: v), UInt8(truncatingIfNeeded: v >> 8)] }
    static func le32(_ v: Int) -> [UInt8] { le16(v) + le16(v >> 16) }

    /// Writes local headers, data, the central directory and the end record (no compression).
    static func zipStored(_ files: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        let time = 0x6000, date = 0x5821 // 12:00:00, 2024-01-01
        for (name, data) in files {
            let nameBytes = Array(name.utf8)
            let crc = Int(PersonaZip.crc32(data))
            let offset = out.count
            out += le32(0x0403_4B50) + le16(10) + le16(0) + le16(0) + le16(time) + le16(date)
            out += le32(crc) + le32(data.count) + le32(data.count) + le16(nameBytes.count) + le16(0)
            out += nameBytes
            out += data
            central += le32(0x0201_4B50) + le16(0x031E) + le16(10) + le16(0) + le16(0) + le16(time) + le16(date)
            central += le32(crc) + le32(data.count) + le32(data.count) + le16(nameBytes.count) + le16(0) + le16(0)
            central += le16(0) + le16(0) + le32(0o100644 << 16) + le32(offset) + nameBytes
        }
        let cdOffset = out.count
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(files.count) + le16(files.count)
        out += le32(central.count) + le32(cdOffset) + le16(0)
        return out
    }
}
