internal import COpenSSL
import Diagnostics

/// Small helpers around OpenSSL memory BIOs.
enum MemoryBIO {
    /// A read-only memory BIO over a copy of `bytes`, passed to `body` and freed afterwards.
    static func withReadable<R>(_ bytes: [UInt8], _ body: (OpaquePointer) throws -> R) throws -> R {
        // BIO_new_mem_buf does not copy, so keep the bytes alive for the call;
        // an empty array still needs a valid pointer, hence the padding byte.
        var storage = bytes
        if storage.isEmpty { storage.append(0) }
        let count = Int32(bytes.count)
        return try storage.withUnsafeBytes { raw -> R in
            guard let bio = BIO_new_mem_buf(raw.baseAddress, count) else {
                throw OpenSSLErrors.error(Say.signingOutOfMemoryReading)
            }
            defer { BIO_free(bio) }
            return try body(bio)
        }
    }

    /// A fresh writable memory BIO passed to `body`; returns what `body` wrote.
    static func collect(_ body: (OpaquePointer) throws -> Void) throws -> [UInt8] {
        guard let method = BIO_s_mem(), let bio = BIO_new(method) else {
            throw OpenSSLErrors.error(Say.signingOutOfMemoryWriting)
        }
        defer { BIO_free(bio) }
        try body(bio)
        return contents(of: bio)
    }

    /// The bytes currently held by a memory BIO.
    static func contents(of bio: OpaquePointer) -> [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        let length = valise_bio_get_mem_data(bio, &data)
        guard length > 0, let data else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }
}
