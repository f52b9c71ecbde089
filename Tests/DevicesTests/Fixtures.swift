import ADB
import Devices
import Foundation
import Signing
import Simulator
import Transports

/// A temporary folder removed when the value goes away.
final class TemporaryDirectory: @unchecked Sendable {
    let url: URL

    init(_ prefix: String = "valise-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}

/// One simulated tablet on a free loopback port and a host keyring of its own.
final class TabletFixture: @unchecked Sendable {
    let folder = TemporaryDirectory("valise-tablet")
    let tablet: SimulatedTablet
    let keyring: ADBKeyring

    init(index: Int = 0, authMode: SimulatedAuthMode = .acceptAny, faults: [String] = [], identity: TabletIdentity? = nil,
         keyring: ADBKeyring? = nil) throws {
        var simulated = SimulatedFaults()
        for word in faults { try simulated.apply(word) }
        let state = folder.url.appendingPathComponent("tablet", isDirectory: true)
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        tablet = try SimulatedTablet(identity: identity ?? TabletIdentity.sample(index: index), stateDirectory: state,
                                     authMode: authMode, faults: simulated)
        tablet.start()
        self.keyring = try keyring ?? Self.freshKeyring(in: folder.url)
    }

    deinit { tablet.stop() }

    static func freshKeyring(in folder: URL) throws -> ADBKeyring {
        try ADBKeyring.load(androidDirectory: folder.appendingPathComponent("android").path,
                            valiseHome: folder.appendingPathComponent("home").path, vendorKeys: nil)
    }

    var address: TCPAddress { TCPAddress(host: "127.0.0.1", port: tablet.port) }

    func connector(authorization: Duration = .seconds(5), io: Duration = .seconds(10)) -> DeviceConnector {
        var options = SessionOptions()
        options.authorizationTimeout = authorization
        options.handshakeTimeout = .seconds(5)
        options.ioTimeout = io
        return DeviceConnector(authenticator: keyring, options: options)
    }

    func connect() throws -> ADBDevice { try connector().connect(address) }
}

/// Random bytes from a seeded generator (tests stay reproducible).
func pseudoRandomBytes(_ count: Int, seed: UInt64 = 42) -> [UInt8] {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    var out = [UInt8]()
    out.reserveCapacity(count + 8)
    while out.count < count {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        withUnsafeBytes(of: state) { out.append(contentsOf: $0) }
    }
    return Array(out.prefix(count))
}

func sha256Hex(_ bytes: [UInt8]) -> String { Digest.hex(Digest.sha256(bytes)) }
