import ADB
import Foundation
import Signing
import Transports

/// `localabstract:valise-agent`: the device-owner agent's socket, once the agent app is installed.
enum AgentService {
    /// The abstract socket name the agent listens on.
    static let socketName = "valise-agent"

    static func handler(persona: AndroidPersona) -> ADBSession.ServiceHandler {
        { stream in
            let connection = persona.makeAgentConnection()
            while let chunk = try? stream.read(timeout: .seconds(300)) {
                let answer = connection.receive(chunk)
                if !answer.isEmpty { try? stream.write(answer) }
                if connection.wantsClose { return }
            }
        }
    }
}

/// Checks bundle signatures for the simulated agent with OpenSSL (SHA256withRSA and the signer certificate's chain
/// to the CA the agent was told to TRUST).
public struct CMSBundleVerifierFactory: BundleVerifierFactory {
    /// Creates the factory.
    public init() {}

    public func makeVerifier(trustedCAPEM: String) throws -> any BundleSignatureVerifier {
        CMSBundleVerifier(verifier: try CMSVerifier(trustedCAPEM: trustedCAPEM))
    }
}

struct CMSBundleVerifier: BundleSignatureVerifier {
    let verifier: CMSVerifier

    /// Words the real agent uses for the signer's dates, so both answer the same transcripts.
    func verify(content: [UInt8], signature: [UInt8], certificate: [UInt8]) throws {
        do {
            try verifier.verify(content: content, plainSignature: signature, signerDER: certificate)
        } catch let error as CMSVerificationError where error.reason == .expiredSigner || error.reason == .notYetValidSigner {
            throw CMSVerificationError(reason: error.reason, message: "signer certificate "
                + (error.reason == .expiredSigner ? "expired" : "not yet valid") + ": " + error.message)
        }
    }
}
