import Diagnostics
import Foundation
import SamsungFirmware
import Signing

/// The Samsung packages of one odin catalog entry for one run: each checked in one reading before any tablet is
/// touched (size and sha256 against the catalog, its MD5, whole tar and lz4 entries), then read once more for
/// every tablet flashing it (a `PackageBroadcast` per package, `readers` tablets), in the catalog's order.
///
/// Thread safety: the checked packages are set once by `prepare()` before the tablets start; the broadcasts are
/// made at once and streamed on one thread of their own.
public final class PlanPackages: @unchecked Sendable {
    /// The entry.
    public let entry: FirmwareEntry
    /// How many tablets read the packages.
    public let readers: Int
    /// The packages, checked (empty until `prepare()` succeeded).
    public private(set) var packages: [SamsungPackage] = []
    private var broadcasts: [PackageBroadcast] = []
    private let started = NSLock()
    private var streaming = false

    /// The packages of `entry`, for `readers` tablets.
    public init(entry: FirmwareEntry, readers: Int) {
        self.entry = entry
        self.readers = max(1, readers)
    }

    /// Checks every package (nothing is written); the error names the package, why and the fix.
    public func prepare() throws(FirmwareFlashError) {
        var checked: [SamsungPackage] = []
        for file in entry.packages {
            try Self.checkSize(file)
            let hasher = SHA256Hasher()
            let package: SamsungPackage
            do {
                package = try SamsungPackage(url: file.file)
                try package.verify { hasher.update($0) }
            } catch {
                // A damaged download is named by the catalog's sha256 first: the file is read whole again for it,
                // only when it was refused.
                try Self.checkDigest(file)
                let refusal = SamsungFirmwareError(package: file.path, problem: error)
                throw FirmwareFlashError(.badImage, tablet: "-", summary: Say.packageOfEntryRefused(file.path, board: entry.board),
                                         reason: refusal.reason, action: refusal.action, helpTopic: "firmware-image-mismatch", detail: refusal.detail)
            }
            try Self.check(sha256: Digest.hex(hasher.finalize()), of: file)
            checked.append(package)
        }
        packages = checked
        broadcasts = checked.map { PackageBroadcast(package: $0, readers: readers, window: 16) }
    }

    /// Tablet `reader`'s readers, one per package in order (and the packages are streamed from now on).
    public func readers(for reader: Int) -> [PackageBroadcast.Reader] {
        let readers = broadcasts.map { $0.reader(reader) }
        started.withLock {
            guard !streaming else { return }
            streaming = true
            let broadcasts = self.broadcasts
            let thread = Thread { for broadcast in broadcasts { broadcast.run() } }
            thread.name = "valise firmware packages \(entry.board)"
            thread.start()
        }
        return readers
    }

    /// Tablet `reader` reads no more (done, refused or failed): the others no longer wait for it.
    public func release(reader: Int) {
        for broadcast in broadcasts { broadcast.reader(reader).detach() }
    }

    static func refuse(_ file: OdinPackageFile, _ reason: String, _ action: String) -> FirmwareFlashError {
        FirmwareFlashError(.badImage, tablet: "-", summary: Say.packageDiffers(file.path),
                           reason: reason, action: action, helpTopic: "firmware-image-mismatch")
    }

    /// The file is there, of the catalog's size (read from the file system: nothing is read).
    static func checkSize(_ file: OdinPackageFile) throws(FirmwareFlashError) {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: file.file.path))?[.size] as? NSNumber,
              FileManager.default.isReadableFile(atPath: file.file.path) else {
            throw refuse(file, Say.fileMissing(file.file.path), Say.copyFirmwareFilesFix(packages: true))
        }
        guard size.uint64Value == file.size else {
            throw refuse(file, Say.sizeDiffers(size.uint64Value, catalog: file.size), Say.truncatedFix(packages: true))
        }
    }

    static func check(sha256 digest: String, of file: OdinPackageFile) throws(FirmwareFlashError) {
        guard digest == file.sha256 else {
            throw refuse(file, Say.sha256Differs(digest, catalog: file.sha256), Say.damagedFix(packages: true))
        }
    }

    /// The file's size and sha256 against the catalog, reading it whole.
    static func checkDigest(_ file: OdinPackageFile) throws(FirmwareFlashError) {
        func refuse(_ reason: String, _ action: String) -> FirmwareFlashError { Self.refuse(file, reason, action) }
        let digest: (size: UInt64, sha256: String)
        switch FileDigest.of(file.file) {
        case .success(let found): digest = found
        case .failure(.missing):
            throw refuse(Say.fileMissing(file.file.path), Say.copyFirmwareFilesFix(packages: true))
        case .failure(.unreadable):
            throw refuse(Say.readingLocalFileFailed(file.file.path), Say.checkDiskFix)
        }
        guard digest.size == file.size else {
            throw refuse(Say.sizeDiffers(digest.size, catalog: file.size), Say.truncatedFix(packages: true))
        }
        try check(sha256: digest.sha256, of: file)
    }
}
