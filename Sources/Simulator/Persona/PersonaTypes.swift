import Foundation

/// What one `sh -c` command line wrote and how it ended.
public struct ShellResult: Sendable, Equatable {
    /// Bytes written to standard output.
    public var stdout: [UInt8]
    /// Bytes written to standard error.
    public var stderr: [UInt8]
    /// The exit status, as adbd's shell protocol reports it.
    public var exitCode: Int32

    /// Memberwise initialiser.
    public init(stdout: [UInt8], stderr: [UInt8], exitCode: Int32) {
        self.stdout = stdout; self.stderr = stderr; self.exitCode = exitCode
    }

    /// Standard output decoded as UTF-8 (lossy), for tests and logs.
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    /// Standard error decoded as UTF-8 (lossy), for tests and logs.
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Faults that a test or the demo switches on; the persona and the ADB side consult them.
public struct PersonaFaults: Codable, Sendable, Equatable {
    /// Every write or install fails for lack of space.
    public var storageFull = false
    /// Forces battery level 4, not charging.
    public var batteryLow = false
    /// Adds a Google account, so `dpm set-device-owner` refuses.
    public var accountsPresent = false
    /// Pretends another MDM (`com.other.mdm/.MdmReceiver`) is already device owner.
    public var alreadyProvisioned = false
    /// An install takes the APK's size at this rate (bytes a second): the tablet's own time (`install-rate=`).
    public var installRate: Int?
    /// System services missing from this tablet's Android (`cmd NAME` fails).
    public var missingServices: [String] = []
    /// No fault.
    public init() {}

    /// Reads a saved state; one saved before a fault existed has that fault off.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        storageFull = try values.decodeIfPresent(Bool.self, forKey: .storageFull) ?? false
        batteryLow = try values.decodeIfPresent(Bool.self, forKey: .batteryLow) ?? false
        accountsPresent = try values.decodeIfPresent(Bool.self, forKey: .accountsPresent) ?? false
        alreadyProvisioned = try values.decodeIfPresent(Bool.self, forKey: .alreadyProvisioned) ?? false
        installRate = try values.decodeIfPresent(Int.self, forKey: .installRate)
        missingServices = try values.decodeIfPresent([String].self, forKey: .missingServices) ?? []
    }
}

/// Errors thrown while creating a persona.
public enum PersonaError: Error, CustomStringConvertible, Sendable {
    /// `state.json` exists but could not be decoded.
    case corruptState(path: String, reason: String)
    /// A directory could not be created.
    case cannotCreateDirectory(path: String, reason: String)

    /// Human-readable text.
    public var description: String {
        switch self {
        case let .corruptState(path, reason): return "corrupt persona state \(path): \(reason)"
        case let .cannotCreateDirectory(path, reason): return "cannot create \(path): \(reason)"
        }
    }
}

/// Makes signature verifiers for bundles, given the CA the agent trusts (injected: no crypto here).
public protocol BundleVerifierFactory: Sendable {
    /// Parses the trusted CA certificate (PEM); throws when it is not a usable certificate.
    func makeVerifier(trustedCAPEM: String) throws -> any BundleSignatureVerifier
}

/// Verifies a SHA256withRSA signature over bundle bytes, made by a signer certificate issued by the trusted CA.
public protocol BundleSignatureVerifier: Sendable {
    /// Throws (with a readable description) when `signature` does not verify `content`, or `certificate` (DER) is not
    /// issued by the trusted CA or not valid now.
    func verify(content: [UInt8], signature: [UInt8], certificate: [UInt8]) throws
}
