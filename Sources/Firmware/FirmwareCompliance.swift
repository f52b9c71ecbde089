import Diagnostics
import Foundation
import Profiles

/// What a tablet runs, as far as firmware compliance goes.
public struct InstalledBuild: Sendable, Equatable {
    /// `ro.product.model` ("SM-X200").
    public var model: String
    /// `ro.build.fingerprint` ("samsung/gta8wifieea/gta8wifi:13/TP1A.220624.014/X200XXS3CWD1:user/release-keys").
    public var fingerprint: String
    /// `ro.build.version.security_patch` ("2024-03-01"), empty when unknown.
    public var securityPatch: String

    /// Creates a description.
    public init(model: String, fingerprint: String, securityPatch: String) {
        self.model = model
        self.fingerprint = fingerprint
        self.securityPatch = securityPatch
    }

    /// The fingerprint's parts: brand/product/device:release/id/incremental:type/tags.
    var fingerprintParts: (product: String, device: String, incremental: String)? {
        let pieces = fingerprint.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count >= 6 else { return nil }
        let device = pieces[2].split(separator: ":").first.map(String.init) ?? pieces[2]
        let incremental = pieces[4].split(separator: ":").first.map(String.init) ?? pieces[4]
        return (pieces[1], device, incremental)
    }

    /// `ro.build.version.incremental` as the fingerprint carries it ("X200XXS3CWD1").
    public var incremental: String? { fingerprintParts?.incremental }
}

/// The level a class's tablets must run (the profile's `firmware:` section, or a catalog entry's level):
/// a product ("SM-X200", or the fingerprint's product or device name) and its lowest build, exact fingerprint
/// or oldest security patch.
extension FirmwareRequirement {
    /// Whether `build` is this product.
    public func covers(_ build: InstalledBuild) -> Bool {
        let wanted = product.lowercased()
        if build.model.lowercased() == wanted { return true }
        guard let parts = build.fingerprintParts else { return false }
        return parts.product.lowercased() == wanted || parts.device.lowercased() == wanted
    }

    /// How `build` stands against this level.
    public func check(_ build: InstalledBuild) -> FirmwareCompliance {
        guard covers(build) else { return .otherModel(build.model) }
        var behind: [String] = []
        if let fingerprint, build.fingerprint != fingerprint {
            behind.append(Say.buildIsNotRequired(build.incremental ?? build.fingerprint, required: fingerprint))
        }
        if let minBuild {
            if let incremental = build.incremental {
                if Self.isBuild(incremental, below: minBuild) { behind.append(Say.buildIsBelow(incremental, minimum: minBuild)) }
            } else {
                behind.append(Say.fingerprintNotComparable(build.fingerprint, minimum: minBuild))
            }
        }
        if let securityPatch, build.securityPatch < securityPatch {
            behind.append(Say.patchOlderThan(build.securityPatch, securityPatch))
        }
        return behind.isEmpty ? .upToDate : .needsFlashing(behind)
    }

    /// Build strings of one product compare character by character when they have the same length
    /// (Samsung's X200XXS3CWK1: bootloader, year, month, revision), and numerically otherwise.
    static func isBuild(_ build: String, below minimum: String) -> Bool {
        if build.count == minimum.count { return build < minimum }
        return build.compare(minimum, options: .numeric) == .orderedAscending
    }
}

/// How a tablet's firmware stands against its class's level.
public enum FirmwareCompliance: Sendable, Equatable, CustomStringConvertible {
    /// It runs the level or later.
    case upToDate
    /// It is behind, for these reasons.
    case needsFlashing([String])
    /// The level is for another product: nothing is known for this model.
    case otherModel(String)
    /// The class sets no level.
    case noLevel

    /// The word stored in the inventory and shown in reports.
    public var status: String {
        switch self {
        case .upToDate: return "up to date"
        case .needsFlashing: return "needs flashing"
        case .otherModel: return "unknown model"
        case .noLevel: return "no level set"
        }
    }

    /// The status with its reasons.
    public var description: String {
        switch self {
        case .needsFlashing(let reasons): return Say.needsFlashingBecause(reasons)
        case .otherModel(let model): return Say.levelForOtherProduct(model: model)
        default: return status
        }
    }
}
