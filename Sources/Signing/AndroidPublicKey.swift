internal import COpenSSL
import Diagnostics
import Foundation

/// Android's mincrypt `RSAPublicKey` layout (all fields little-endian):
/// u32 modulus_size_words (64), u32 n0inv = -(n^-1) mod 2^32,
/// 256-byte modulus n, 256-byte rr = 2^4096 mod n, u32 exponent. 524 bytes.
enum AndroidKeyFormat {
    static let modulusBytes = 256
    static let modulusWords: UInt32 = 64
    static let encodedSize = 4 + 4 + 256 + 256 + 4

    /// Encodes an RSA-2048 public key given its modulus (big-endian) and exponent.
    static func encode(modulusBigEndian: [UInt8], exponent: UInt32) throws -> [UInt8] {
        let n = try BigNumber(littleEndian: modulusBigEndian.reversed())
        guard BN_num_bits(n.pointer) == 2048, let nLE = n.littleEndianBytes(count: modulusBytes) else {
            throw SigningError(summary: Say.adbKeyWrongSize(bits: Int(BN_num_bits(n.pointer))))
        }
        // rr = 2^4096 mod n (Montgomery R^2 with R = 2^2048).
        let r = try BigNumber()
        let rr = try BigNumber()
        guard let bnCtx = BN_CTX_new() else { throw OpenSSLErrors.error(Say.signingOutOfMemory) }
        defer { BN_CTX_free(bnCtx) }
        guard BN_set_bit(r.pointer, 4096) == 1,
              BN_div(nil, rr.pointer, r.pointer, n.pointer, bnCtx) == 1,
              let rrLE = rr.littleEndianBytes(count: modulusBytes)
        else {
            throw OpenSSLErrors.error(Say.adbPublicKeyAndroidFormFailed)
        }
        var out: [UInt8] = []
        out.reserveCapacity(encodedSize)
        appendLE(modulusWords, to: &out)
        appendLE(n0inv(lowWord: littleEndianWord(nLE, at: 0)), to: &out)
        out += nLE
        out += rrLE
        appendLE(exponent, to: &out)
        return out
    }

    /// -(n^-1) mod 2^32 for odd n (Newton iteration doubles correct bits each step).
    static func n0inv(lowWord n0: UInt32) -> UInt32 {
        var inverse: UInt32 = n0  // correct to 3 bits for odd n0
        for _ in 0..<5 { inverse = inverse &* (2 &- n0 &* inverse) }
        return 0 &- inverse
    }

    static func appendLE(_ value: UInt32, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    static func littleEndianWord(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << UInt32(8 * $1) }
    }
}

extension RSAPrivateKey {
    /// Android's 524-byte mincrypt `RSAPublicKey` encoding of this key's public half.
    /// Throws unless the key is 2048-bit.
    public func androidPublicKey() throws -> [UInt8] {
        guard bits == 2048 else {
            throw SigningError(summary: Say.adbKeyWrongSize(bits: Int(bits)))
        }
        return try AndroidKeyFormat.encode(modulusBigEndian: modulus, exponent: publicExponent)
    }

    /// The `adbkey.pub` text form: "base64(524 bytes) user@host" (no trailing newline).
    public func androidPublicKeyText(comment: String) throws -> String {
        let encoded = Data(try androidPublicKey()).base64EncodedString()
        return comment.isEmpty ? encoded : encoded + " " + comment
    }
}

/// A public key in Android's adb format, as a tablet's adbd stores it; used by
/// the simulated tablet to check host signatures.
public struct ADBPublicKey: Sendable, Hashable {
    /// The 524-byte mincrypt `RSAPublicKey` encoding.
    public let encoded: [UInt8]
    private let verifier: PublicKeyBox

    /// Checks the encoding (524 bytes, 64 modulus words, exponent 3 or 65537)
    /// and prepares an OpenSSL public key for verification.
    public init(encoded: [UInt8]) throws {
        guard encoded.count == AndroidKeyFormat.encodedSize else {
            throw SigningError(summary: Say.adbPublicKeyWrongLength(expected: AndroidKeyFormat.encodedSize, actual: encoded.count))
        }
        let words = AndroidKeyFormat.littleEndianWord(encoded, at: 0)
        guard words == AndroidKeyFormat.modulusWords else {
            throw SigningError(summary: Say.adbPublicKeyWrongWords(Int(words)))
        }
        let exponent = AndroidKeyFormat.littleEndianWord(encoded, at: 520)
        guard exponent == 3 || exponent == 65537 else {
            throw SigningError(summary: Say.adbPublicKeyBadExponent(Int(exponent)))
        }
        let modulusLE = Array(encoded[8..<264])
        guard modulusLE[0] & 1 == 1, modulusLE[255] & 0x80 != 0 else {
            throw SigningError(summary: Say.adbPublicKeyDamaged)
        }
        self.encoded = encoded
        self.verifier = try PublicKeyBox(modulusLE: modulusLE, exponent: exponent)
    }

    /// Parses the text form: the first whitespace-separated token is the base64
    /// of the 524 bytes; a comment after it and a trailing NUL are allowed.
    public init(text: String) throws {
        let cleaned = text.replacingOccurrences(of: "\0", with: " ")
        guard let token = cleaned.split(whereSeparator: { $0.isWhitespace }).first,
              let data = Data(base64Encoded: String(token))
        else {
            throw SigningError(summary: Say.notAnADBPublicKey)
        }
        try self.init(encoded: Array(data))
    }

    /// True if `signature` is this key's ADB signature over the 20-byte `token`.
    public func verifyADBToken(_ token: [UInt8], signature: [UInt8]) -> Bool {
        verifier.verify(token: token, signature: signature)
    }

    /// Colon-separated uppercase MD5 of the 524 bytes ("AB:CD:…"), as shown in
    /// Android's "Allow USB debugging?" dialog. Empty if this system's OpenSSL
    /// forbids MD5 (FIPS mode).
    public var md5Fingerprint: String {
        Digest.md5(encoded).map(Digest.colonHex) ?? ""
    }

    /// Keys are equal when their encodings are equal.
    public static func == (lhs: ADBPublicKey, rhs: ADBPublicKey) -> Bool {
        lhs.encoded == rhs.encoded
    }

    /// Hashes the encoding.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(encoded)
    }
}

/// Owns the OpenSSL public key built from an ADB key.
///
/// `@unchecked Sendable` is safe: the `EVP_PKEY` is built in `init`, never
/// modified, and only used read-only (each verification has its own context).
final class PublicKeyBox: @unchecked Sendable {
    private let pkey: OpaquePointer

    init(modulusLE: [UInt8], exponent: UInt32) throws {
        OpenSSLErrors.clear()
        let n = try BigNumber(littleEndian: modulusLE)
        let e = try BigNumber()
        guard BN_set_word(e.pointer, UInt(exponent)) == 1, let builder = OSSL_PARAM_BLD_new() else {
            throw OpenSSLErrors.error(Say.signingOutOfMemory)
        }
        defer { OSSL_PARAM_BLD_free(builder) }
        // The builder keeps pointers to the BIGNUMs until to_param copies them,
        // so n and e must stay alive until then.
        let built = withExtendedLifetime((n, e)) {
            OSSL_PARAM_BLD_push_BN(builder, valise_param_rsa_n(), n.pointer) == 1
                && OSSL_PARAM_BLD_push_BN(builder, valise_param_rsa_e(), e.pointer) == 1
                ? OSSL_PARAM_BLD_to_param(builder) : nil
        }
        guard let params = built else {
            throw OpenSSLErrors.error(Say.adbPublicKeyNotBuilt)
        }
        defer { OSSL_PARAM_free(params) }
        guard let ctx = EVP_PKEY_CTX_new_from_name(nil, valise_name_rsa(), nil) else {
            throw OpenSSLErrors.error(Say.adbPublicKeyNotBuilt)
        }
        defer { EVP_PKEY_CTX_free(ctx) }
        var key: OpaquePointer?
        guard EVP_PKEY_fromdata_init(ctx) == 1,
              EVP_PKEY_fromdata(ctx, &key, VALISE_EVP_PKEY_PUBLIC_KEY, params) == 1,
              let key
        else {
            throw OpenSSLErrors.error(Say.adbPublicKeyNotRSA)
        }
        pkey = key
    }

    deinit { EVP_PKEY_free(pkey) }

    func verify(token: [UInt8], signature: [UInt8]) -> Bool {
        guard token.count == 20, !signature.isEmpty else { return false }
        defer { OpenSSLErrors.clear() }  // a failed check leaves entries; they are not errors here
        guard let ctx = EVP_PKEY_CTX_new(pkey, nil) else { return false }
        defer { EVP_PKEY_CTX_free(ctx) }
        guard EVP_PKEY_verify_init(ctx) == 1,
              EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1,
              EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha1()) == 1
        else { return false }
        return EVP_PKEY_verify(ctx, signature, signature.count, token, token.count) == 1
    }
}
