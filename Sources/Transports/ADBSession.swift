import ADB
import Diagnostics
import Foundation
import Logging

/// Timeouts of one ADB connection.
public struct SessionOptions: Sendable {
    /// How long the tablet may take to answer the CNXN (or each AUTH).
    public var handshakeTimeout: Duration = .seconds(10)
    /// How long to wait for the person at the tablet to tap Allow.
    public var authorizationTimeout: Duration = .seconds(30)
    /// How long any stream read or write may wait.
    public var ioTimeout: Duration = .seconds(30)
    /// Unread bytes a stream may hold before it stops acknowledging (back-pressure).
    public var highWaterBytes = 16 << 20
    /// How long one whole step may take (identifying the tablet, each provisioning step), however the tablet
    /// trickles its answers: past it the connection is cut (`ADBSession.withDeadline`).
    public var stepTimeout: Duration = .seconds(300)

    /// Default options.
    public init() {}
}

/// One ADB connection after its handshake: the driver of an `ADBSessionMachine`. A reader thread feeds it the
/// packets that arrive; callers' opens, reads and writes go through it; the packets it returns are sent.
///
/// Both sides use it: the host (Devices) opens streams; a simulated tablet accepts them
/// through `incomingOpen`, which returns the service's handler or nil to refuse.
///
/// Thread safety: all mutable state (`machine`, `failure`) is guarded by `condition`, whose waiters are woken just
/// after it is unlocked (a waiter checks the state under the lock, so no change is missed); packets are sent outside
/// it (the transport serialises sends), so a slow tablet never blocks another thread's bookkeeping.
/// `@unchecked Sendable` for that reason.
public final class ADBSession: @unchecked Sendable {
    /// What the handshake agreed.
    public let info: ADBConnectionInfo
    /// The transport (for its address).
    public let transport: PacketTransport
    /// How the tablet is named in messages.
    public let label: String
    /// The options in force.
    public let options: SessionOptions

    let condition = NSCondition()
    var machine: ADBSessionMachine
    var failure: DeviceError?
    private let logger: Logger

    /// A service handler: runs on its own thread with the accepted stream, which is closed when it returns.
    public typealias ServiceHandler = @Sendable (ADBStream) -> Void
    let incomingOpen: (@Sendable (String) -> ServiceHandler?)?
    let sendsChecksum: Bool

    /// Wraps a transport whose handshake is done; call `start()` to begin reading.
    public init(transport: PacketTransport, info: ADBConnectionInfo, label: String, options: SessionOptions = SessionOptions(),
                logger: Logger = Logger(label: "valise.adb"), incomingOpen: (@Sendable (String) -> ServiceHandler?)? = nil) {
        self.incomingOpen = incomingOpen
        self.sendsChecksum = info.needsChecksum
        self.transport = transport
        self.info = info
        self.label = label
        self.options = options
        self.logger = logger
        machine = ADBSessionMachine(info, acceptsOpens: incomingOpen != nil, highWaterBytes: options.highWaterBytes)
    }

    /// Whether the connection is still up.
    public var isAlive: Bool {
        condition.lock()
        defer { condition.unlock() }
        return failure == nil
    }

    /// Opens a stream to `service` and waits for the tablet to accept it.
    public func openStream(_ service: String, timeout: Duration? = nil) throws -> ADBStream {
        condition.lock()
        if let failure {
            condition.unlock()
            throw failure
        }
        let (id, packet) = machine.open(service: service)
        condition.unlock()
        try send(packet)
        let deadline = ContinuousClock.now + (timeout ?? options.ioTimeout)
        condition.lock()
        defer { condition.unlock() }
        while machine.state(of: id) == .opening {
            if let failure { throw failure }
            if !condition.wait(until: deadline) {
                _ = machine.close(id)
                throw timedOut(Say.whileOpening(String(service.prefix(60))))
            }
        }
        if machine.state(of: id) == .open { return ADBStream(session: self, id: id, service: service) }
        _ = machine.close(id)
        if let failure { throw failure }
        throw DeviceError(.serviceRefused, tablet: label, summary: Say.tabletRefusedService(label, service: Self.shortName(service)),
                          reason: Say.serviceRefusedReason, action: Say.serviceRefusedFix,
                          detail: "OPEN \(service) refused")
    }

    /// A service's name for messages, without its arguments.
    public static func shortName(_ service: String) -> String {
        let name = service.split(separator: ":", maxSplits: 1).first.map(String.init) ?? service
        return "\"\(name.replacingOccurrences(of: "\0", with: " "))\""
    }

    /// A timeout error naming this tablet.
    public func timedOut(_ what: String) -> DeviceError {
        DeviceError(.timedOut, tablet: label, summary: Say.tabletStoppedAnswering(label),
                    reason: Say.nothingCameBackWhile(what), action: Say.checkCableAwakeFix,
                    helpTopic: "tablet-not-answering", detail: what)
    }

    /// Sends a packet, failing the session if the transport breaks.
    func send(_ packet: ADBPacket) throws {
        do {
            try transport.send(packet, withChecksum: sendsChecksum, timeout: options.ioTimeout)
        } catch {
            let failure = DeviceError.transport(error, tablet: label)
            fail(failure)
            throw failure
        }
    }

    /// Closes the connection; every stream fails.
    public func close() {
        fail(DeviceError(.disconnected, tablet: label, summary: Say.connectionClosed(label),
                         reason: Say.valiseClosedIt, action: Say.nothingToDo))
    }

    /// Fails every stream with `error` and closes the transport.
    public func fail(_ error: DeviceError) {
        condition.lock()
        if failure == nil { failure = error }
        condition.unlock()
        condition.broadcast()
        transport.close()
    }

    /// Starts the reader thread.
    public func start() {
        let thread = Thread { [self] in readLoop() }
        thread.name = "adb-reader \(label)"
        thread.start()
    }

    private func readLoop() {
        while true {
            let packet: ADBPacket
            do {
                packet = try transport.receive(timeout: nil)
            } catch {
                fail(DeviceError.transport(error, tablet: label))
                return
            }
            do {
                try handle(packet)
            } catch let error as ADBProtocolError {
                fail(DeviceError.transport(TransportError.protocolViolation(error), tablet: label))
                return
            } catch {
                fail(DeviceError.transport(error, tablet: label))
                return
            }
        }
    }
}

extension NSCondition {
    /// Waits until signalled or until `deadline`; false when the deadline passed.
    func wait(until deadline: ContinuousClock.Instant) -> Bool {
        let remaining = deadline - ContinuousClock.now
        guard remaining > .zero else { return false }
        let seconds = Double(remaining.components.seconds) + Double(remaining.components.attoseconds) / 1e18
        return wait(until: Date(timeIntervalSinceNow: seconds))
    }
}
