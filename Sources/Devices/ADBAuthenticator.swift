import Foundation
import Signing

/// The private keys a session tries, in order, and the public key sent when all are refused.
public protocol ADBAuthenticator: Sendable {
    /// How many keys there are to try.
    var keyCount: Int { get }
    /// Signs an AUTH token with key number `keyIndex`.
    func sign(token: [UInt8], keyIndex: Int) throws -> [UInt8]
    /// "base64 user@host" of the key the tablet should be asked to trust.
    func publicKeyText() throws -> String
}

extension ADBKeyring: ADBAuthenticator {
    public var keyCount: Int { keys.count }

    public func sign(token: [UInt8], keyIndex: Int) throws -> [UInt8] {
        try keys[keyIndex].signADBToken(token)
    }

    public func publicKeyText() throws -> String {
        let user = ProcessInfo.processInfo.environment["USER"] ?? "valise"
        return try userKey.androidPublicKeyText(comment: "\(user)@\(ProcessInfo.processInfo.hostName)")
    }
}
