import Foundation
import Signing

/// A catalog file's size and sha256, reading it whole (4 MiB at a time): what the catalog's `size` and `sha256`
/// are checked against, for fastboot images and Samsung packages alike.
enum FileDigest {
    enum Problem: Error { case missing, unreadable }

    static func of(_ url: URL) -> Result<(size: UInt64, sha256: String), Problem> {
        guard let file = try? FileImageSource(url: url) else { return .failure(.missing) }
        let hasher = SHA256Hasher()
        var size: UInt64 = 0
        while true {
            guard let piece = try? file.read(at: size, count: 4 << 20) else { return .failure(.unreadable) }
            if piece.isEmpty { break }
            hasher.update(piece)
            size += UInt64(piece.count)
        }
        return .success((size, Digest.hex(hasher.finalize())))
    }
}
