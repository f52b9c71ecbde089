internal import COpenSSL
import Diagnostics

/// An RSA private key (an OpenSSL `EVP_PKEY`).
///
/// `@unchecked Sendable` is safe: the `EVP_PKEY` is created in `init`, never
/// modified afterwards, and only used read-only (signing creates its own
/// `EVP_PKEY_CTX` per call), which OpenSSL 3 supports from many threads.
/// The derived values (`bits`, `modulus`, `publicExponent`) are computed once.
public final class RSAPrivateKey: @unchecked Sendable {
    /// The owned `EVP_PKEY*`; freed in `deinit`.
    let pkey: OpaquePointer
    private let cachedBits: Int
    private let cachedModulus: [UInt8]
    private let cachedExponent: UInt32

    /// Takes ownership of `pkey`, which must be an RSA key with a private half.
    init(taking pkey: OpaquePointer) throws {
        self.pkey = pkey
        guard EVP_PKEY_is_a(pkey, "RSA") == 1 else {
            EVP_PKEY_free(pkey)
            throw SigningError(summary: Say.keyNotRSA)
        }
        cachedBits = Int(EVP_PKEY_get_bits(pkey))
        guard let n = try? BigNumber(param: valise_param_rsa_n(), of: pkey), let e = try? BigNumber(param: valise_param_rsa_e(), of: pkey) else {
            EVP_PKEY_free(pkey)
            throw OpenSSLErrors.error(Say.rsaKeyNumbersMissing)
        }
        cachedModulus = n.bigEndianBytes()
        cachedExponent = UInt32(truncatingIfNeeded: BN_get_word(e.pointer))
    }

    deinit {
        EVP_PKEY_free(pkey)
    }

    /// Generates a new RSA key (public exponent 65537).
    public static func generate(bits: Int = 2048) throws -> RSAPrivateKey {
        guard bits >= 1024, bits <= 16384 else {
            throw SigningError(summary: Say.rsaKeySizeOutOfRange(bits))
        }
        OpenSSLErrors.clear()
        guard let ctx = EVP_PKEY_CTX_new_from_name(nil, valise_name_rsa(), nil) else {
            throw OpenSSLErrors.error(Say.rsaKeyGenerationNotStarted)
        }
        defer { EVP_PKEY_CTX_free(ctx) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(ctx) == 1,
              EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, Int32(bits)) == 1,
              EVP_PKEY_generate(ctx, &key) == 1, let key
        else {
            throw OpenSSLErrors.error(Say.rsaKeyNotCreated)
        }
        return try RSAPrivateKey(taking: key)
    }

    /// Reads a PEM private key: PKCS#1 ("BEGIN RSA PRIVATE KEY") or PKCS#8
    /// ("BEGIN PRIVATE KEY"). Encrypted and non-RSA keys are rejected with a clear error.
    public convenience init(pem: String) throws {
        if pem.contains("ENCRYPTED") {
            throw SigningError(summary: Say.privateKeyEncrypted)
        }
        if !pem.contains("PRIVATE KEY-----") {
            let what: Say.NotAPrivateKey = pem.contains("BEGIN CERTIFICATE") ? .certificate
                : pem.contains("PUBLIC KEY") ? .publicKey : .other
            throw SigningError(summary: Say.notAPrivateKey(what))
        }
        OpenSSLErrors.clear()
        let key: OpaquePointer? = try MemoryBIO.withReadable(Array(pem.utf8)) { bio in
            // The callback refuses to supply a password, so OpenSSL never prompts on a terminal.
            PEM_read_bio_PrivateKey(bio, nil, { _, _, _, _ in 0 }, nil)
        }
        guard let key else {
            throw OpenSSLErrors.error(Say.privateKeyUnreadable)
        }
        try self.init(taking: key)
    }

    /// The key as unencrypted PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"). Keep it secret.
    public func pemPKCS8() throws -> String {
        OpenSSLErrors.clear()
        let bytes = try MemoryBIO.collect { bio in
            guard PEM_write_bio_PrivateKey(bio, pkey, nil, nil, 0, nil, nil) == 1 else {
                throw OpenSSLErrors.error(Say.privateKeyNotWritten)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The key size in bits (2048 for ADB keys).
    public var bits: Int { cachedBits }

    /// The modulus n, big-endian, without leading zero bytes.
    public var modulus: [UInt8] { cachedModulus }

    /// The public exponent e (normally 65537).
    public var publicExponent: UInt32 { cachedExponent }

    /// ADB: RSASSA-PKCS1-v1_5 over a 20-byte token taken as a SHA-1 digest
    /// (not re-hashed). 256 bytes for RSA-2048. Same output as
    /// `openssl pkeyutl -sign -pkeyopt digest:sha1`.
    public func signADBToken(_ token: [UInt8]) throws -> [UInt8] {
        guard token.count == 20 else {
            throw SigningError(summary: Say.adbTokenWrongSize(token.count))
        }
        OpenSSLErrors.clear()
        guard let ctx = EVP_PKEY_CTX_new(pkey, nil) else {
            throw OpenSSLErrors.error(Say.adbSignaturePrepareFailed)
        }
        defer { EVP_PKEY_CTX_free(ctx) }
        guard EVP_PKEY_sign_init(ctx) == 1,
              EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1,
              EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha1()) == 1
        else {
            throw OpenSSLErrors.error(Say.adbSignaturePrepareFailed)
        }
        var length = 0
        guard EVP_PKEY_sign(ctx, nil, &length, token, token.count) == 1 else {
            throw OpenSSLErrors.error(Say.adbTokenNotSigned)
        }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_PKEY_sign(ctx, &signature, &length, token, token.count) == 1 else {
            throw OpenSSLErrors.error(Say.adbTokenNotSigned)
        }
        return Array(signature.prefix(length))
    }

    /// SHA-256 of the DER SubjectPublicKeyInfo; identifies the key pair.
    public func publicKeyFingerprintSHA256() throws -> [UInt8] {
        OpenSSLErrors.clear()
        var der: UnsafeMutablePointer<UInt8>?
        let length = i2d_PUBKEY(pkey, &der)
        guard length > 0, let der else {
            throw OpenSSLErrors.error(Say.publicKeyNotEncoded)
        }
        defer { valise_openssl_free(der) }
        return Digest.sha256(Array(UnsafeBufferPointer(start: der, count: Int(length))))
    }
}

/// An owned OpenSSL `BIGNUM`, freed on deinit. Used only locally, never shared.
final class BigNumber {
    let pointer: OpaquePointer

    init() throws {
        guard let bn = BN_new() else { throw OpenSSLErrors.error(Say.signingOutOfMemory) }
        pointer = bn
    }

    /// Reads an RSA parameter ("n", "e") of a key.
    init(param name: UnsafePointer<CChar>, of pkey: OpaquePointer) throws {
        var bn: OpaquePointer?
        guard EVP_PKEY_get_bn_param(pkey, name, &bn) == 1, let bn else {
            throw OpenSSLErrors.error(Say.keyParameterUnreadable(stringFromCString(name)))
        }
        pointer = bn
    }

    /// Interprets little-endian bytes as an unsigned number.
    init(littleEndian bytes: [UInt8]) throws {
        guard let bn = BN_lebin2bn(bytes, Int32(bytes.count), nil) else {
            throw OpenSSLErrors.error(Say.signingOutOfMemory)
        }
        pointer = bn
    }

    deinit { BN_free(pointer) }

    func bigEndianBytes() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(valise_bn_num_bytes(pointer)))
        let written = BN_bn2bin(pointer, &out)
        return Array(out.prefix(Int(written)))
    }

    /// Fixed-size little-endian bytes (zero padded); nil if the number is too big.
    func littleEndianBytes(count: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        guard BN_bn2lebinpad(pointer, &out, Int32(count)) == Int32(count) else { return nil }
        return out
    }
}
