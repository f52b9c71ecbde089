#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed socket call, with the errno and the call's name (for `--verbose`), and plain words.
public struct SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in kinds callers act on.
    public enum Kind: Sendable, Equatable {
        /// Nothing listens there (ECONNREFUSED).
        case refused
        /// The peer closed or reset the connection.
        case closed
        /// No answer in time.
        case timedOut
        /// The address could not be resolved or is not allowed.
        case badAddress
        /// Any other failure.
        case other
    }

    /// The kind.
    public let kind: Kind
    /// The system call that failed.
    public let operation: String
    /// The errno value (0 when not from a system call).
    public let code: Int32

    /// Creates an error.
    public init(_ kind: Kind, operation: String, code: Int32 = 0) {
        self.kind = kind
        self.operation = operation
        self.code = code
    }

    /// An error from the current errno.
    static func fromErrno(_ operation: String) -> SocketError {
        let code = errno
        switch code {
        case ECONNREFUSED: return SocketError(.refused, operation: operation, code: code)
        case ECONNRESET, EPIPE, ENOTCONN, ESHUTDOWN: return SocketError(.closed, operation: operation, code: code)
        case ETIMEDOUT: return SocketError(.timedOut, operation: operation, code: code)
        default: return SocketError(.other, operation: operation, code: code)
        }
    }

    /// A technical one-liner: "connect: Connection refused (errno 111)".
    public var description: String {
        guard code != 0 else { return "\(operation): \(kind)" }
        return "\(operation): \(String(cString: strerror(code))) (errno \(code))"
    }
}
