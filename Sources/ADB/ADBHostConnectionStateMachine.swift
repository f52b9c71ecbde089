/// What both sides agreed on once the peer's CNXN arrived.
public struct ADBConnectionInfo: Sendable, Equatable {
    /// `min(ours, theirs)` of the protocol version.
    public var version: UInt32
    /// `min(ours, theirs)` of the maximum payload.
    public var maxPayload: Int
    /// The peer's banner.
    public var banner: ADBBanner
    /// Features both sides list (only these may be used).
    public var sharedFeatures: Set<String>

    /// Creates the agreed parameters.
    public init(version: UInt32, maxPayload: Int, banner: ADBBanner, sharedFeatures: Set<String>) {
        self.version = version
        self.maxPayload = maxPayload
        self.banner = banner
        self.sharedFeatures = sharedFeatures
    }

    /// Whether packets must carry a real checksum (an old peer, version 0x01000000).
    public var needsChecksum: Bool { version < ADBProtocol.versionSkipChecksum }
    /// Whether both sides support `feature`.
    public func supports(_ feature: String) -> Bool { sharedFeatures.contains(feature) }
}

/// The host side of the ADB handshake: CNXN, then AUTH with each key in turn, then the public key
/// and a wait for the person at the tablet to tap Allow.
///
/// Sans-I/O: feed it the packets that arrive, perform the actions it returns.
public struct ADBHostConnectionStateMachine: Sendable {
    /// Where the handshake stands.
    public enum State: Sendable, Equatable {
        case idle
        case waitingForPeer
        case waitingForUser
        case online(ADBConnectionInfo)
        case failed(ADBProtocolError)
    }

    /// What the caller must do next.
    public enum Action: Sendable, Equatable {
        /// Nothing: the packet was ignored (stale data before the handshake).
        case none
        /// Send this packet.
        case send(ADBPacket)
        /// Sign `token` with key number `keyIndex` and pass the result to `signed(_:)`.
        case signToken([UInt8], keyIndex: Int)
        /// Every key was refused: send the public key (`publicKeyPacket(_:)`) and tell the person at the tablet to tap Allow.
        case sendPublicKeyAndWaitForUser
        /// The handshake is complete.
        case connected(ADBConnectionInfo)
        /// The peer broke the protocol, or asked for something this host cannot do.
        case fail(ADBProtocolError)
    }

    /// The current state.
    public private(set) var state: State = .idle
    private let keyCount: Int
    private let hostBanner: ADBBanner
    private let maxPayload: Int
    private var nextKey = 0
    private var publicKeySent = false

    /// A machine that will try `keyCount` private keys, advertising `banner`.
    public init(keyCount: Int, banner: ADBBanner = ADBBanner(type: .host, features: ADBFeature.host), maxPayload: Int = ADBProtocol.maxPayload) {
        self.keyCount = keyCount
        self.hostBanner = banner
        self.maxPayload = maxPayload
    }

    /// The CNXN to send first.
    public mutating func start() -> ADBPacket {
        state = .waitingForPeer
        return ADBPacket(.connect, ADBProtocol.versionSkipChecksum, UInt32(maxPayload), hostBanner.encoded)
    }

    /// Handles one packet from the peer during the handshake.
    public mutating func received(_ packet: ADBPacket) -> Action {
        switch state {
        case .idle, .online, .failed:
            return .none
        case .waitingForPeer, .waitingForUser:
            break
        }
        switch packet.command {
        case .connect:
            guard packet.arg1 >= 256 else {
                return fail(.unexpected("the tablet announces a maximum packet size of \(packet.arg1) bytes, too small to work with"))
            }
            let info = ADBConnectionInfo(
                version: min(packet.arg0, ADBProtocol.versionSkipChecksum),
                maxPayload: min(Int(packet.arg1), maxPayload),
                banner: ADBBanner(parsing: Array(packet.payload)),
                sharedFeatures: hostBanner.features.intersection(ADBBanner(parsing: Array(packet.payload)).features)
            )
            state = .online(info)
            return .connected(info)
        case .auth:
            guard packet.arg0 == ADBProtocol.authToken else {
                return fail(.unexpected("the tablet sent an AUTH packet of unknown type \(packet.arg0)"))
            }
            guard packet.payload.count == 20 else {
                return fail(.unexpected("the tablet sent an AUTH token of \(packet.payload.count) bytes instead of 20"))
            }
            if nextKey < keyCount {
                nextKey += 1
                return .signToken(Array(packet.payload), keyIndex: nextKey - 1)
            }
            if !publicKeySent {
                publicKeySent = true
                state = .waitingForUser
                return .sendPublicKeyAndWaitForUser
            }
            return .none
        case .startTLS:
            return fail(.unexpected("the tablet asks for TLS (wireless debugging pairing port); use its `adb tcpip` port instead"))
        default:
            return .none
        }
    }

    /// The AUTH SIGNATURE packet carrying `signature`.
    public func signed(_ signature: [UInt8]) -> ADBPacket {
        ADBPacket(.auth, ADBProtocol.authSignature, 0, signature)
    }

    /// The AUTH RSAPUBLICKEY packet for `publicKeyText` ("base64 user@host"), NUL-terminated.
    public func publicKeyPacket(_ publicKeyText: String) -> ADBPacket {
        ADBPacket(.auth, ADBProtocol.authRSAPublicKey, 0, Array(publicKeyText.utf8) + [0])
    }

    private mutating func fail(_ error: ADBProtocolError) -> Action {
        state = .failed(error)
        return .fail(error)
    }
}
