import ADB
import Foundation
import Signing
import Synchronization
import Transports

/// The tablet side of the ADB handshake: answers CNXN, issues AUTH tokens, checks signatures
/// against the tablet's trusted keys and plays the "Allow USB debugging?" prompt by its auth mode.
struct DeviceHandshake {
    enum Outcome {
        case connected(ADBConnectionInfo)
        case refused
    }

    let transport: PacketTransport
    let banner: ADBBanner
    let mode: SimulatedAuthMode
    let trust: TrustedKeys
    let maxPayload = ADBProtocol.maxPayload
    let timeout: Duration

    /// Runs the handshake; throws when the host goes away or breaks the protocol.
    func run() throws -> Outcome {
        var token: [UInt8] = []
        var hostBanner: ADBBanner?
        var hostVersion = ADBProtocol.versionMin
        var hostMaxPayload = ADBProtocol.maxPayloadV1
        var waitingForever = false
        while true {
            let packet = try transport.receive(timeout: waitingForever ? nil : timeout)
            switch packet.command {
            case .connect:
                hostBanner = ADBBanner(parsing: Array(packet.payload))
                hostVersion = packet.arg0
                hostMaxPayload = Int(packet.arg1)
                if mode == .none { return try accept(hostBanner, hostVersion, hostMaxPayload) }
                token = Self.randomToken()
                try transport.send(ADBPacket(.auth, ADBProtocol.authToken, 0, token), withChecksum: true, timeout: timeout)
            case .auth where packet.arg0 == ADBProtocol.authSignature && hostBanner != nil:
                if trust.verify(token: token, signature: Array(packet.payload)) {
                    return try accept(hostBanner, hostVersion, hostMaxPayload)
                }
                token = Self.randomToken()
                try transport.send(ADBPacket(.auth, ADBProtocol.authToken, 0, token), withChecksum: true, timeout: timeout)
            case .auth where packet.arg0 == ADBProtocol.authRSAPublicKey && hostBanner != nil:
                switch mode {
                case .acceptAny:
                    guard let key = try? ADBPublicKey(text: String(decoding: packet.payload.prefix { $0 != 0 }, as: UTF8.self)) else {
                        return .refused
                    }
                    trust.add(key)
                    return try accept(hostBanner, hostVersion, hostMaxPayload)
                case .knownKeys, .none:
                    return .refused
                case .promptNever:
                    waitingForever = true
                }
            default:
                continue
            }
        }
    }

    private func accept(_ host: ADBBanner?, _ version: UInt32, _ hostMax: Int) throws -> Outcome {
        let agreed = min(hostMax, maxPayload)
        try transport.send(ADBPacket(.connect, ADBProtocol.versionSkipChecksum, UInt32(agreed), banner.encoded),
                           withChecksum: true, timeout: timeout)
        transport.setMaxPayload(maxPayload)
        let shared = banner.features.intersection(host?.features ?? [])
        return .connected(ADBConnectionInfo(version: min(version, ADBProtocol.versionSkipChecksum), maxPayload: agreed,
                                            banner: host ?? ADBBanner(type: .host), sharedFeatures: shared))
    }

    static func randomToken() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<20).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}

/// The keys a simulated tablet trusts (its `adb_keys`), kept in the state folder.
///
/// Thread safety: the keys are one `Mutex`, held while the file is rewritten; several connections may authenticate
/// at once.
final class TrustedKeys: Sendable {
    private let keys: Mutex<[ADBPublicKey]>
    private let file: URL

    init(file: URL) {
        self.file = file
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        keys = Mutex(text.split(separator: "\n").compactMap { try? ADBPublicKey(text: String($0)) })
    }

    func verify(token: [UInt8], signature: [UInt8]) -> Bool {
        let current = keys.withLock { $0 }
        return current.contains { $0.verifyADBToken(token, signature: signature) }
    }

    func add(_ key: ADBPublicKey) {
        keys.withLock { keys in
            guard !keys.contains(key) else { return }
            keys.append(key)
            let text = keys.map { Data($0.encoded).base64EncodedString() + " valise-sim" }.joined(separator: "\n") + "\n"
            try? text.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    var count: Int { keys.withLock { $0.count } }
}
