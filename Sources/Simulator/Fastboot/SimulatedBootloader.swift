import Fastboot
import Foundation

/// The bootloader of a simulated tablet: answers fastboot commands, keeps the download, writes partitions.
///
/// Texts follow real bootloaders (LK, fastbootd). Thread safety: one lock guards the state; a command runs
/// whole under it. The flashed partitions and the lock state persist in `fastboot/` in the tablet's state folder.
public final class SimulatedBootloader: @unchecked Sendable {
    /// What the server does after a command.
    enum Reply: Equatable {
        /// Send these responses; then, if `then` is set, end the connection and reboot there.
        case respond([FastbootResponse], then: BootTarget?)
        /// Send DATA was already decided: receive exactly this many bytes, then call `downloaded`.
        case receive([FastbootResponse], count: Int)
    }

    /// Where a reboot from fastboot goes.
    enum BootTarget: Equatable { case android, bootloader }

    /// The default max-download-size, as fastbootd reports it.
    public static let defaultMaxDownloadSize = 0x1000_0000

    let persona: AndroidPersona
    let store: BootloaderStore
    let lock = NSLock()
    /// Guarded by `lock`.
    var state: BootloaderState
    /// The last download (guarded by `lock`).
    var download: [UInt8]?
    /// The product reported by `getvar:product`.
    let product: String
    /// The largest download accepted.
    public let maxDownloadSize: Int
    private var dropAfter: Int?
    /// The storage's write rate (`flash-rate=`): a flash takes that long, the tablet's own time.
    let flashRate: Int?
    /// With VALISE_SIM_FASTBOOT_DISCARD=1 (benchmarks flashing gigabytes to many tablets), a flash keeps only the
    /// image's first 4 KiB (its Valise header) and no digest: no disk fills up, no time goes to hashing.
    let discardsFlashes = ProcessInfo.processInfo.environment["VALISE_SIM_FASTBOOT_DISCARD"] == "1"

    init(persona: AndroidPersona, faults: SimulatedFaults) {
        self.persona = persona
        store = BootloaderStore(stateDirectory: persona.stateDirectory)
        state = store.load()
        if faults.bootloaderLocked { state.locked = true }
        product = faults.board ?? persona.identity.device
        maxDownloadSize = faults.maxDownloadSize ?? Self.defaultMaxDownloadSize
        dropAfter = faults.fastbootDropAfterBytes
        flashRate = faults.flashRate
        store.save(state)
    }

    /// Whether flashing is locked.
    public var isLocked: Bool { lock.withLock { state.locked } }
    /// The active slot.
    public var currentSlot: FastbootSlot { lock.withLock { state.currentSlot } }

    /// The sha256 (hex) of what partition `name` ("boot_a", "userdata") holds since it was last flashed.
    public func flashedDigest(_ name: String) -> String? { lock.withLock { state.partitions[name]?.sha256 } }
    /// How many `flash:` commands wrote partition `name`.
    public func flashCount(_ name: String) -> Int { lock.withLock { state.partitions[name]?.flashes ?? 0 } }

    /// The build values flashed since the last boot, cleared.
    func takePendingBuild() -> [String: String] {
        lock.withLock {
            defer {
                state.pendingBuild = [:]
                store.save(state)
            }
            return state.pendingBuild
        }
    }

    /// The download cut once: after the first download that passes the fault's byte count, nil.
    func takeDropAfter() -> Int? {
        lock.withLock {
            defer { dropAfter = nil }
            return dropAfter
        }
    }

    /// Answers one command packet.
    func handle(_ packet: [UInt8]) -> Reply {
        lock.withLock {
            let command = FastbootCommand(parsing: packet)
            switch command {
            case .getVar(let name): return .respond(getVar(name), then: nil)
            case .download(let size): return startDownload(Int(size))
            case .flash(let partition): return .respond(flash(partition), then: nil)
            case .erase(let partition): return .respond(erase(partition), then: nil)
            case .setActive(let slot):
                guard let slot = FastbootSlot(parsing: slot) else { return .respond([.fail("Invalid slot")], then: nil) }
                state.currentSlot = slot
                store.save(state)
                return .respond([.okay("")], then: nil)
            case .flashingLock: return .respond(setLocked(true), then: nil)
            case .flashingUnlock: return .respond(setLocked(false), then: nil)
            case .flashingGetUnlockAbility: return .respond([.info("get_unlock_ability: 1"), .okay("")], then: nil)
            case .oem("device-info"):
                return .respond([.info("Device tampered: false"), .info("Device unlocked: \(!state.locked)"), .okay("")], then: nil)
            case .reboot, .continue, .rebootRecovery: return .respond([.okay("")], then: .android)
            case .rebootBootloader: return .respond([.okay("")], then: .bootloader)
            case .raw(let text) where text.hasPrefix("download:"):
                return .respond([.fail("Invalid size (length of size != 8)")], then: nil)
            default:
                return .respond([.fail("unknown command")], then: nil)
            }
        }
    }

    private func startDownload(_ size: Int) -> Reply {
        guard size > 0 else { return .respond([.fail("invalid size")], then: nil) }
        guard size <= maxDownloadSize else { return .respond([.fail("Requested download size is larger than max")], then: nil) }
        download = nil
        return .receive([.data(UInt32(size))], count: size)
    }

    /// The data phase ended with these bytes.
    func downloaded(_ bytes: [UInt8]) -> [FastbootResponse] {
        lock.withLock { download = bytes }
        return [.okay("")]
    }

    private func setLocked(_ locked: Bool) -> [FastbootResponse] {
        guard state.locked != locked else { return [.fail("Device already : \(locked ? "locked" : "unlocked")!")] }
        state.locked = locked
        // Changing the lock state wipes user data, as on real tablets.
        try? FileManager.default.removeItem(at: store.image("userdata"))
        state.partitions["userdata"] = nil
        store.save(state)
        return [.info(locked ? "Locking bootloader..." : "Unlocking bootloader..."), .info("Erasing userdata..."), .okay("")]
    }

    /// The full name of `partition` ("boot" → "boot_a" on the current slot), nil when there is no such partition.
    func resolve(_ partition: String) -> (name: String, partition: SimulatedPartition)? {
        if let found = SimulatedPartition.find(partition) { return (partition, found) }
        if let slotted = SimulatedPartition.table.first(where: { $0.name == partition && $0.slotted }) {
            return (state.currentSlot.partition(partition), slotted)
        }
        return nil
    }
}
