import Diagnostics
import Fastboot
import Foundation
import Logging
import Synchronization

/// A tablet in fastboot mode, driven one command at a time through `FastbootClientStateMachine`.
///
/// Thread safety: send commands from one thread at a time (fastboot is synchronous); `close()` from any thread.
/// The timeouts and limits are `let`s set at init; the label, the messages received and the download size read
/// are one `Mutex<State>`, so another thread may read them while a command runs.
public final class FastbootDevice: Sendable {
    /// The connection.
    public let transport: FastbootTransport
    /// How the tablet is named in messages: "VAL1A2B3C4D (tcp:127.0.0.1:5554)".
    public internal(set) var label: String {
        get { state.withLock { $0.label } }
        set { state.withLock { $0.label = newValue } }
    }
    /// How long to wait for each response (`RESP_TIMEOUT`; INFO and TEXT restart it).
    public let responseTimeout: Duration
    /// The longest command sent (64 bytes: what every bootloader accepts).
    public let maxCommandLength: Int
    /// Every INFO/TEXT line received, in order.
    public var messages: [FastbootMessage] { state.withLock { $0.messages } }
    private let logger: Logger

    private struct State {
        var label: String
        var messages: [FastbootMessage] = []
        var maxDownloadSize: Int?
    }

    private let state: Mutex<State>

    /// Wraps a connected transport.
    public init(transport: FastbootTransport, responseTimeout: Duration = .seconds(30),
                maxCommandLength: Int = FastbootCommand.defaultMaxLength, logger: Logger = Logger(label: "valise.fastboot")) {
        self.transport = transport
        self.responseTimeout = responseTimeout
        self.maxCommandLength = maxCommandLength
        self.logger = logger
        state = Mutex(State(label: transport.address))
    }

    /// Connects to a tablet's fastboot port over TCP and reads its serial number for messages.
    public static func connect(_ address: TCPAddress, timeout: Duration = .seconds(5),
                               logger: Logger = Logger(label: "valise.fastboot")) throws(FastbootError) -> FastbootDevice {
        let transport: FastbootTCPTransport
        do {
            transport = try FastbootTCPTransport(host: address.host, port: address.port, connectTimeout: timeout)
        } catch {
            throw FastbootError.transport(error, tablet: "tcp:\(address)", doing: Say.fastbootConnecting)
        }
        let device = FastbootDevice(transport: transport, logger: logger)
        if let serial = try? device.getVar(FastbootVariable.serialNumber), !serial.isEmpty {
            device.label = "\(serial) (\(transport.address))"
        }
        return device
    }

    /// Closes the connection.
    public func close() { transport.close() }

    /// `getvar:NAME`: the value, trimmed.
    public func getVar(_ name: String) throws(FastbootError) -> String {
        FastbootValue.trim(try run(.getVar(name)))
    }

    /// The largest download the tablet accepts (hex or decimal, read once).
    public func maxDownloadSize() throws(FastbootError) -> Int {
        if let cached = state.withLock({ $0.maxDownloadSize }) { return cached }
        let text = try getVar(FastbootVariable.maxDownloadSize)
        do {
            let value = Int(clamping: try FastbootValue.size(text))
            state.withLock { $0.maxDownloadSize = value }
            return value
        } catch {
            throw FastbootError.protocolViolation(error, tablet: label)
        }
    }

    /// `erase:PARTITION`.
    public func erase(_ partition: String) throws(FastbootError) { _ = try run(.erase(partition), partition: partition) }
    /// `set_active:SLOT`.
    public func setActive(_ slot: FastbootSlot) throws(FastbootError) { _ = try run(.setActive(slot.rawValue)) }
    /// `flashing lock` or `flashing unlock`.
    public func setFlashingLocked(_ locked: Bool) throws(FastbootError) { _ = try run(locked ? .flashingLock : .flashingUnlock) }
    /// `reboot`: back to Android; the connection ends.
    public func reboot() throws(FastbootError) { try runThenClose(.reboot) }
    /// `reboot-bootloader`: back to fastboot mode; the connection ends.
    public func rebootBootloader() throws(FastbootError) { try runThenClose(.rebootBootloader) }
    /// `continue`: goes on booting Android; the connection ends.
    public func continueBoot() throws(FastbootError) { try runThenClose(.continue) }

    private func runThenClose(_ command: FastbootCommand) throws(FastbootError) {
        defer { close() }
        do {
            _ = try run(command)
        } catch where error.kind == .disconnected {
            // Gone before its OKAY: it is restarting, as asked (over USB it leaves the bus at once).
            // Whoever waits for it next finds out whether it comes back.
        }
    }

    /// Runs one command; `source` supplies the data phase of a download (each call sends one packet).
    @discardableResult
    public func run(_ command: FastbootCommand, partition: String? = nil,
                    source: ((_ send: ([UInt8]) throws(FastbootTransportError) -> Void) throws -> Void)? = nil) throws(FastbootError) -> String {
        var machine = FastbootClientStateMachine(command: command, maxCommandLength: maxCommandLength)
        var action = machine.start()
        let doing = partition.map { Say.fastbootSendingPartition($0) } ?? Say.fastbootRunning("\(command)")
        do {
            while true {
                switch action {
                case .sendCommand(let packet):
                    logger.debug("fastboot \(label) > \(command)")
                    try transport.send(packet, timeout: responseTimeout)
                    action = .readResponse
                case .readResponse:
                    action = machine.received(try transport.receive(timeout: responseTimeout))
                case .report(let message):
                    state.withLock { $0.messages.append(message) }
                    logger.debug("fastboot \(label) \(message)")
                    action = .readResponse
                case .sendData(let count):
                    var sent = 0
                    try source? { (packet: [UInt8]) throws(FastbootTransportError) in
                        try transport.send(packet, timeout: responseTimeout)
                        sent += packet.count
                    }
                    guard sent == count else {
                        throw FastbootError(.badImage, tablet: label, summary: Say.couldNotSendBytes(count, tablet: label),
                                            reason: Say.onlyBytesRead(sent), action: Say.checkImageFileFix)
                    }
                    action = machine.dataSent()
                case .receiveData:
                    action = .failed(.unexpectedEvent("uploads are not supported"))
                case .finished(let value):
                    return value
                case .failed(let error):
                    throw FastbootError.protocolViolation(error, tablet: label, partition: partition)
                }
            }
        } catch let error as FastbootError {
            throw error
        } catch let error as FastbootTransportError {
            throw FastbootError.transport(error, tablet: label, doing: doing)
        } catch {
            throw FastbootError(.badImage, tablet: label, summary: Say.couldNotReadImageFor(label),
                                reason: Say.readingFileFailed("\(error)"), action: Say.checkImageFileFix)
        }
    }
}
