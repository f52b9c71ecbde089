import Fastboot
import Foundation
import Synchronization
import Transports

/// A Download-mode tablet on loopback TCP, for the USB testbed: each USB bulk transfer travels as one frame
/// ([u64 big-endian length][bytes], as fastboot over TCP frames packets; zero-length transfers included).
///
/// Thread safety: an accept thread and one thread per connection; the listener and connections sit behind mutexes.
public final class SimulatedOdinPort: Sendable {
    /// The tablet behind the port.
    public let tablet: SimulatedDownloadMode
    /// The TCP port.
    public let port: UInt16
    private let listener: Mutex<TCPSocket?>
    private let open = Mutex<[ObjectIdentifier: TCPSocket]>([:])
    private let label: String

    /// Listens on `127.0.0.1:port` (0: a free port).
    public init(tablet: SimulatedDownloadMode, port: UInt16 = 0, label: String = "download-mode") throws {
        let socket = try TCPSocket.listen(host: "127.0.0.1", port: port, allowNonLoopback: false)
        self.tablet = tablet
        self.port = socket.localPort
        self.label = label
        listener = Mutex(socket)
        let thread = Thread { [self] in
            while let connection = socket.accept() {
                let worker = Thread { [self] in serve(connection) }
                worker.name = "\(label) odin connection"
                worker.start()
            }
        }
        thread.name = "\(label) odin accept"
        thread.start()
    }

    /// Stops listening and drops every connection.
    public func stop() {
        listener.withLock { current in
            current?.close()
            current = nil
        }
        let sockets = open.withLock { current in
            defer { current.removeAll() }
            return Array(current.values)
        }
        sockets.forEach { $0.close() }
    }

    private func serve(_ socket: TCPSocket) {
        let key = ObjectIdentifier(socket)
        open.withLock { $0[key] = socket }
        defer {
            open.withLock { _ = $0.removeValue(forKey: key) }
            socket.close()
        }
        var link = tablet.link()
        var frames = FastbootTCPFrameDecoder(maxFrameLength: 32 << 20, expectHandshake: false)
        var buffer = [UInt8](repeating: 0, count: 256 << 10)
        do {
            while true {
                let count = try buffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: nil) }
                if count == 0 { return }
                frames.append(buffer[0..<count])
                while let output = try frames.next() {
                    guard case .frame(let transfer) = output else { continue }
                    let step = link.received(transfer)
                    for reply in step.transfers { try socket.write(FastbootTCP.frame(reply), timeout: .seconds(30)) }
                    if step.ends {
                        // A rebooting tablet leaves the bus a moment after its answer, when the host has let go.
                        if tablet.left != nil { _ = try? buffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: .seconds(1)) } }
                        return
                    }
                }
            }
        } catch {
            return
        }
    }
}
