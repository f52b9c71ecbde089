import Foundation

/// A small pure-Swift SHA-256 (FIPS 180-4) used by the persona for APK and bundle digests.
///
/// The module has no C dependency here; the lead may later swap this for OpenSSL.
struct PersonaSHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    private var h: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    private var buffer: [UInt8] = []
    private var totalLength: UInt64 = 0
    private var w = [UInt32](repeating: 0, count: 64)

    /// A fresh hasher.
    init() { buffer.reserveCapacity(64) }

    /// Feeds more bytes.
    mutating func update(_ bytes: some Collection<UInt8>) {
        totalLength &+= UInt64(bytes.count)
        var rest = ArraySlice(bytes)
        if !buffer.isEmpty {
            let need = 64 - buffer.count
            buffer.append(contentsOf: rest.prefix(need))
            rest = rest.dropFirst(need)
            if buffer.count < 64 { return }
            let block = buffer
            buffer.removeAll(keepingCapacity: true)
            block.withUnsafeBufferPointer { compress($0, at: 0) }
        }
        let whole = rest.count / 64 * 64
        if whole > 0 {
            rest.withUnsafeBufferPointer { p in
                var offset = 0
                while offset < whole { compress(p, at: offset); offset += 64 }
            }
        }
        buffer.append(contentsOf: rest.dropFirst(whole))
    }

    /// Finishes and returns the 32-byte digest.
    mutating func finalize() -> [UInt8] {
        let bitLength = totalLength &* 8
        var pad: [UInt8] = [0x80]
        let afterPad = (buffer.count + 1) % 64
        pad += [UInt8](repeating: 0, count: afterPad <= 56 ? 56 - afterPad : 120 - afterPad)
        for i in (0..<8).reversed() { pad.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        let savedLength = totalLength
        update(pad)
        totalLength = savedLength
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in h {
            out += [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16),
                    UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
        return out
    }

    private mutating func compress(_ p: UnsafeBufferPointer<UInt8>, at offset: Int) {
        for t in 0..<16 {
            let i = offset + t * 4
            w[t] = UInt32(p[i]) << 24 | UInt32(p[i + 1]) << 16 | UInt32(p[i + 2]) << 8 | UInt32(p[i + 3])
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ Self.k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
        h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }

    @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// One-shot digest.
    static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = PersonaSHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// One-shot digest as lowercase hex.
    static func hex(_ bytes: some Collection<UInt8>) -> String {
        digest(bytes).map { String(format: "%02x", $0) }.joined()
    }
}
