import Fastboot
import Foundation
import Transports

/// Moves fastboot packets to and from a tablet in fastboot mode (over TCP here; USB bulk endpoints later).
public protocol FastbootTransport: AnyObject, Sendable {
    /// Where the tablet is: "tcp:127.0.0.1:5554".
    var address: String { get }
    /// Sends one packet (a command, or one piece of a data phase).
    func send(_ packet: [UInt8], timeout: Duration) throws(FastbootTransportError)
    /// Receives one response packet.
    func receive(timeout: Duration) throws(FastbootTransportError) -> [UInt8]
    /// Closes the connection.
    func close()
}

/// Why a fastboot transport stopped.
public enum FastbootTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing accepted the connection.
    case connectFailed(String)
    /// The tablet closed the connection.
    case disconnected(String)
    /// Nothing came in time.
    case timedOut(String)
    /// The tablet broke the protocol.
    case protocolViolation(FastbootProtocolError)

    /// Technical one-liner.
    public var description: String {
        switch self {
        case .connectFailed(let what): return "connect failed: \(what)"
        case .disconnected(let what): return "disconnected: \(what)"
        case .timedOut(let what): return "timed out: \(what)"
        case .protocolViolation(let error): return "protocol violation: \(error)"
        }
    }
}

/// Fastboot over TCP: the "FB01" handshake, then [u64 big-endian length][bytes] frames.
///
/// Thread safety: one command at a time (the protocol is synchronous); `close()` from any thread.
public final class FastbootTCPTransport: FastbootTransport, @unchecked Sendable {
    public let address: String
    private let socket: TCPSocket
    private var decoder = FastbootTCPFrameDecoder(maxFrameLength: FastbootResponse.maxLength, expectHandshake: false)
    private var buffer = [UInt8](repeating: 0, count: 4096)

    /// Connects and exchanges handshakes (2 s for the handshake, as the AOSP host allows).
    public init(host: String, port: UInt16, connectTimeout: Duration = .seconds(5),
                handshakeTimeout: Duration = .seconds(2)) throws(FastbootTransportError) {
        address = "tcp:\(host):\(port)"
        do {
            socket = try TCPSocket.connect(host: host, port: port, timeout: connectTimeout)
        } catch {
            throw .connectFailed("\(address): \(error)")
        }
        var handshake = FastbootTCPFrameDecoder(maxFrameLength: 0)
        do {
            try socket.write(FastbootTCP.handshake(), timeout: handshakeTimeout)
            let deadline = ContinuousClock.now + handshakeTimeout
            while true {
                if case .handshake? = try handshake.next() { break }
                try handshake.append(readSome(until: deadline))
            }
        } catch let error as FastbootTransportError {
            socket.close()
            throw error
        } catch let error as FastbootProtocolError {
            socket.close()
            throw .protocolViolation(error)
        } catch {
            socket.close()
            throw Self.map(error, address)
        }
    }

    public func send(_ packet: [UInt8], timeout: Duration) throws(FastbootTransportError) {
        let header = FastbootTCP.frameHeader(length: packet.count)
        do {
            try header.withUnsafeBytes { h in try packet.withUnsafeBytes { p in try socket.write([h, p], timeout: timeout) } }
        } catch {
            throw Self.map(error, address)
        }
    }

    public func receive(timeout: Duration) throws(FastbootTransportError) -> [UInt8] {
        let deadline = ContinuousClock.now + timeout
        do {
            while true {
                if case .frame(let packet)? = try decoder.next() { return packet }
                decoder.append(try readSome(until: deadline))
            }
        } catch let error as FastbootTransportError {
            throw error
        } catch let error as FastbootProtocolError {
            throw .protocolViolation(error)
        } catch {
            throw Self.map(error, address)
        }
    }

    public func close() { socket.close() }

    private func readSome(until deadline: ContinuousClock.Instant) throws -> ArraySlice<UInt8> {
        let count = try buffer.withUnsafeMutableBytes { try socket.read(into: $0, timeout: max(.zero, deadline - .now)) }
        guard count > 0 else { throw FastbootTransportError.disconnected("\(address) closed the connection") }
        return buffer[0..<count]
    }

    private static func map(_ error: any Error, _ address: String) -> FastbootTransportError {
        if let error = error as? FastbootTransportError { return error }
        if let error = error as? SocketError, error.kind == .timedOut { return .timedOut("\(address): \(error.operation)") }
        return .disconnected("\(address): \(error)")
    }
}
