import Foundation
import Devices
import Diagnostics

/// What a tablet runs, read over ADB for the firmware check and to confirm a flash.
public struct TabletBuild: Sendable, Equatable {
    /// `ro.serialno`.
    public var serial: String
    /// `ro.product.model` ("SM-T220").
    public var model: String
    /// `ro.product.device`: the board fastboot reports as `product` ("gta7litewifi").
    public var board: String
    /// `ro.build.fingerprint`.
    public var fingerprint: String
    /// `ro.build.version.security_patch`.
    public var securityPatch: String
    /// `ro.bootloader`.
    public var bootloader: String
    /// `ro.build.PDA` (Samsung tablets: the AP's version), empty elsewhere.
    public var pda: String

    /// Creates a description.
    public init(serial: String, model: String, board: String, fingerprint: String, securityPatch: String, bootloader: String, pda: String = "") {
        self.pda = pda
        self.serial = serial
        self.model = model
        self.board = board
        self.fingerprint = fingerprint
        self.securityPatch = securityPatch
        self.bootloader = bootloader
    }

    /// Reads it in one shell round trip.
    public static func read(_ device: ADBDevice) throws -> TabletBuild {
        let names = ["ro.product.model", "ro.product.device", "ro.build.fingerprint", "ro.build.version.security_patch", "ro.bootloader", "ro.build.PDA"]
        let lines = try device.check(names.map { "getprop \($0)" }.joined(separator: "; "))
            .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        func line(_ index: Int) -> String { lines.indices.contains(index) ? lines[index] : "" }
        return TabletBuild(serial: device.serial, model: line(0), board: line(1), fingerprint: line(2), securityPatch: line(3), bootloader: line(4),
                           pda: line(5))
    }

    /// As the compliance check sees it.
    public var installed: InstalledBuild { InstalledBuild(model: model, fingerprint: fingerprint, securityPatch: securityPatch) }

    /// The build's incremental ("T220XXU9ZZZ1"), or the fingerprint when it has none.
    public var shortName: String { installed.incremental ?? fingerprint }

    /// The short name for tables: the incremental, or "(fastboot mode)" when only the bootloader was seen.
    public var displayName: String { fingerprint.isEmpty ? Say.buildInFastbootMode : shortName }

    /// How it stands against `catalog`: its entry and compliance (`.otherModel` when the catalog has none).
    public func compliance(in catalog: FirmwareCatalog) -> (entry: FirmwareEntry?, compliance: FirmwareCompliance) {
        guard let entry = catalog.entry(board: board, model: model) else { return (nil, .otherModel(model)) }
        return (entry, entry.check(installed, bootloader: bootloader, pda: pda))
    }
}
