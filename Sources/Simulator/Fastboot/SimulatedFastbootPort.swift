import Fastboot
import Foundation
import Synchronization
import Transports

/// The fastboot-over-TCP port of a simulated tablet: "FB01" both ways, then [u64 big-endian length][bytes] frames.
///
/// It listens only while the tablet sits in its bootloader; in Android nothing listens there (connections are
/// refused, as on a real tablet). Thread safety: an accept thread and one thread per connection; the listener
/// and the open connections are behind their own mutexes; the bootloader locks its own state.
final class SimulatedFastbootPort: @unchecked Sendable {
    let bootloader: SimulatedBootloader
    let port: UInt16
    /// Called after a reboot command was answered (set by the tablet).
    let onReboot = Mutex<(@Sendable (SimulatedBootloader.BootTarget) -> Void)?>(nil)
    private let host: String
    private let allowNonLoopback: Bool
    private let label: String
    private let listener = Mutex<TCPSocket?>(nil)
    private let open = Mutex<[ObjectIdentifier: TCPSocket]>([:])

    /// Reserves `host:port` (port 0: a free port, kept from then on) without listening yet.
    init(host: String, port: UInt16, allowNonLoopback: Bool, bootloader: SimulatedBootloader, label: String) throws {
        let probe = try TCPSocket.listen(host: host, port: port, allowNonLoopback: allowNonLoopback)
        self.port = probe.localPort
        probe.close()
        self.host = host
        self.allowNonLoopback = allowNonLoopback
        self.bootloader = bootloader
        self.label = label
    }

    /// Starts listening (the tablet entered its bootloader).
    func startListening() {
        let socket: TCPSocket? = listener.withLock { current in
            if current != nil { return nil }
            current = try? TCPSocket.listen(host: host, port: port, allowNonLoopback: allowNonLoopback)
            return current
        }
        guard let socket else { return }
        let thread = Thread { [self] in
            while let connection = socket.accept() {
                let worker = Thread { [self] in serve(connection) }
                worker.name = "\(label) fastboot connection"
                worker.start()
            }
        }
        thread.name = "\(label) fastboot accept"
        thread.start()
    }

    /// Stops listening and drops every connection (the tablet left its bootloader, or stopped).
    func stopListening() {
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
        var connection = FastbootConnection(bootloader: bootloader)
        var buffer = [UInt8](repeating: 0, count: 256 << 10)
        do {
            try socket.write(FastbootTCP.handshake(), timeout: .seconds(10))
            while true {
                let count = try buffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: nil) }
                if count == 0 { return }
                let step = try connection.received(buffer[0..<count])
                for packet in step.packets { try socket.write(FastbootTCP.frame(packet), timeout: .seconds(30)) }
                switch step.end {
                case nil: continue
                case .drop?: return
                case .reboot(let target)?:
                    // The tablet leaves its bootloader (its fastboot port stops answering) before the host sees this
                    // connection end: whoever probes the port right after (a USB bus telling which function comes
                    // back) finds it in the mode it rebooted to, however loaded the machine.
                    onReboot.withLock { $0 }?(target)
                    socket.close()
                    return
                }
            }
        } catch {
            return
        }
    }
}

/// One fastboot connection's protocol state on the device side (no sockets): frames in, response packets out.
struct FastbootConnection {
    /// What to send, and whether the connection ends.
    struct Step {
        var packets: [[UInt8]] = []
        var end: End?
    }

    enum End: Equatable {
        /// Cut the connection (the download fault).
        case drop
        /// Answered; now reboot there.
        case reboot(SimulatedBootloader.BootTarget)
    }

    let bootloader: SimulatedBootloader
    private var decoder: FastbootTCPFrameDecoder
    private var pending: (count: Int, data: [UInt8], dropAfter: Int?)?
    private var rawReceived = 0

    init(bootloader: SimulatedBootloader) {
        self.bootloader = bootloader
        decoder = FastbootTCPFrameDecoder(maxFrameLength: max(bootloader.maxDownloadSize, 1 << 20))
    }

    /// Bytes arrived from the host.
    mutating func received(_ bytes: ArraySlice<UInt8>) throws(FastbootProtocolError) -> Step {
        var step = Step()
        if let dropAfter = pending?.dropAfter {
            rawReceived += bytes.count
            if rawReceived > dropAfter { return Step(end: .drop) }
        }
        decoder.append(bytes)
        while let output = try decoder.next() {
            guard case .frame(let packet) = output else { continue }
            if let announced = pending?.count {
                let received = pending?.data.count ?? 0
                guard received + packet.count <= announced else {
                    throw .unexpectedEvent("the host sent more than the \(announced) bytes announced")
                }
                // Appended in place: a copy of `pending` would copy everything received so far at each frame.
                pending?.data.append(contentsOf: packet)
                if received + packet.count == announced {
                    let data = pending?.data ?? []
                    pending = nil
                    step.packets += bootloader.downloaded(data).map { $0.encoded() }
                }
                continue
            }
            switch bootloader.handle(packet) {
            case let .respond(responses, then):
                step.packets += responses.map { $0.encoded() }
                if let then {
                    step.end = .reboot(then)
                    return step
                }
            case let .receive(responses, count):
                step.packets += responses.map { $0.encoded() }
                var data: [UInt8] = []
                data.reserveCapacity(count)
                pending = (count, data, bootloader.takeDropAfter())
                rawReceived = decoder.bufferedCount
            }
        }
        return step
    }
}
