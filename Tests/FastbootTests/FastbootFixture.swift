import Devices
import Fastboot
import Foundation
import Simulator
import Testing
import Transports

/// One simulated tablet with a fastboot port, in a temporary folder removed afterwards.
final class FastbootFixture: @unchecked Sendable {
    let folder: URL
    let tablet: SimulatedTablet

    init(index: Int = 0, faults: [String] = []) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-fastboot-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tablet"), withIntermediateDirectories: true)
        var simulated = SimulatedFaults()
        for word in faults { try simulated.apply(word) }
        tablet = try SimulatedTablet(identity: TabletIdentity.sample(index: index), stateDirectory: folder.appendingPathComponent("tablet"),
                                     authMode: .none, faults: simulated)
        tablet.start()
    }

    deinit {
        tablet.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// "tcp:127.0.0.1:PORT", as Debian's fastboot takes it.
    var fastbootTarget: String { "tcp:127.0.0.1:\(port)" }
    var port: UInt16 { tablet.fastbootPort ?? 0 }
    var address: TCPAddress { TCPAddress(host: "127.0.0.1", port: port) }

    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Waits until the tablet is in `mode`.
    func waitFor(_ mode: SimulatedTabletMode, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<200 where tablet.mode != mode { Thread.sleep(forTimeInterval: 0.025) }
        #expect(tablet.mode == mode, sourceLocation: sourceLocation)
    }

    /// `reboot bootloader` from the tablet's shell, then waits for fastboot mode.
    func enterFastboot() {
        _ = tablet.persona.run("reboot bootloader")
        waitFor(.fastboot)
    }

    /// An ADB connection to the tablet (no keys: the simulated tablet is a debuggable build).
    func connectADB() throws -> ADBDevice {
        var options = SessionOptions()
        options.handshakeTimeout = .seconds(5)
        options.ioTimeout = .seconds(10)
        return try DeviceConnector(authenticator: NoKeys(), options: options)
            .connect(TCPAddress(host: "127.0.0.1", port: tablet.port))
    }

    /// An image starting with a Valise header, then seeded pseudo-random bytes, `size` bytes in all.
    static func image(size: Int, seed: UInt64, header: [(key: String, value: String)] = []) -> [UInt8] {
        var bytes = SparseFixture.bytes(size, seed: seed)
        if !header.isEmpty {
            let text = ValiseImageHeader(header).encoded(paddedTo: 4096)
            bytes.replaceSubrange(0..<text.count, with: text)
        }
        return bytes
    }
}

/// An authenticator without keys, for tablets that ask for none.
struct NoKeys: ADBAuthenticator {
    var keyCount: Int { 0 }
    func sign(token: [UInt8], keyIndex: Int) throws -> [UInt8] { [] }
    func publicKeyText() throws -> String { "" }
}
