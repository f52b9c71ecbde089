import Fastboot
import Foundation

/// A partition of the simulated tablet's flash.
struct SimulatedPartition: Sendable {
    /// The name without slot suffix.
    let name: String
    /// Bytes.
    let size: Int64
    /// `partition-type`.
    let type: String
    /// Whether it exists as `_a` and `_b`.
    let slotted: Bool

    /// The partition table of every simulated tablet (an A/B device).
    static let table: [SimulatedPartition] = [
        .init(name: "bootloader", size: 16 << 20, type: "raw", slotted: true),
        .init(name: "radio", size: 64 << 20, type: "raw", slotted: true),
        .init(name: "boot", size: 64 << 20, type: "raw", slotted: true),
        .init(name: "vendor_boot", size: 64 << 20, type: "raw", slotted: true),
        .init(name: "dtbo", size: 8 << 20, type: "raw", slotted: true),
        .init(name: "vbmeta", size: 1 << 20, type: "raw", slotted: true),
        .init(name: "system", size: 3 << 30, type: "ext4", slotted: true),
        .init(name: "vendor", size: 1 << 30, type: "ext4", slotted: true),
        .init(name: "misc", size: 1 << 20, type: "raw", slotted: false),
        .init(name: "metadata", size: 16 << 20, type: "ext4", slotted: false),
        .init(name: "userdata", size: 8 << 30, type: "f2fs", slotted: false),
    ]

    /// The partition named `name` (with or without slot suffix).
    static func find(_ name: String) -> SimulatedPartition? {
        if let plain = table.first(where: { $0.name == name && !$0.slotted }) { return plain }
        for slot in FastbootSlot.allCases where name.hasSuffix("_" + slot.rawValue) {
            let base = String(name.dropLast(2))
            if let slotted = table.first(where: { $0.name == base && $0.slotted }) { return slotted }
        }
        return nil
    }
}

/// What one flashed partition holds now.
struct FlashedPartition: Codable, Sendable, Equatable {
    /// sha256 (hex) of the image as written: its first `bytes` bytes.
    var sha256: String
    /// The expanded image's length.
    var bytes: Int64
    /// How many `flash:` commands wrote it.
    var flashes: Int
}

/// The bootloader's persisted state (`fastboot/state.json` in the tablet's state folder).
struct BootloaderState: Codable, Sendable, Equatable {
    /// Whether `flashing lock` is in force.
    var locked = false
    /// The active slot.
    var currentSlot = FastbootSlot.a
    /// Flashed partitions by full name ("boot_a", "userdata").
    var partitions: [String: FlashedPartition] = [:]
    /// Build values flashed and not yet booted (`bootloader`, `fingerprint`, `security_patch`).
    var pendingBuild: [String: String] = [:]
}

/// Where the bootloader keeps its state and partition contents.
struct BootloaderStore: Sendable {
    let folder: URL

    init(stateDirectory: URL) {
        folder = stateDirectory.appendingPathComponent("fastboot", isDirectory: true)
    }

    var stateFile: URL { folder.appendingPathComponent("state.json") }

    /// The host file holding partition `name` (written sparse on disk).
    func image(_ name: String) -> URL { folder.appendingPathComponent("partitions/\(name).img") }

    func load() -> BootloaderState {
        guard let data = try? Data(contentsOf: stateFile), let state = try? JSONDecoder().decode(BootloaderState.self, from: data) else {
            return BootloaderState()
        }
        return state
    }

    func save(_ state: BootloaderState) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let data = try? encoder.encode(state) { try? data.write(to: stateFile, options: .atomic) }
    }
}
