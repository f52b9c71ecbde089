/// Moves bulk transfers to and from a Download-mode device: USB bulk endpoints, or frames on loopback TCP.
public protocol OdinTransport: AnyObject, SendableMetatype {
    /// Sends one transfer (an empty one is a zero-length transfer).
    func send(_ transfer: [UInt8], timeout: Duration) throws
    /// Reads one transfer (possibly empty).
    func receive(timeout: Duration) throws -> [UInt8]
    /// Sends one transfer of `count` bytes that `fill` writes in place: a transport with a buffer of its own (USB)
    /// lets a file part go out without an array of its own. An error `fill` throws comes out, and nothing is sent.
    func send(count: Int, timeout: Duration, fill: (UnsafeMutableRawBufferPointer) throws -> Void) throws
}

extension OdinTransport {
    /// Through an array, for transports without a buffer of their own.
    public func send(count: Int, timeout: Duration, fill: (UnsafeMutableRawBufferPointer) throws -> Void) throws {
        var transfer = [UInt8](repeating: 0, count: count)
        try transfer.withUnsafeMutableBytes(fill)
        try send(transfer, timeout: timeout)
    }
}

/// Turns on a shared USB bus: a session takes one before it sends a sequence's parts and gives it back once they
/// are sent, while the device writes the sequence to its storage. Several tablets of a case then take the bus in
/// turn instead of all sending at once and all writing at once, so the bus carries one tablet's parts while the
/// others write.
public protocol OdinSequenceTurns: AnyObject, Sendable {
    /// The most bytes a sequence may hold under these turns (small, so that a turn is short).
    var sequenceBytes: Int { get }
    /// Waits for a turn.
    func take()
    /// Gives the turn back.
    func give()
}

/// Drives `OdinHostStateMachine` over a transport: one session with one device.
public final class OdinSession<Transport: OdinTransport> {
    /// The transport.
    public let transport: Transport
    private var machine: OdinHostStateMachine
    /// The bus's turns, if the session shares one.
    private let turns: (any OdinSequenceTurns)?
    private var holdsTurn = false

    /// A session over `transport`, before its handshake; with `turns`, its sequences' parts are sent in the bus's
    /// turns, in sequences of at most `turns.sequenceBytes`.
    public init(transport: Transport, largeParameters: OdinTransferParameters = .large, turns: (any OdinSequenceTurns)? = nil) {
        self.transport = transport
        self.turns = turns
        machine = OdinHostStateMachine(largeParameters: largeParameters, sequenceLimit: turns?.sequenceBytes)
    }

    /// Gives the bus's turn back before the sequence's parts are all sent: the session is about to wait for
    /// something else (its next bytes), and must not keep the bus from the others meanwhile. It takes a turn
    /// again before its next part.
    public func yieldTurn() {
        guard holdsTurn else { return }
        holdsTurn = false
        turns?.give()
    }

    /// The transfer parameters agreed.
    public var parameters: OdinTransferParameters { machine.parameters }

    /// "ODIN" → "LOKE", then the session's begin (and part size); returns the parameters agreed.
    @discardableResult
    public func open() throws -> OdinTransferParameters {
        _ = try run(.handshake)
        guard case .session(let parameters) = try run(.beginSession) else { return machine.parameters }
        return parameters
    }

    /// The device's PIT.
    public func pit() throws -> PIT {
        guard case .pit(let pit) = try run(.dumpPIT) else { throw OdinProtocolError.badPIT("no PIT came back") }
        return pit
    }

    /// Announces the bytes about to be flashed.
    public func announce(totalBytes: UInt64) throws { _ = try run(.totalBytes(totalBytes)) }

    /// Sends `byteCount` bytes to `entry`'s partition; `read(offset, count)` gives them, at increasing offsets.
    public func flash(_ entry: PITEntry, byteCount: Int, read: (Int, Int) throws -> [UInt8]) throws {
        try flash(entry, byteCount: byteCount) { offset, destination in
            let part = try read(offset, destination.count)
            guard part.count == destination.count else {
                throw OdinProtocolError.badSize("the file gave \(part.count) bytes at \(offset), \(destination.count) expected")
            }
            destination.copyBytes(from: part)
        }
    }

    /// Sends `byteCount` bytes to `entry`'s partition; `fill(offset, destination)` writes the next
    /// `destination.count` bytes, from `offset` (increasing), straight into the transfer.
    public func flash(_ entry: PITEntry, byteCount: Int, fill: (Int, UnsafeMutableRawBufferPointer) throws -> Void) throws {
        _ = try run(.flash(entry, byteCount: byteCount), fill: fill)
    }

    /// Ends the session, then reboots the device when `reboot`. Once the reboot request is sent, a device that
    /// leaves the bus before its answer is read (it is restarting) is not a failure: the caller confirms the reboot by
    /// the device coming back, not by this answer. A refusal it does send still throws.
    public func close(reboot: Bool) throws {
        _ = try run(.endSession)
        if reboot { _ = try run(.reboot, answerMayBeLost: true) }
    }

    private func run(_ operation: OdinHostStateMachine.Operation, answerMayBeLost: Bool = false,
                     fill: (Int, UnsafeMutableRawBufferPointer) throws -> Void = { _, _ in }) throws -> OdinHostStateMachine.Outcome {
        var action = machine.start(operation)
        var lastTimeout = Duration.seconds(30)
        defer { yieldTurn() }
        while true {
            if holdsTurn && !machine.isSendingParts { yieldTurn() }
            switch action {
            case .send(let bytes):
                try transport.send(bytes, timeout: lastTimeout)
                action = machine.sent()
            case let .sendFile(offset, count, paddedTo):
                if !holdsTurn, let turns {
                    turns.take()
                    holdsTurn = true
                }
                try transport.send(count: max(count, paddedTo), timeout: lastTimeout) { transfer in
                    try fill(offset, UnsafeMutableRawBufferPointer(rebasing: transfer[..<count]))
                    UnsafeMutableRawBufferPointer(rebasing: transfer[count...]).initializeMemory(as: UInt8.self, repeating: 0)
                }
                action = machine.sent()
            case .receive(let timeout):
                lastTimeout = timeout
                let answer: [UInt8]
                do { answer = try transport.receive(timeout: timeout) } catch where answerMayBeLost && !(error is OdinProtocolError) {
                    return .done
                }
                action = machine.received(answer)
            case .finished(let outcome):
                return outcome
            case .failed(let error):
                throw error
            }
        }
    }
}
