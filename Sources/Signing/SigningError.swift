internal import COpenSSL

/// An error from key, certificate or signature handling.
///
/// `summary` is written for school IT staff and says what went wrong and, where
/// possible, how to fix it. `detail` holds the raw OpenSSL error queue text and
/// is meant for `--verbose` output only.
public struct SigningError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in plain words (safe to show to anyone).
    public var summary: String
    /// The OpenSSL error queue at the time of failure (may be empty); for `--verbose` only.
    public var detail: String

    /// Creates an error from a plain-words summary and optional technical detail.
    public init(summary: String, detail: String = "") {
        self.summary = summary
        self.detail = detail
    }

    /// The plain-words summary (the technical `detail` is deliberately left out).
    public var description: String { summary }
}

/// Helpers for OpenSSL's per-thread error queue.
enum OpenSSLErrors {
    /// Empties the calling thread's error queue so that a later `drain()`
    /// reports only errors of the operation that follows.
    static func clear() {
        ERR_clear_error()
    }

    /// Removes every entry from the calling thread's error queue and returns
    /// them as one line ("error:...; error:..."), oldest first.
    static func drain() -> String {
        var lines: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            lines.append(describe(code))
        }
        return lines.joined(separator: "; ")
    }

    /// Removes every entry from the queue and returns the raw codes, oldest first.
    static func drainCodes() -> [UInt] {
        var codes: [UInt] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            codes.append(code)
        }
        return codes
    }

    /// OpenSSL's text for one packed error code.
    static func describe(_ code: UInt) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        return stringFromCBuffer(buffer)
    }

    /// Builds a `SigningError` from a summary plus whatever is on the queue.
    static func error(_ summary: String) -> SigningError {
        SigningError(summary: summary, detail: drain())
    }
}

/// Decodes a NUL-terminated C buffer as UTF-8 (replacing invalid bytes).
func stringFromCBuffer(_ buffer: [CChar]) -> String {
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
}

/// Decodes a NUL-terminated C string owned by OpenSSL (e.g. a static message).
func stringFromCString(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    let length = strlen(pointer)
    return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
}
