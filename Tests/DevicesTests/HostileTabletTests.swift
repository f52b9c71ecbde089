import ADB
import Devices
import Foundation
import Signing
import TestSupport
import Testing
import Transports

/// A "tablet" that answers with crafted bytes: the host must fail that tablet with a clear error, never crash or hang.
final class HostileTablet: @unchecked Sendable {
    let listener: TCPSocket
    let port: UInt16

    /// `script` gets the accepted socket after the host's CNXN was read.
    init(script: @escaping @Sendable (TCPSocket) throws -> Void) throws {
        listener = try TCPSocket.listen(host: "127.0.0.1", port: 0)
        port = listener.localPort
        let listener = self.listener
        Thread {
            guard let socket = listener.accept() else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            // The host's CNXN: header then banner.
            _ = try? buffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: .seconds(5)) }
            try? script(socket)
            Thread.sleep(forTimeInterval: 3)
            socket.close()
        }.start()
    }

    deinit { listener.close() }

    static func connect(_ port: UInt16) throws -> ADBDevice {
        let folder = TemporaryDirectory()
        let keyring = try TabletFixture.freshKeyring(in: folder.url)
        var options = SessionOptions()
        options.handshakeTimeout = .seconds(2)
        options.ioTimeout = .seconds(2)
        return try DeviceConnector(authenticator: keyring, options: options).connect(TCPAddress(host: "127.0.0.1", port: port))
    }

    static let deviceCNXN = ADBPacket(.connect, ADBProtocol.versionSkipChecksum, 4096,
                                      Array("device::ro.product.model=Evil;features=shell_v2".utf8)).encoded(withChecksum: true)

    /// A raw header with any fields.
    static func header(_ command: UInt32, _ arg0: UInt32, _ arg1: UInt32, length: UInt32, magic: UInt32? = nil) -> [UInt8] {
        var out = [UInt8]()
        for word in [command, arg0, arg1, length, 0, magic ?? command ^ 0xFFFF_FFFF] { out.appendLittleEndian(word) }
        return out
    }
}

@Suite struct HostileTabletTests {
    private func expectProtocolFailure(_ script: @escaping @Sendable (TCPSocket) throws -> Void) throws {
        let hostile = try HostileTablet(script: script)
        let error = try #require(throws: DeviceError.self) { _ = try HostileTablet.connect(hostile.port) }
        // A protocol failure or a drop, never a timeout: Valise gives up at once.
        #expect([.protocolViolation, .disconnected].contains(error.kind), "\(error)")
        #expect(error.summary.contains("127.0.0.1:\(hostile.port)"))
        #expect(!error.action.isEmpty)
    }

    @Test func badMagicBeforeTheHandshake() throws {
        try expectProtocolFailure { try $0.write(HostileTablet.header(ADBCommand.connect.rawValue, 1, 4096, length: 0, magic: 0xDEAD), timeout: .seconds(1)) }
    }

    @Test func anOversizePacketBeforeCNXN() throws {
        // Nothing over 4096 bytes may arrive before the device's CNXN.
        try expectProtocolFailure { try $0.write(HostileTablet.header(ADBCommand.connect.rawValue, 1, 4096, length: 5000), timeout: .seconds(1)) }
    }

    @Test func aTruncatedPayload() throws {
        try expectProtocolFailure { socket in
            try socket.write(HostileTablet.header(ADBCommand.connect.rawValue, 1, 4096, length: 100) + [1, 2, 3], timeout: .seconds(1))
            socket.close()
        }
    }

    @Test func anUnknownCommand() throws {
        try expectProtocolFailure { try $0.write(HostileTablet.header(0x5A5A_5A5A, 0, 0, length: 0), timeout: .seconds(1)) }
    }

    @Test func dataForAStreamThatWasNeverOpened() throws {
        try expectProtocolFailure { socket in
            try socket.write(HostileTablet.deviceCNXN, timeout: .seconds(1))
            try socket.write(ADBPacket(.write, 5, 999, [1, 2, 3]).encoded(withChecksum: false), timeout: .seconds(1))
        }
    }

    @Test func aTabletThatNeverAnswersTimesOut() throws {
        let hostile = try HostileTablet { _ in }
        let error = try #require(throws: DeviceError.self) { _ = try HostileTablet.connect(hostile.port) }
        #expect(error.kind == .timedOut)
    }

    @Test func aGarbageShellReplyFailsTheCommandNotTheProcess() throws {
        let hostile = try HostileTablet { socket in
            try socket.write(HostileTablet.deviceCNXN, timeout: .seconds(1))
            var buffer = [UInt8](repeating: 0, count: 4096)
            _ = try buffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: .seconds(2)) }
            let open = try ADBPacketHeader(validating: buffer.prefix(24), maxPayload: 4096)
            try socket.write(ADBPacket(.okay, 77, open.arg0).encoded(withChecksum: false), timeout: .seconds(1))
            // A shell v2 packet of unknown type 9.
            try socket.write(ADBPacket(.write, 77, open.arg0, [9, 1, 0, 0, 0, 65]).encoded(withChecksum: false), timeout: .seconds(1))
        }
        let error = try #require(throws: DeviceError.self) { _ = try HostileTablet.connect(hostile.port) }
        #expect(error.kind == .protocolViolation)
        #expect(error.summary.contains("127.0.0.1:\(hostile.port)"))
    }
}
