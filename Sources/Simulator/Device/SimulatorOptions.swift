import Foundation

/// How a simulated tablet treats the host's keys.
public enum SimulatedAuthMode: String, Sendable, Codable, CaseIterable {
    /// No AUTH at all (a debuggable build): CNXN is answered at once.
    case none
    /// Known keys pass; an unknown key is accepted as if the person tapped "Always allow" (it is remembered).
    case acceptAny = "accept-any"
    /// Only keys already in the tablet's adb_keys pass; an unknown key is refused and the connection closed.
    case knownKeys = "known-keys"
    /// Unknown keys get the "Allow USB debugging?" prompt, which nobody ever answers.
    case promptNever = "prompt-never"
}

/// Faults a simulated tablet can be told to show.
public struct SimulatedFaults: Sendable, Equatable, Codable {
    /// Delay before each packet the tablet sends (a slow tablet: it does nothing else meanwhile).
    public var packetDelay: Duration?
    /// Each packet the tablet sends reaches the host this much later, without holding the tablet up (a bus's latency).
    public var latency: Duration?
    /// Drop the connection once this many bytes have been received from the host.
    public var dropAfterBytes: Int?
    /// Refuse every key (overrides the auth mode with known-keys and no keys).
    public var authRefused = false
    /// Writes fail with "No space left on device"; installs with INSTALL_FAILED_INSUFFICIENT_STORAGE.
    public var storageFull = false
    /// Battery at 4 %, not charging.
    public var batteryLow = false
    /// A Google account is on the tablet (device owner refused).
    public var accountsPresent = false
    /// Another device owner is already set.
    public var alreadyProvisioned = false
    /// Sync: every pull gets data, whatever the path (a folder, `..`): a hostile tablet, for the host's own checks.
    public var servesAnyPath = false
    /// Fastboot: the connection drops once this many bytes of a download arrived (once; the next try succeeds).
    public var fastbootDropAfterBytes: Int?
    /// Fastboot: the bootloader starts locked (flash and erase refused).
    public var bootloaderLocked = false
    /// Fastboot: the product (board) the bootloader reports instead of the tablet's own.
    public var board: String?
    /// Fastboot: the max-download-size the bootloader reports (256 MiB by default).
    public var maxDownloadSize: Int?
    /// Samsung: Download mode's PIT names no model (as on many real tablets).
    public var downloadHidesModel = false
    /// Hostile: the serial the tablet reports instead of its own (any bytes, even shared with another tablet).
    public var serial: String?
    /// Hostile: the model the tablet reports instead of its own (any bytes: escapes, line breaks).
    public var model: String?
    /// Hostile: the serial and the model are this many bytes long.
    public var identityLength: Int?
    /// Hostile: `getprop` never stops writing.
    public var endlessOutput = false
    /// Hostile: every shell answer comes one byte at a time, this far apart.
    public var trickle: Duration?
    /// Tablet time: an install takes the APK's size at this rate (bytes a second) once received, as a real tablet
    /// verifies and compiles it; the tablet waits, the host's CPU does not work for it.
    public var installRate: Int?
    /// Tablet time: a fastboot flash writes at this rate (bytes a second), the tablet's storage.
    public var flashRate: Int?
    /// A system service this tablet's Android lacks (`cmd NAME` answers "Can't find service").
    public var missingServices: [String] = []

    /// No faults.
    public init() {}

    /// Parses one fault word: `slow=20ms`, `latency=1ms`, `drop-after=1MiB`, `auth-refused`, `storage-full`, `battery-low`,
    /// `accounts-present`, `already-provisioned`, `serve-any-path`; for fastboot `fastboot-drop-after=SIZE`, `locked`, `board=NAME`,
    /// `max-download=SIZE`; for Download mode `download-hides-model`; hostile `serial=TEXT`, `model=TEXT` (`%1B`, `%0A`: any byte),
    /// `long-identity=SIZE`, `endless-output`, `trickle=DELAY`, `missing-service=NAME` (repeatable); tablet time `install-rate=RATE`,
    /// `flash-rate=RATE` (bytes a second: `4MB`).
    public mutating func apply(_ word: String) throws {
        let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
        let name = parts[0]
        let value = parts.count > 1 ? parts[1] : nil
        switch (name, value) {
        case ("slow", let value?):
            guard let delay = Self.parseDuration(value) else { throw FaultSpecError(text: word, why: "a delay such as 20ms or 1s") }
            packetDelay = delay
        case ("latency", let value?):
            guard let delay = Self.parseDuration(value) else { throw FaultSpecError(text: word, why: "a delay such as 1ms or 250us") }
            latency = delay
        case ("drop-after", let value?):
            guard let bytes = Self.parseBytes(value) else { throw FaultSpecError(text: word, why: "a size such as 1048576, 512KiB or 8MiB") }
            dropAfterBytes = bytes
        case ("auth-refused", nil): authRefused = true
        case ("storage-full", nil): storageFull = true
        case ("battery-low", nil): batteryLow = true
        case ("accounts-present", nil): accountsPresent = true
        case ("already-provisioned", nil): alreadyProvisioned = true
        case ("serve-any-path", nil): servesAnyPath = true
        case ("fastboot-drop-after", let value?):
            guard let bytes = Self.parseBytes(value) else { throw FaultSpecError(text: word, why: "a size such as 1048576, 512KiB or 8MiB") }
            fastbootDropAfterBytes = bytes
        case ("locked", nil): bootloaderLocked = true
        case ("board", let value?) where !value.isEmpty: board = value
        case ("max-download", let value?):
            guard let bytes = Self.parseBytes(value), bytes >= 4096, bytes <= Int(UInt32.max) else {
                throw FaultSpecError(text: word, why: "a size between 4KiB and 4GiB such as 1MiB")
            }
            maxDownloadSize = bytes
        case ("serial", let value?):
            guard let text = value.removingPercentEncoding, !text.isEmpty else { throw FaultSpecError(text: word, why: "a serial, %XX for any byte") }
            serial = text
        case ("model", let value?):
            guard let text = value.removingPercentEncoding, !text.isEmpty else { throw FaultSpecError(text: word, why: "a model, %XX for any byte") }
            model = text
        case ("long-identity", let value?):
            guard let bytes = Self.parseBytes(value), bytes > 0 else { throw FaultSpecError(text: word, why: "a size such as 2MiB") }
            identityLength = bytes
        case ("install-rate", let value?):
            guard let bytes = Self.parseBytes(value), bytes > 0 else { throw FaultSpecError(text: word, why: "a rate per second such as 4MB") }
            installRate = bytes
        case ("flash-rate", let value?):
            guard let bytes = Self.parseBytes(value), bytes > 0 else { throw FaultSpecError(text: word, why: "a rate per second such as 60MB") }
            flashRate = bytes
        case ("endless-output", nil): endlessOutput = true
        case ("download-hides-model", nil): downloadHidesModel = true
        case ("missing-service", let value?) where !value.isEmpty: missingServices.append(value)
        case ("trickle", let value?):
            guard let delay = Self.parseDuration(value) else { throw FaultSpecError(text: word, why: "a delay such as 5s or 200ms") }
            trickle = delay
        default:
            throw FaultSpecError(text: word, why: "one of slow=DELAY, latency=DELAY, drop-after=SIZE, auth-refused, storage-full, battery-low, accounts-present, already-provisioned, serve-any-path, fastboot-drop-after=SIZE, locked, board=NAME, max-download=SIZE, download-hides-model, serial=TEXT, model=TEXT, long-identity=SIZE, endless-output, trickle=DELAY, missing-service=NAME, install-rate=RATE, flash-rate=RATE")
        }
    }

    /// `identity` as the hostile faults make the tablet report it.
    public func reported(_ identity: TabletIdentity) -> TabletIdentity {
        var reported = identity
        if let serial { reported.serial = serial }
        if let model { reported.model = model }
        if let identityLength {
            reported.serial = String(repeating: "V", count: identityLength)
            reported.model = String(repeating: "M", count: identityLength)
        }
        return reported
    }

    static func parseDuration(_ text: String) -> Duration? {
        if text.hasSuffix("ms"), let ms = Int(text.dropLast(2)) { return .milliseconds(ms) }
        if text.hasSuffix("us"), let us = Int(text.dropLast(2)) { return .microseconds(us) }
        if text.hasSuffix("s"), let s = Double(text.dropLast()) { return .milliseconds(Int(s * 1000)) }
        return nil
    }

    static func parseBytes(_ text: String) -> Int? {
        let units: [(String, Int)] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10), ("MB", 1_000_000), ("KB", 1000), ("B", 1)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            return Int(text.dropLast(suffix.count)).map { $0 * scale }
        }
        return Int(text)
    }
}

/// A `--fault` that could not be read.
public struct FaultSpecError: Error, Sendable, CustomStringConvertible {
    /// The text as given.
    public let text: String
    /// What was expected.
    public let why: String
    /// The message.
    public var description: String { "--fault \"\(text)\" is not understood: expected \(why)" }
}

/// `--fault TABLETS:FAULT[,FAULT…]`, where TABLETS is `all`, an index `3` or a range `0-7` of the simulated case.
public struct FaultSpec: Sendable, Equatable {
    /// The tablets (indices) it applies to; nil means all.
    public var indices: ClosedRange<Int>?
    /// The fault words.
    public var words: [String]

    /// Parses a spec.
    public init(parsing text: String) throws {
        guard let colon = text.firstIndex(of: ":") else {
            throw FaultSpecError(text: text, why: "TABLETS:FAULT such as all:slow=5ms, 3:battery-low or 0-7:drop-after=4MiB")
        }
        let target = text[..<colon]
        words = text[text.index(after: colon)...].split(separator: ",").map(String.init)
        if target == "all" {
            indices = nil
        } else if let single = Int(target) {
            indices = single...single
        } else {
            let bounds = target.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1] else {
                throw FaultSpecError(text: text, why: "TABLETS as all, an index (3) or a range (0-7)")
            }
            indices = bounds[0]...bounds[1]
        }
        var probe = SimulatedFaults()
        for word in words { try probe.apply(word) }
    }

    /// Whether the spec names tablet `index`.
    public func covers(_ index: Int) -> Bool { indices?.contains(index) ?? true }
}
