internal import COpenSSL
import Foundation

/// One-shot message digests and hex formatting.
public enum Digest {
    /// SHA-256 of `bytes` (32 bytes).
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        guard let out = digest(bytes, md: EVP_sha256(), size: 32) else {
            // Only possible when OpenSSL cannot allocate memory or has no default
            // provider, in which case the process cannot do any cryptography at all.
            preconditionFailure("OpenSSL SHA-256 failed: \(OpenSSLErrors.drain())")
        }
        return out
    }

    /// MD5 of `bytes` (16 bytes), or nil where MD5 is disabled (FIPS mode);
    /// only for Android's key fingerprint display.
    static func md5(_ bytes: [UInt8]) -> [UInt8]? {
        digest(bytes, md: EVP_md5(), size: 16)
    }

    /// Lowercase hexadecimal, no separators ("ba7816bf…").
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Uppercase hex pairs joined by colons ("AB:CD:…"), as in certificate and adb fingerprints.
    static func colonHex(_ bytes: [UInt8]) -> String {
        var pairs: [String] = []
        pairs.reserveCapacity(bytes.count)
        let hexString = hex(bytes).uppercased()
        var index = hexString.startIndex
        while index < hexString.endIndex {
            let next = hexString.index(index, offsetBy: 2)
            pairs.append(String(hexString[index..<next]))
            index = next
        }
        return pairs.joined(separator: ":")
    }

    private static func digest(_ bytes: [UInt8], md: OpaquePointer?, size: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { raw in
            EVP_Digest(raw.baseAddress, raw.count, &out, &length, md, nil)
        }
        guard ok == 1, Int(length) == size else { return nil }
        return Array(out.prefix(Int(length)))
    }
}

/// Streaming SHA-256 (for large files).
///
/// `@unchecked Sendable` is safe: the OpenSSL `EVP_MD_CTX` is only touched
/// while holding `lock`, so concurrent `update` calls are serialised (their
/// order is then up to the caller, of course).
public final class SHA256Hasher: @unchecked Sendable {
    private let context: OpaquePointer
    private let lock = NSLock()

    /// Starts a new SHA-256 computation.
    public init() {
        guard let context = EVP_MD_CTX_new() else {
            preconditionFailure("OpenSSL could not allocate a digest context")
        }
        self.context = context
        Self.reset(context)
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Feeds more bytes into the hash.
    public func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        let ok = EVP_DigestUpdate(context, base, bytes.count)
        precondition(ok == 1, "OpenSSL digest update failed")
    }

    /// Feeds more bytes into the hash.
    public func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Returns the 32-byte digest of everything fed so far and starts over
    /// (the hasher can be reused for a new computation).
    public func finalize() -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = EVP_DigestFinal_ex(context, &out, &length)
        precondition(ok == 1 && length == 32, "OpenSSL digest final failed")
        Self.reset(context)
        return Array(out.prefix(32))
    }

    private static func reset(_ context: OpaquePointer) {
        let ok = EVP_DigestInit_ex(context, EVP_sha256(), nil)
        precondition(ok == 1, "OpenSSL SHA-256 is unavailable: \(OpenSSLErrors.drain())")
    }
}
