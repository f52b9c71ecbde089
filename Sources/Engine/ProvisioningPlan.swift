import Bundles
import Diagnostics
import Foundation
import Profiles
import Signing

/// A file read once and shared by every tablet's job (APKs are never read once per tablet).
public final class SharedFile: Sendable {
    /// Where it was read from.
    public let url: URL
    /// Its bytes.
    public let bytes: [UInt8]
    /// Its SHA-256, lower-case hex.
    public let sha256: String

    /// Reads `url` once.
    public init(url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw PlanProblem.unreadable(url.path) }
        self.url = url
        bytes = [UInt8](data)
        sha256 = Digest.hex(Digest.sha256(bytes))
    }
}

/// What every tablet of a class must become: the resolved profile, its APKs read once, the parc's keys.
public struct ProvisioningPlan: Sendable {
    /// The class's profile.
    public let profile: ResolvedProfile
    /// The device-owner agent's APK.
    public let agent: SharedFile
    /// The apps to install, in order, with their APKs.
    public let apps: [(install: AppInstall, file: SharedFile)]
    /// Signs each tablet's bundle.
    public let signer: SigningIdentity
    /// The parc CA handed to each agent (TRUST).
    public let caPEM: String

    /// Reads every APK once and checks it against the sha256 the profile gives.
    public init(profile: ResolvedProfile, keys: ParcKeys) throws {
        guard let agentURL = profile.agent.apk else { throw PlanProblem.noAgent }
        agent = try SharedFile(url: agentURL)
        if let expected = profile.agent.sha256, expected != agent.sha256 { throw PlanProblem.checksum(agentURL.path, agent.sha256) }
        apps = try profile.apps.install.sorted { ($0.order, $0.package) < ($1.order, $1.package) }.map { install in
            let file = try SharedFile(url: install.apk)
            guard file.sha256 == install.sha256 else { throw PlanProblem.checksum(install.apk.path, file.sha256) }
            return (install, file)
        }
        self.profile = profile
        signer = keys.signer
        caPEM = try keys.ca.pem()
    }
}

/// The plan cannot be made from the profile.
public enum PlanProblem: Error, Sendable, CustomStringConvertible {
    case noAgent
    case unreadable(String)
    case checksum(String, String)

    /// What is wrong and the fix.
    public var description: String {
        switch self {
        case .noAgent: return Say.planNoAgent
        case .unreadable(let path): return Say.planUnreadable(path)
        case let .checksum(path, actual): return Say.planChecksum(path, actual: actual)
        }
    }
}
