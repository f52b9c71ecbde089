import Odin

/// A connection to a Samsung tablet in Download mode: an Odin session over whatever carries it (USB bulk
/// endpoints, or a simulated tablet in memory), with the place that names it.
public final class DownloadModeLink: @unchecked Sendable {
    /// The session (before its handshake).
    public let session: OdinSession<AnyOdinTransport>
    /// "usb 1-1.3": where the tablet is.
    public let label: String

    /// A link over `transport`, closed by `close`; with `turns`, its sequences are sent in the turns of the bus
    /// it shares with other tablets.
    public init(transport: any OdinTransport, label: String, turns: (any OdinSequenceTurns)? = nil, close: @escaping @Sendable () -> Void) {
        session = OdinSession(transport: AnyOdinTransport(transport, close: close), turns: turns)
        self.label = label
    }

    /// Lets the tablet go (cancels transfers, releases the interface).
    public func close() { session.transport.close() }
}

/// Any Odin transport, with its own way to close.
public final class AnyOdinTransport: OdinTransport, @unchecked Sendable {
    private let base: any OdinTransport
    private let closer: @Sendable () -> Void

    init(_ base: any OdinTransport, close: @escaping @Sendable () -> Void) {
        self.base = base
        closer = close
    }

    public func send(_ transfer: [UInt8], timeout: Duration) throws { try base.send(transfer, timeout: timeout) }
    public func receive(timeout: Duration) throws -> [UInt8] { try base.receive(timeout: timeout) }
    public func send(count: Int, timeout: Duration, fill: (UnsafeMutableRawBufferPointer) throws -> Void) throws {
        try base.send(count: count, timeout: timeout, fill: fill)
    }
    func close() { closer() }
}
