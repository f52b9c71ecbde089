import Foundation
import Synchronization

/// The fake Android state of one tablet (props, settings, packages, users, accounts, Wi-Fi, device owner, agent),
/// persisted as JSON in `stateDirectory/state.json` (atomic write: temp file + rename) a second after a change (the
/// changes of one moment are written once: `saveDelay`; `flush()` and stopping the tablet write at once), and loaded
/// from there if it exists (so a restarted simulator keeps what was provisioned).
///
/// When `state.json` exists, the stored state (including the stored identity) wins over the identity passed in.
/// The sync file tree lives under `stateDirectory/fs/` (device path /sdcard/x -> fs/sdcard/x).
/// With stateDirectory nil, a private temporary directory is created and removed in deinit.
///
/// Thread safety: one `NSLock` (`lock`) guards `state`; every public entry point takes it for the duration of
/// one command (a `sleep` runs without it), so commands from several ADB streams interleave but never overlap.
/// File-tree commands run under the same lock. `state.json` is written on a serial queue of its own (`saver`), from a
/// copy of the state taken under the lock.
public final class AndroidPersona: @unchecked Sendable {
    /// The agent package whose device-owner status the agent checks.
    public static let agentPackage = "fr.valise.agent"
    /// The agent's device admin receiver, as `dpm set-device-owner` takes it.
    public static let agentAdmin = "fr.valise.agent/.AdminReceiver"
    /// The device owner pretended by the `alreadyProvisioned` fault.
    static let foreignOwner = "com.other.mdm/.MdmReceiver"

    /// Directory holding `state.json` and `fs/`.
    public let stateDirectory: URL
    /// Root of the device file tree on the host.
    let fsRoot: URL
    let lock = NSLock()
    /// Guarded by `lock`.
    var state: PersonaState
    /// Whether a write of `state.json` is due. Guarded by `lock`.
    private var saveDue = false
    private let saver = DispatchQueue(label: "valise.sim.persona-state")
    /// How long after a change `state.json` is written, so that a step's changes are written once.
    static let saveDelay = DispatchTimeInterval.seconds(1)
    let verifierFactory: (any BundleVerifierFactory)?
    private let ownsDirectory: Bool
    /// Called (without `lock`) when a shell runs `reboot [TARGET]`; set by the tablet.
    let rebootHandler = Mutex<(@Sendable (String) -> Void)?>(nil)
    private let agentForwardPort = Mutex<UInt16?>(nil)
    /// How many times each service was started with `am start-service`/`start-foreground-service` (not changes: not in
    /// `applications`, not persisted).
    let serviceStarts = Mutex<[String: Int]>([:])

    /// Services started so far, by component as given to `am … -n`.
    public var startedServices: [String: Int] { serviceStarts.withLock { $0 } }

    /// When set, `localabstract:valise-agent` is relayed to this loopback TCP port, where the real agent runs on the
    /// JVM (`AgentHarness`), instead of being answered by the simulated agent. Not persisted.
    public var agentForward: UInt16? {
        get { agentForwardPort.withLock { $0 } }
        set { agentForwardPort.withLock { $0 = newValue } }
    }
    private let hostileCount = Atomic<Int>(0)
    private let hostileFinishedCount = Atomic<Int>(0)

    /// How many shell answers the hostile faults (`endless-output`, `trickle`) have started: tests wait for it.
    public var hostileAnswers: Int { hostileCount.load(ordering: .relaxed) }
    /// How many of them were sent to the end (the host waited for the whole of a trickled answer).
    public var hostileAnswersFinished: Int { hostileFinishedCount.load(ordering: .relaxed) }
    func noteHostileAnswer(finished: Bool = false) {
        if finished { hostileFinishedCount.add(1, ordering: .relaxed) } else { hostileCount.add(1, ordering: .relaxed) }
    }

    /// Loads the tablet from `stateDirectory/state.json`, or creates it from `identity`.
    /// - Parameter verifierFactory: checks the agent's CA and bundle signatures; with nil, TRUST answers
    ///   `ERR bad-ca verification unavailable`.
    public init(identity: TabletIdentity, stateDirectory: URL?,
                verifierFactory: (any BundleVerifierFactory)? = nil) throws {
        let fm = FileManager.default
        if let stateDirectory {
            self.stateDirectory = stateDirectory
            ownsDirectory = false
        } else {
            self.stateDirectory = fm.temporaryDirectory
                .appendingPathComponent("valise-persona-\(UUID().uuidString)", isDirectory: true)
            ownsDirectory = true
        }
        fsRoot = self.stateDirectory.appendingPathComponent("fs", isDirectory: true)
        self.verifierFactory = verifierFactory
        let stateFile = self.stateDirectory.appendingPathComponent("state.json")
        // Install sessions a stopped simulator left half-written are abandoned, as Android abandons them on a reboot.
        try? fm.removeItem(at: InstallSession.folder(in: self.stateDirectory))
        for dir in ["sdcard/Download", "sdcard/Android/data", "data/local/tmp", "system/bin", "data/app"] {
            let url = fsRoot.appendingPathComponent(dir, isDirectory: true)
            do { try fm.createDirectory(at: url, withIntermediateDirectories: true) } catch {
                throw PersonaError.cannotCreateDirectory(path: url.path, reason: "\(error)")
            }
        }
        if fm.fileExists(atPath: stateFile.path) {
            do {
                let data = try Data(contentsOf: stateFile)
                state = try JSONDecoder().decode(PersonaState.self, from: data)
            } catch {
                throw PersonaError.corruptState(path: stateFile.path, reason: "\(error)")
            }
        } else {
            state = PersonaState.initial(identity: identity, now: Date().timeIntervalSince1970)
            write(state)
        }
    }

    deinit {
        if ownsDirectory { try? FileManager.default.removeItem(at: stateDirectory) } else if saveDue { write(state) }
    }

    /// Writes `state.json` now if a change is not written yet (the tablet stops; tests read the file).
    public func flush() { saver.sync { writeIfDue() } }

    /// The tablet's identity as it is now (time zone and device owner follow provisioning).
    public var identity: TabletIdentity { lock.withLock { state.identity } }

    /// Counters of how many times each kind of change was applied (e.g. "install:fr.valise.agent",
    /// "settings:put:global/auto_time_zone", "dpm:set-device-owner", "wifi:add-network:<ssid>", "agent:trust",
    /// "agent:apply") — tests assert no step is applied twice.
    public var applications: [String: Int] { lock.withLock { state.applications } }

    /// Faults that the ADB side consults (persisted with the state).
    public var fault: PersonaFaults {
        get { lock.withLock { state.faults } }
        set { mutate { state.faults = newValue } }
    }

    /// Whether the agent app is installed, i.e. whether `localabstract:valise-agent` has a listener.
    public var isAgentListening: Bool {
        lock.withLock { state.packages[Self.agentPackage]?.installedForUser0 == true }
    }

    /// Space check before a write of n bytes (storageFree fault): returns false when full.
    public func reserveStorage(bytes: Int64) -> Bool {
        lock.withLock { hasSpaceLocked(bytes) }
    }

    /// Runs one `sh -c` command line as adbd's shell would, with optional stdin bytes; returns what the
    /// process wrote and its exit status.
    public func run(_ commandLine: String, stdin: [UInt8] = []) -> ShellResult {
        var interpreter = PersonaInterpreter(persona: self)
        return interpreter.run(commandLine, stdin: stdin)
    }

    /// Text a push or shell write reports when storage is full.
    public static let noSpaceText = "No space left on device"

    // MARK: - Internal helpers (call with `lock` held unless stated)

    /// Takes the lock, runs `body`, and saves `state.json` when the state changed.
    @discardableResult
    func mutate<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        let before = state
        let result = body()
        if state != before { save() }
        return result
    }

    func hasSpaceLocked(_ bytes: Int64) -> Bool {
        !state.faults.storageFull && bytes <= state.identity.storageFree
    }

    /// Counts one applied change.
    func record(_ key: String) { state.applications[key, default: 0] += 1 }

    /// Accounts including the `accountsPresent` fault.
    var effectiveAccounts: [String] {
        if state.faults.accountsPresent && state.identity.accounts.isEmpty { return ["eleve@gmail.com (com.google)"] }
        return state.identity.accounts
    }

    /// Device owner including the `alreadyProvisioned` fault.
    var effectiveDeviceOwner: String? {
        state.identity.deviceOwner ?? (state.faults.alreadyProvisioned ? Self.foreignOwner : nil)
    }

    /// Battery (level, charging) including the `batteryLow` fault.
    var effectiveBattery: (level: Int, charging: Bool) {
        state.faults.batteryLow ? (4, false) : (max(0, min(100, state.identity.batteryLevel)), state.identity.charging)
    }

    /// Marks `state.json` for writing after `saveDelay` (call with `lock` held).
    private func save() {
        guard !saveDue else { return }
        saveDue = true
        saver.asyncAfter(deadline: .now() + Self.saveDelay) { [weak self] in self?.writeIfDue() }
    }

    /// On `saver`: writes the state as it is now, if a change is due.
    private func writeIfDue() {
        let snapshot: PersonaState? = lock.withLock {
            defer { saveDue = false }
            return saveDue ? state : nil
        }
        if let snapshot { write(snapshot) }
    }

    /// Writes `state.json` atomically (Foundation's `.atomic` writes a temporary file then renames it).
    private func write(_ state: PersonaState) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(state) else { return }
        try? data.write(to: stateDirectory.appendingPathComponent("state.json"), options: .atomic)
    }
}
