#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP socket with timeouts on every blocking call.
///
/// Thread safety: one thread may read while another writes; `close()` may be called from any
/// thread and wakes a blocked reader (it shuts the socket down; the descriptor itself is closed in
/// `deinit`, so it is never reused while another thread still holds it). `@unchecked Sendable`
/// because the descriptor is immutable and the kernel serialises calls on it.
public final class TCPSocket: @unchecked Sendable {
    private let fd: Int32
    /// The address of the other end, "host:port".
    public let peerDescription: String

    private init(fd: Int32, peer: String) {
        self.fd = fd
        self.peerDescription = peer
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var bufferSize: Int32 = 4 << 20
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &bufferSize, socklen_t(MemoryLayout<Int32>.size))
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bufferSize, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { Glibc.close(fd) }

    /// Connects to `host:port` (numeric address or name), giving up after `timeout`.
    public static func connect(host: String, port: UInt16, timeout: Duration) throws -> TCPSocket {
        let address = try SocketAddress.resolve(host: host, port: port)
        let fd = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError.fromErrno("socket") }
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        let result = address.withSockaddr { Glibc.connect(fd, $0, $1) }
        if result != 0 && errno != EINPROGRESS {
            let error = SocketError.fromErrno("connect")
            Glibc.close(fd)
            throw error
        }
        if result != 0 {
            var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&pfd, 1, Int32(timeout.milliseconds))
            if ready == 0 {
                Glibc.close(fd)
                throw SocketError(.timedOut, operation: "connect")
            }
            var soError: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length)
            if soError != 0 {
                errno = soError
                let error = SocketError.fromErrno("connect")
                Glibc.close(fd)
                throw error
            }
        }
        _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        return TCPSocket(fd: fd, peer: address.description)
    }

    /// Listens on `host:port` (port 0: any free port). Only loopback addresses unless `allowNonLoopback`.
    public static func listen(host: String, port: UInt16, allowNonLoopback: Bool = false) throws -> TCPSocket {
        let address = try SocketAddress.resolve(host: host, port: port)
        guard allowNonLoopback || address.isLoopback else { throw SocketError(.badAddress, operation: "listen on \(host)") }
        let fd = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError.fromErrno("socket") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        guard address.withSockaddr({ bind(fd, $0, $1) }) == 0 else {
            let error = SocketError.fromErrno("bind \(address)")
            Glibc.close(fd)
            throw error
        }
        guard Glibc.listen(fd, 128) == 0 else {
            let error = SocketError.fromErrno("listen")
            Glibc.close(fd)
            throw error
        }
        return TCPSocket(fd: fd, peer: address.description)
    }

    /// The local port (after `listen` on port 0).
    public var localPort: UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return SocketAddress(storage: storage).port
    }

    /// Waits for a connection; nil once the listener was closed.
    public func accept() -> TCPSocket? {
        while true {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let client = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.accept(fd, $0, &length) }
            }
            if client >= 0 {
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                return TCPSocket(fd: client, peer: SocketAddress(storage: storage).description)
            }
            if errno == EINTR || errno == ECONNABORTED { continue }
            return nil
        }
    }

    /// Reads up to `buffer.count` bytes; 0 means the peer closed. `timeout` nil waits for ever.
    public func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Duration?) throws -> Int {
        while true {
            if let timeout {
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&pfd, 1, Int32(clamping: timeout.milliseconds))
                if ready == 0 { throw SocketError(.timedOut, operation: "read") }
                if ready < 0 && errno == EINTR { continue }
            }
            let count = recv(fd, buffer.baseAddress, buffer.count, 0)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw SocketError.fromErrno("read")
        }
    }

    /// Writes every byte of each buffer in order (one `writev` where possible).
    public func write(_ buffers: [UnsafeRawBufferPointer], timeout: Duration) throws {
        var pending = buffers.filter { $0.count > 0 }
        while !pending.isEmpty {
            var vectors = pending.map { iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count) }
            var message = msghdr()
            // Sent at once when the socket has room (one system call a packet); waited for, up to `timeout`, when not.
            let written = vectors.withUnsafeMutableBufferPointer { vec -> Int in
                message.msg_iov = vec.baseAddress
                message.msg_iovlen = vec.count
                return sendmsg(fd, &message, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            }
            if written < 0 {
                if errno == EINTR { continue }
                guard errno == EAGAIN || errno == EWOULDBLOCK else { throw SocketError.fromErrno("write") }
                var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                let ready = poll(&pfd, 1, Int32(clamping: timeout.milliseconds))
                if ready == 0 { throw SocketError(.timedOut, operation: "write") }
                if ready < 0 && errno != EINTR { throw SocketError.fromErrno("poll") }
                continue
            }
            var remaining = written
            while remaining > 0, let first = pending.first {
                if remaining >= first.count {
                    remaining -= first.count
                    pending.removeFirst()
                } else {
                    pending[0] = UnsafeRawBufferPointer(rebasing: first[remaining...])
                    remaining = 0
                }
            }
        }
    }

    /// Writes all of `bytes`.
    public func write(_ bytes: [UInt8], timeout: Duration) throws {
        try write(bytes[...], timeout: timeout)
    }

    /// Writes all of `bytes`.
    public func write(_ bytes: ArraySlice<UInt8>, timeout: Duration) throws {
        try bytes.withUnsafeBytes { try write([$0], timeout: timeout) }
    }

    /// Stops both directions; wakes a thread blocked in `read` or `accept`. Safe to call more than once.
    public func close() {
        Glibc.shutdown(fd, Int32(SHUT_RDWR))
    }
}

extension Duration {
    /// Whole milliseconds, rounded up, saturating.
    public var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        let ms = attoseconds / 1_000_000_000_000_000 + (attoseconds % 1_000_000_000_000_000 > 0 ? 1 : 0)
        return seconds > Int64.max / 1000 - 1 ? Int64.max : seconds * 1000 + ms
    }
}
