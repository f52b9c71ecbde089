import Foundation
import Testing
@testable import Simulator

/// Helpers shared by the persona tests.
enum PersonaTestSupport {
    /// A fresh persona on a temporary directory (removed when the persona goes away).
    static func persona(sdk: Int = 33, release: String = "13", model: String = "SM-T220", manufacturer: String = "samsung",
                        verifier: (any BundleVerifierFactory)? = nil, directory: URL? = nil,
                        configure: (inout TabletIdentity) -> Void = { _ in }) throws -> AndroidPersona {
        var identity = TabletIdentity.sample(index: 0)
        identity.sdk = sdk
        identity.androidRelease = release
        identity.model = model
        identity.manufacturer = manufacturer
        configure(&identity)
        return try AndroidPersona(identity: identity, stateDirectory: directory, verifierFactory: verifier)
    }

    /// A new empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("persona-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let agentAPK = TestAPK.make(package: "fr.valise.agent", versionCode: 3, versionName: "1.2", minSdk: 26)

    /// Installs the agent and makes it device owner.
    static func provisionedPersona(verifier: (any BundleVerifierFactory)? = PersonaFakeVerifierFactory()) throws -> AndroidPersona {
        let p = try persona(verifier: verifier)
        #expect(p.installPackage(apk: agentAPK, arguments: ["-r", "-g"]) == "Success\n")
        let r = p.run("dpm set-device-owner fr.valise.agent/.AdminReceiver")
        #expect(r.exitCode == 0, "\(r.stderrText)")
        return p
    }

    static let caPEM = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n"
}

/// An error with a fixed description.
struct PersonaFakeVerificationError: Error, CustomStringConvertible {
    var description: String
}

/// Accepts signatures equal to "good"; refuses a CA whose PEM contains "BROKEN".
struct PersonaFakeVerifierFactory: BundleVerifierFactory {
    func makeVerifier(trustedCAPEM: String) throws -> any BundleSignatureVerifier {
        if trustedCAPEM.contains("BROKEN") { throw PersonaFakeVerificationError(description: "unable to parse certificate") }
        return PersonaFakeVerifier()
    }
}

struct PersonaFakeVerifier: BundleSignatureVerifier {
    func verify(content: [UInt8], signature: [UInt8], certificate: [UInt8]) throws {
        guard signature == Array("good".utf8) else {
            throw PersonaFakeVerificationError(description: "CMS_verify: certificate verify error")
        }
    }
}
