import ADB
import Foundation
import Transports

/// A tiny ADB peer on TCP for the emulated tablets to forward to: answers CNXN with a device
/// banner and echoes every other packet back unchanged.
final class EchoTablet: @unchecked Sendable {
    let serial: String
    let port: UInt16
    private let listener: TCPSocket

    init(serial: String) throws {
        self.serial = serial
        listener = try TCPSocket.listen(host: "127.0.0.1", port: 0)
        port = listener.localPort
        let thread = Thread { [listener, serial] in
            while let socket = listener.accept() {
                let connection = Thread { Self.serve(TCPPacketTransport(socket: socket), serial: serial) }
                connection.start()
            }
        }
        thread.start()
    }

    deinit { listener.close() }

    /// "SERIAL=127.0.0.1:PORT@1-1.2" for `--tablet`.
    func spec(at portPath: String) -> String { "\(serial)=127.0.0.1:\(port)@\(portPath)" }

    static func banner(serial: String) -> String {
        "device::ro.product.name=valise;ro.product.model=Emulated_\(serial);ro.product.device=valise;features=shell_v2"
    }

    private static func serve(_ transport: TCPPacketTransport, serial: String) {
        defer { transport.close() }
        while let packet = try? transport.receive(timeout: nil) {
            let reply: ADBPacket
            if packet.command == .connect {
                transport.setMaxPayload(ADBProtocol.maxPayload)
                // 262143: never a multiple of 512, so Debian's adb 29 (which botches ZLP writes) copes.
                reply = ADBPacket(.connect, ADBProtocol.versionSkipChecksum, 262_143, Array(banner(serial: serial).utf8))
            } else {
                reply = packet
            }
            do { try transport.send(reply, withChecksum: true, timeout: .seconds(10)) } catch { return }
        }
    }
}
