import Testing
@testable import ADB

/// The host side of CNXN / AUTH (§1.8, §2).
@Suite struct HandshakeTests {
    static let deviceBanner = "device::ro.product.name=x;ro.product.model=Tab A;ro.product.device=y;features=shell_v2,cmd,stat_v2,apex,ls_v2"

    static func deviceCNXN(version: UInt32 = 0x0100_0001, maxData: UInt32 = 1 << 20, banner: String = deviceBanner) -> ADBPacket {
        ADBPacket(.connect, version, maxData, Array(banner.utf8))
    }

    static func token(_ seed: UInt8, count: Int = 20) -> ADBPacket {
        ADBPacket(.auth, ADBProtocol.authToken, 0, (0..<count).map { seed &+ UInt8($0) })
    }

    static func isUnexpected(_ action: ADBHostConnectionStateMachine.Action) -> Bool {
        if case .fail(.unexpected) = action { return true }
        return false
    }

    static func isFailed(_ state: ADBHostConnectionStateMachine.State) -> Bool {
        if case .failed = state { return true }
        return false
    }

    @Test func startSendsCNXN() {
        var machine = ADBHostConnectionStateMachine(keyCount: 1)
        #expect(machine.state == .idle)
        let packet = machine.start()
        #expect(machine.state == .waitingForPeer)
        #expect(packet.command == .connect)
        #expect(packet.arg0 == 0x0100_0001)
        #expect(packet.arg1 == 1_048_576)
        let banner = ADBBanner(parsing: Array(packet.payload))
        #expect(banner.type == .host)
        #expect(banner.features == ADBFeature.host)
        #expect(packet.payload.count <= 4096)
        #expect(packet.payload.last != 0)
    }

    @Test func startAdvertisesTheConfiguredBannerAndMaximum() {
        var machine = ADBHostConnectionStateMachine(keyCount: 0, banner: ADBBanner(type: .host, features: ["cmd"]), maxPayload: 4096)
        let packet = machine.start()
        #expect(packet.arg1 == 4096)
        #expect(Array(packet.payload) == Array("host::features=cmd".utf8))
    }

    @Test func deviceCNXNStraightAwayConnects() throws {
        var machine = ADBHostConnectionStateMachine(keyCount: 2)
        _ = machine.start()
        let action = machine.received(Self.deviceCNXN(version: 0x0100_0002, maxData: 4 << 20))
        guard case .connected(let info) = action else {
            Issue.record("expected connected, got \(action)")
            return
        }
        #expect(machine.state == .online(info))
        #expect(info.version == 0x0100_0001)                 // min(ours, theirs)
        #expect(info.maxPayload == 1 << 20)                  // min(ours, theirs)
        #expect(info.banner.model == "Tab A")
        #expect(info.sharedFeatures == ["shell_v2", "cmd", "stat_v2", "ls_v2"])  // "apex" is not ours
        #expect(info.supports("cmd") && !info.supports("apex") && !info.supports("delayed_ack"))
        #expect(!info.needsChecksum)
    }

    @Test func smallerDeviceMaximumWins() {
        var machine = ADBHostConnectionStateMachine(keyCount: 0)
        _ = machine.start()
        guard case .connected(let info) = machine.received(Self.deviceCNXN(maxData: 256 * 1024)) else {
            Issue.record("not connected")
            return
        }
        #expect(info.maxPayload == 256 * 1024)
    }

    @Test func oldDeviceNeedsChecksums() {
        var machine = ADBHostConnectionStateMachine(keyCount: 0)
        _ = machine.start()
        guard case .connected(let info) = machine.received(Self.deviceCNXN(version: 0x0100_0000, maxData: 4096, banner: "device::")) else {
            Issue.record("not connected")
            return
        }
        #expect(info.version == 0x0100_0000)
        #expect(info.needsChecksum)
        #expect(info.sharedFeatures.isEmpty)
        #expect(info.maxPayload == 4096)
    }

    @Test func authWalksTheKeysThenSendsThePublicKey() {
        var machine = ADBHostConnectionStateMachine(keyCount: 2)
        _ = machine.start()
        let first = Self.token(1), second = Self.token(50), third = Self.token(100)
        #expect(machine.received(first) == .signToken(Array(first.payload), keyIndex: 0))
        #expect(machine.state == .waitingForPeer)
        #expect(machine.received(second) == .signToken(Array(second.payload), keyIndex: 1))
        #expect(machine.received(third) == .sendPublicKeyAndWaitForUser)
        #expect(machine.state == .waitingForUser)
        #expect(machine.received(Self.token(7)) == .none)
        #expect(machine.state == .waitingForUser)
        // The person taps Allow: the device sends CNXN.
        guard case .connected = machine.received(Self.deviceCNXN()) else {
            Issue.record("not connected after Allow")
            return
        }
        #expect(machine.received(Self.token(9)) == .none)   // online: handshake packets are no longer its business
    }

    @Test func noKeysGoesStraightToThePublicKey() {
        var machine = ADBHostConnectionStateMachine(keyCount: 0)
        _ = machine.start()
        #expect(machine.received(Self.token(3)) == .sendPublicKeyAndWaitForUser)
    }

    @Test func signatureAndPublicKeyPackets() {
        let machine = ADBHostConnectionStateMachine(keyCount: 1)
        let signature = [UInt8](repeating: 0x5A, count: 256)
        #expect(machine.signed(signature) == ADBPacket(.auth, 2, 0, signature))
        let key = machine.publicKeyPacket("QUFBQQ== valise@host")
        #expect(key.command == .auth && key.arg0 == 3 && key.arg1 == 0)
        #expect(key.payload.last == 0)
        #expect(Array(key.payload) == Array("QUFBQQ== valise@host".utf8) + [0])
    }

    @Test(arguments: [ADBPacket(.write, 5, 1, [1, 2, 3]), ADBPacket(.okay, 5, 1), ADBPacket(.close, 5, 1),
                      ADBPacket(.open, 5, 0, Array("shell:\0".utf8)), ADBPacket(.sync, 1, 0)])
    func stalePacketsBeforeCNXNAreIgnored(packet: ADBPacket) {
        var machine = ADBHostConnectionStateMachine(keyCount: 1)
        _ = machine.start()
        #expect(machine.received(packet) == .none)
        #expect(machine.state == .waitingForPeer)
        #expect(machine.received(Self.token(1)) == .signToken(Array(Self.token(1).payload), keyIndex: 0))
    }

    @Test func packetsBeforeStartAreIgnored() {
        var machine = ADBHostConnectionStateMachine(keyCount: 1)
        #expect(machine.received(Self.deviceCNXN()) == .none)
        #expect(machine.state == .idle)
    }

    @Test(arguments: [ADBProtocol.authSignature, ADBProtocol.authRSAPublicKey, 0, 4])
    func authOfUnknownTypeFails(type: UInt32) {
        var machine = ADBHostConnectionStateMachine(keyCount: 1)
        _ = machine.start()
        let action = machine.received(ADBPacket(.auth, type, 0, [UInt8](repeating: 1, count: 20)))
        #expect(Self.isUnexpected(action))
        #expect(Self.isFailed(machine.state))
        // A failed machine ignores everything afterwards.
        #expect(machine.received(Self.deviceCNXN()) == .none)
    }

    @Test(arguments: [0, 19, 21, 256])
    func tokenOfWrongSizeFails(size: Int) {
        var machine = ADBHostConnectionStateMachine(keyCount: 1)
        _ = machine.start()
        #expect(Self.isUnexpected(machine.received(Self.token(1, count: size))))
        #expect(Self.isFailed(machine.state))
    }

    @Test func startTLSFails() {
        var machine = ADBHostConnectionStateMachine(keyCount: 1)
        _ = machine.start()
        #expect(Self.isUnexpected(machine.received(ADBPacket(.startTLS, ADBProtocol.stlsVersion, 0))))
        #expect(Self.isFailed(machine.state))
    }

    @Test func tinyMaxDataFails() {
        var machine = ADBHostConnectionStateMachine(keyCount: 1)
        _ = machine.start()
        #expect(Self.isUnexpected(machine.received(Self.deviceCNXN(maxData: 255))))
        #expect(Self.isFailed(machine.state))

        var edge = ADBHostConnectionStateMachine(keyCount: 1)
        _ = edge.start()
        guard case .connected(let info) = edge.received(Self.deviceCNXN(maxData: 256)) else {
            Issue.record("256 bytes should be accepted")
            return
        }
        #expect(info.maxPayload == 256)
    }
}
