import ADB
import Diagnostics
import Foundation
import Signing
import Synchronization
import Transports

/// `localabstract:valise-agent`: the device-owner agent's socket, once the agent app is installed.
enum AgentService {
    /// The abstract socket name the agent listens on.
    static let socketName = "valise-agent"

    static func handler(persona: AndroidPersona) -> ADBSession.ServiceHandler {
        if let forward = persona.agentForward { return relay(to: forward) }
        return { stream in
            let connection = persona.makeAgentConnection()
            while let chunk = try? stream.read(timeout: .seconds(300)) {
                let answer = connection.receive(chunk)
                if !answer.isEmpty { try? stream.write(answer) }
                if connection.wantsClose { return }
            }
        }
    }
}

extension AgentService {
    /// Pipes the stream to an agent listening on loopback TCP (the real agent on the JVM, `AgentHarness`): the tablet
    /// then answers with the agent that ships instead of its simulated one.
    static func relay(to port: UInt16) -> ADBSession.ServiceHandler {
        { stream in
            guard let socket = try? TCPSocket.connect(host: "127.0.0.1", port: port, timeout: .seconds(5)) else { return }
            let done = DispatchSemaphore(value: 0)
            DispatchQueue(label: "valise.sim.agent-relay").async {
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while let count = try? buffer.withUnsafeMutableBytes({ try socket.read(into: $0, timeout: .seconds(300)) }), count > 0 {
                    guard (try? stream.write(Array(buffer[..<count]))) != nil else { break }
                }
                stream.close()
                done.signal()
            }
            while let chunk = try? stream.read(timeout: .seconds(300)) {
                guard (try? socket.write(chunk, timeout: .seconds(30))) != nil else { break }
            }
            socket.close()
            done.wait()
        }
    }
}

/// Checks bundle signatures for the simulated agent with OpenSSL (SHA256withRSA and the signer certificate's chain
/// to the CA the agent was told to TRUST).
///
/// The agent reads its CA once, when told to trust it, not for each bundle: a factory (one a tablet) keeps the
/// verifier of the last CA it was asked for.
public struct CMSBundleVerifierFactory: BundleVerifierFactory {
    private let last = LastVerifier()

    /// Creates the factory.
    public init() {}

    public func makeVerifier(trustedCAPEM: String) throws -> any BundleSignatureVerifier {
        if let verifier = last.verifier(for: trustedCAPEM) { return verifier }
        let verifier = CMSBundleVerifier(verifier: try CMSVerifier(trustedCAPEM: trustedCAPEM))
        last.keep(verifier, for: trustedCAPEM)
        return verifier
    }
}

/// The last verifier a factory made, with the CA it trusts.
private final class LastVerifier: Sendable {
    private let last = Mutex<(pem: String, verifier: CMSBundleVerifier)?>(nil)

    func verifier(for pem: String) -> CMSBundleVerifier? {
        last.withLock { $0?.pem == pem ? $0?.verifier : nil }
    }

    func keep(_ verifier: CMSBundleVerifier, for pem: String) { last.withLock { $0 = (pem, verifier) } }
}

struct CMSBundleVerifier: BundleSignatureVerifier {
    let verifier: CMSVerifier

    /// Words the real agent uses for the signer's dates, so both answer the same transcripts. The agent answers in
    /// English whatever the station's language, as the real one does.
    func verify(content: [UInt8], signature: [UInt8], certificate: [UInt8]) throws {
        do {
            try Language.$chosen.withValue(.english) {
                try verifier.verify(content: content, plainSignature: signature, signerDER: certificate)
            }
        } catch let error as CMSVerificationError where error.reason == .expiredSigner || error.reason == .notYetValidSigner {
            throw CMSVerificationError(reason: error.reason, message: "signer certificate "
                + (error.reason == .expiredSigner ? "expired" : "not yet valid") + ": " + error.message)
        }
    }
}
