import Fastboot
import Foundation
import Signing

extension SimulatedBootloader {
    /// `flash:PARTITION` with the last download, raw or sparse (lock held).
    func flash(_ name: String) -> [FastbootResponse] {
        guard !state.locked else { return [.fail("Flashing is not allowed in Lock State")] }
        guard let image = download else { return [.fail("No data downloaded")] }
        guard let (full, partition) = resolve(name) else { return [.fail("Partition not found")] }
        let url = store.image(full)
        let extent: Int64
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: url.path) { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            if SparseImage.isSparse(image) {
                let header = try SparseImageHeader(parsing: Array(image.prefix(SparseImage.headerSize)))
                guard Int64(header.expandedSize) <= partition.size else { return [.fail("Image size exceeds partition size")] }
                try Self.writeSparse(image, to: handle, firstBytesOnly: discardsFlashes ? ValiseImageHeader.maxLength : nil)
                extent = Int64(header.expandedSize)
            } else {
                guard Int64(image.count) <= partition.size else { return [.fail("Image size exceeds partition size")] }
                try handle.seek(toOffset: 0)
                try handle.write(contentsOf: discardsFlashes ? Array(image.prefix(ValiseImageHeader.maxLength)) : image)
                extent = Int64(image.count)
            }
        } catch let error as FastbootProtocolError {
            return [.fail("Invalid sparse file format: \(error)")]
        } catch {
            return [.fail("Flash write failure")]
        }
        if let flashRate { TabletTime.spend(bytes: Int(extent), rate: flashRate) }   // the storage's write time
        let digest = discardsFlashes ? "" : Self.sha256(of: url, length: extent)
        state.partitions[full] = FlashedPartition(sha256: digest, bytes: extent, flashes: (state.partitions[full]?.flashes ?? 0) + 1)
        rememberBuild(partition: partition.name, url: url)
        download = nil
        store.save(state)
        return [.okay("")]
    }

    /// `erase:PARTITION` (lock held).
    func erase(_ name: String) -> [FastbootResponse] {
        guard !state.locked else { return [.fail("Erasing is not allowed in Lock State")] }
        guard let (full, _) = resolve(name) else { return [.fail("Partition not found")] }
        try? FileManager.default.removeItem(at: store.image(full))
        state.partitions[full] = nil
        store.save(state)
        return [.okay("")]
    }

    /// A Valise image header at the start of `bootloader` or `system` becomes the build reported after the next boot.
    private func rememberBuild(partition: String, url: URL) {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return }
        defer { try? handle.close() }
        guard let prefix = try? handle.read(upToCount: ValiseImageHeader.maxLength),
              let header = ValiseImageHeader(parsing: [UInt8](prefix)) else { return }
        let keys: [String]
        switch partition {
        case "bootloader": keys = ["bootloader"]
        case "radio": keys = ["baseband"]
        case "system": keys = ["fingerprint", "security_patch"]
        default: keys = []
        }
        for key in keys { if let value = header[key] { state.pendingBuild[key] = value } }
    }

    /// Expands a sparse image into the partition file: RAW and FILL written, DONT_CARE left as it is.
    static func writeSparse(_ image: [UInt8], to handle: FileHandle, firstBytesOnly limit: Int? = nil) throws {
        var reader = SparseImageReader(verifyChecksums: true)
        var blockSize: UInt64 = 4096
        reader.append(image)
        while let event = try reader.next() {
            switch event {
            case .header(let header): blockSize = UInt64(header.blockSize)
            case let .raw(block, bytes):
                if let limit {
                    guard block == 0 else { continue }
                    try handle.seek(toOffset: 0)
                    try handle.write(contentsOf: bytes.prefix(limit))
                    continue
                }
                try handle.seek(toOffset: UInt64(block) * blockSize)
                try handle.write(contentsOf: bytes)
            case let .fill(block, blocks, pattern):
                if limit != nil { continue }
                let word: [UInt8] = [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: pattern >> $0) }
                let piece = [UInt8]((0..<(1 << 18)).flatMap { _ in word })
                var remaining = UInt64(blocks) * blockSize
                try handle.seek(toOffset: UInt64(block) * blockSize)
                while remaining > 0 {
                    let now = Int(min(remaining, UInt64(piece.count)))
                    try handle.write(contentsOf: piece.prefix(now))
                    remaining -= UInt64(now)
                }
            case .dontCare, .end: break
            }
        }
        guard reader.isFinished else { throw FastbootProtocolError.badSparseImage("the image ends early") }
    }

    /// sha256 (hex) of the first `length` bytes of `url`, zero-extended when the file is shorter.
    static func sha256(of url: URL, length: Int64) -> String {
        let hasher = SHA256Hasher()
        var remaining = length
        if let handle = try? FileHandle(forReadingFrom: url) {
            defer { try? handle.close() }
            while remaining > 0, let data = try? handle.read(upToCount: Int(min(remaining, 1 << 20))), !data.isEmpty {
                hasher.update([UInt8](data))
                remaining -= Int64(data.count)
            }
        }
        let zeros = [UInt8](repeating: 0, count: 1 << 16)
        while remaining > 0 {
            let now = Int(min(remaining, Int64(zeros.count)))
            hasher.update(Array(zeros.prefix(now)))
            remaining -= Int64(now)
        }
        return Digest.hex(hasher.finalize())
    }
}
