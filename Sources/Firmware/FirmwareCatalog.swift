import Diagnostics
import Foundation
import Profiles

/// The district's firmware catalog: per tablet board, the build it must run and how to flash it.
///
/// Read from YAML by `FirmwareCatalog.load(_:)`; see Firmware/README.md for the format.
public struct FirmwareCatalog: Sendable, Equatable {
    /// The file it was read from.
    public var file: String
    /// The folder image paths are relative to.
    public var imageFolder: URL
    /// The entries, in the file's order.
    public var entries: [FirmwareEntry]

    /// Creates a catalog.
    public init(file: String, imageFolder: URL, entries: [FirmwareEntry]) {
        self.file = file
        self.imageFolder = imageFolder
        self.entries = entries
    }

    /// The entry for a tablet: its board (`ro.product.device`, fastboot `product`) or its model (`ro.product.model`).
    public func entry(board: String?, model: String?) -> FirmwareEntry? {
        if let board, let found = entries.first(where: { $0.board.lowercased() == board.lowercased() }) { return found }
        guard let model else { return nil }
        return entries.first { $0.models.contains { $0.lowercased() == model.lowercased() } }
    }

    /// The entry a profile's `firmware: product:` names (a board or a model).
    public func entry(named name: String) -> FirmwareEntry? { entry(board: name, model: name) }
}

/// What one board must run, and the plan that brings it there.
public struct FirmwareEntry: Sendable, Equatable {
    /// The board: fastboot's `getvar product`, Android's `ro.product.device` ("gta7litewifi").
    public var board: String
    /// The models sold with this board (`ro.product.model`, "SM-T220").
    public var models: [String]
    /// The bootloader version the plan installs (`version-bootloader`, `ro.bootloader`).
    public var bootloader: String
    /// The build fingerprint the plan installs.
    public var fingerprint: String
    /// The security patch the plan installs (YYYY-MM-DD).
    public var securityPatch: String
    /// Checked with getvar before anything is written (android-info.txt `require` lines).
    public var requirements: [BootloaderRequirement]
    /// The partitions, in flashing order (fastboot).
    public var steps: [FlashStep]
    /// How the board is flashed: fastboot (`steps`) or Samsung Download mode (`packages`).
    public var method: FlashMethod
    /// The Samsung packages (BL, AP, CP, CSC), in the catalog's order (odin).
    public var packages: [OdinPackageFile]
    /// The PDA version the packages install (`ro.build.PDA`, the AP's version); odin only, defaults to `bootloader`.
    public var pda: String?
    /// The entry's line in the catalog.
    public var line: Int

    /// Creates an entry.
    public init(board: String, models: [String], bootloader: String, fingerprint: String, securityPatch: String,
                requirements: [BootloaderRequirement], steps: [FlashStep], method: FlashMethod = .fastboot,
                packages: [OdinPackageFile] = [], pda: String? = nil, line: Int = 1) {
        self.board = board
        self.models = models
        self.bootloader = bootloader
        self.fingerprint = fingerprint
        self.securityPatch = securityPatch
        self.requirements = requirements
        self.steps = steps
        self.method = method
        self.packages = packages
        self.pda = pda
        self.line = line
    }

    /// The level this entry sets: its fingerprint and security patch.
    public var level: FirmwareRequirement {
        FirmwareRequirement(product: board, fingerprint: fingerprint, securityPatch: securityPatch)
    }

    /// How a tablet running `build` with bootloader `bootloader` (and, on Samsung tablets, PDA `pda`) stands
    /// against this entry.
    public func check(_ build: InstalledBuild, bootloader installed: String?, pda installedPDA: String? = nil) -> FirmwareCompliance {
        var reasons: [String] = []
        // The PDA says more only when the fingerprint agrees (a build the fingerprint does not tell apart).
        if method == .odin, build.fingerprint == fingerprint, let installedPDA, !installedPDA.isEmpty, installedPDA != (pda ?? bootloader) {
            reasons.append(Say.pdaIsNotCatalogs(installedPDA, catalog: pda ?? bootloader))
        }
        if build.fingerprint != fingerprint {
            let wanted = InstalledBuild(model: build.model, fingerprint: fingerprint, securityPatch: securityPatch).incremental ?? fingerprint
            reasons.append(Say.buildIsNotCatalogs(build.incremental ?? (build.fingerprint.isEmpty ? nil : build.fingerprint), catalog: wanted))
        }
        if build.securityPatch < securityPatch {
            reasons.append(Say.patchOlderThan(build.securityPatch, securityPatch))
        }
        if let installed, installed != bootloader { reasons.append(Say.bootloaderIsNotCatalogs(installed, catalog: bootloader)) }
        return reasons.isEmpty ? .upToDate : .needsFlashing(reasons)
    }

    /// Names this plan for a flash journal: a resumed flash only continues the same plan.
    public var planID: String {
        ([board, bootloader, fingerprint] + steps.map { "\($0.partition)=\($0.sha256)" } + packages.map { "\($0.kind)=\($0.sha256)" })
            .joined(separator: "|")
    }
}

/// How a board is flashed.
public enum FlashMethod: String, Sendable, Equatable, CaseIterable {
    /// `fastboot flash`, partition by partition (the entry's `flash:` plan).
    case fastboot
    /// Samsung Download mode (the Odin protocol), with the entry's `.tar.md5` packages.
    case odin
}

/// One Samsung firmware package of an odin entry: BL, AP, CP, CSC or HOME_CSC `.tar.md5`.
public struct OdinPackageFile: Sendable, Equatable {
    /// "BL", "AP", "CP", "CSC" or "HOME_CSC", from the file name.
    public var kind: String
    /// The path as the catalog gives it.
    public var path: String
    /// The file.
    public var file: URL
    /// Its size in bytes.
    public var size: UInt64
    /// Its sha256, lowercase hex.
    public var sha256: String

    /// Creates a package file.
    public init(kind: String, path: String, file: URL, size: UInt64, sha256: String) {
        self.kind = kind
        self.path = path
        self.file = file
        self.size = size
        self.sha256 = sha256
    }
}

/// One partition of a flash plan.
public struct FlashStep: Sendable, Equatable {
    /// What the bootloader does after this partition.
    public enum After: String, Sendable, Equatable, CaseIterable {
        /// Restart into the bootloader (a new bootloader or radio takes effect), then go on.
        case rebootBootloader = "reboot-bootloader"
    }

    /// The partition ("bootloader", "boot", "system").
    public var partition: String
    /// The image as the catalog gives it (relative to the catalog's image folder).
    public var path: String
    /// The image file.
    public var image: URL
    /// Its size in bytes.
    public var size: UInt64
    /// Its sha256, lowercase hex.
    public var sha256: String
    /// What comes after it.
    public var then: After?

    /// Creates a step.
    public init(partition: String, path: String, image: URL, size: UInt64, sha256: String, then: After? = nil) {
        self.partition = partition
        self.path = path
        self.image = image
        self.size = size
        self.sha256 = sha256
        self.then = then
    }
}

/// An android-info.txt style requirement: `require VARIABLE=V1|V2|…`, a value ending in `*` matching as a prefix.
public struct BootloaderRequirement: Sendable, Equatable, CustomStringConvertible {
    /// The getvar name (`board` is read as `product`, as the AOSP host does).
    public var variable: String
    /// The accepted values.
    public var values: [String]

    /// Creates a requirement.
    public init(variable: String, values: [String]) {
        self.variable = variable
        self.values = values
    }

    /// The variable to read with getvar.
    public var getVarName: String { variable == "board" ? "product" : variable }

    /// Whether `value` meets it (case-insensitive, as the AOSP host compares).
    public func accepts(_ value: String) -> Bool {
        let value = value.lowercased()
        return values.contains { wanted in
            let wanted = wanted.lowercased()
            return wanted.hasSuffix("*") ? value.hasPrefix(wanted.dropLast()) : value == wanted
        }
    }

    /// `require board=a|b`.
    public var description: String { "require \(variable)=\(values.joined(separator: "|"))" }
}
