/// Moves whole ADB packets to and from one tablet (a TCP socket or a pair of USB bulk endpoints).
///
/// Implementations allow one thread receiving while another sends, and `close()` from any
/// thread, which makes a blocked `receive` throw.
public protocol PacketTransport: AnyObject, Sendable {
    /// Where the tablet is, for messages: "127.0.0.1:5555", "usb 1-2.3".
    var address: String { get }
    /// Sends one packet; `withChecksum` fills `data_check` (before the handshake and for old tablets).
    func send(_ packet: ADBPacket, withChecksum: Bool, timeout: Duration) throws
    /// Receives the next packet; nil `timeout` waits until the transport closes.
    func receive(timeout: Duration?) throws -> ADBPacket
    /// The largest payload the receiver accepts from now on (raised after CNXN).
    func setMaxPayload(_ maxPayload: Int)
    /// Closes the transport; pending and later calls fail.
    func close()
}

/// Why a transport stopped.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The tablet closed the connection or was unplugged.
    case disconnected(String)
    /// Nothing arrived (or could be sent) in time.
    case timedOut(String)
    /// The tablet sent something that is not ADB.
    case protocolViolation(ADBProtocolError)
    /// The connection could not be made.
    case connectFailed(String)

    /// Technical one-liner.
    public var description: String {
        switch self {
        case .disconnected(let what): return "disconnected: \(what)"
        case .timedOut(let what): return "timed out: \(what)"
        case .protocolViolation(let error): return "protocol error: \(error)"
        case .connectFailed(let what): return "cannot connect: \(what)"
        }
    }
}
