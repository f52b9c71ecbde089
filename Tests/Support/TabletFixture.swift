import Foundation
import Signing
import Simulator

/// A temporary folder removed when the value goes away.
public final class TemporaryDirectory: @unchecked Sendable {
    /// The folder, created with the value.
    public let url: URL

    /// A new folder in the system's temporary folder, its name starting with `prefix`.
    public init(_ prefix: String = "valise-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The file `name` in the folder.
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}

/// One simulated tablet on a free loopback port and a host keyring of its own.
public final class TabletFixture: @unchecked Sendable {
    /// The tablet's state, the keyring and any file a test writes.
    public let folder = TemporaryDirectory("valise-tablet")
    /// The tablet, listening from `init` until the fixture goes away.
    public let tablet: SimulatedTablet
    /// The host's adb keys.
    public let keyring: ADBKeyring

    /// Starts a tablet with the sample identity `index` (or `identity`), its authorisation mode and fault words.
    public init(index: Int = 0, authMode: SimulatedAuthMode = .acceptAny, faults: [String] = [], identity: TabletIdentity? = nil,
                keyring: ADBKeyring? = nil) throws {
        var simulated = SimulatedFaults()
        for word in faults { try simulated.apply(word) }
        let state = folder.url.appendingPathComponent("tablet", isDirectory: true)
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        tablet = try SimulatedTablet(identity: identity ?? TabletIdentity.sample(index: index), stateDirectory: state,
                                     authMode: authMode, faults: simulated)
        tablet.start()
        self.keyring = try keyring ?? Self.freshKeyring(in: folder.url)
    }

    deinit { tablet.stop() }

    /// A keyring of its own in `folder` (new keys, no vendor keys).
    public static func freshKeyring(in folder: URL) throws -> ADBKeyring {
        try ADBKeyring.load(androidDirectory: folder.appendingPathComponent("android").path,
                            valiseHome: folder.appendingPathComponent("home").path, vendorKeys: nil)
    }
}

/// Random bytes from a seeded generator (tests stay reproducible).
public func pseudoRandomBytes(_ count: Int, seed: UInt64 = 42) -> [UInt8] {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    var out = [UInt8]()
    out.reserveCapacity(count + 8)
    while out.count < count {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        withUnsafeBytes(of: state) { out.append(contentsOf: $0) }
    }
    return Array(out.prefix(count))
}

/// The SHA-256 of `bytes` in lowercase hex.
public func sha256Hex(_ bytes: [UInt8]) -> String { Digest.hex(Digest.sha256(bytes)) }
