internal import COpenSSL
import Diagnostics
import Foundation

/// An X.509 certificate.
///
/// `@unchecked Sendable` is safe: the `X509` object is parsed or built before
/// `init` returns and is never modified afterwards; all later uses (printing,
/// digesting, adding to a verification store, which takes its own reference)
/// are read-only.
public final class Certificate: @unchecked Sendable {
    /// The owned `X509*`; freed in `deinit`.
    let x509: OpaquePointer

    /// Takes ownership of `x509`.
    init(taking x509: OpaquePointer) {
        self.x509 = x509
    }

    deinit {
        X509_free(x509)
    }

    /// Reads the first certificate from PEM text ("-----BEGIN CERTIFICATE-----").
    public convenience init(pem: String) throws {
        guard pem.contains("-----BEGIN CERTIFICATE-----") else {
            throw SigningError(summary: Say.notAPEMCertificate)
        }
        OpenSSLErrors.clear()
        let cert: OpaquePointer? = try MemoryBIO.withReadable(Array(pem.utf8)) { bio in
            PEM_read_bio_X509(bio, nil, nil, nil)
        }
        guard let cert else {
            throw OpenSSLErrors.error(Say.certificatePEMDamaged)
        }
        self.init(taking: cert)
    }

    /// Reads a DER-encoded certificate.
    public convenience init(der: [UInt8]) throws {
        OpenSSLErrors.clear()
        let cert: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_X509(nil, &cursor, buffer.count)
        }
        guard let cert else {
            throw OpenSSLErrors.error(Say.certificateDERDamaged)
        }
        self.init(taking: cert)
    }

    /// The certificate as PEM text.
    public func pem() throws -> String {
        OpenSSLErrors.clear()
        let bytes = try MemoryBIO.collect { bio in
            guard PEM_write_bio_X509(bio, x509) == 1 else {
                throw OpenSSLErrors.error(Say.certificateNotWritten(as: "PEM"))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The certificate as DER (`i2d_X509_bio`).
    public func der() throws -> [UInt8] {
        OpenSSLErrors.clear()
        return try MemoryBIO.collect { bio in
            guard i2d_X509_bio(bio, x509) == 1 else {
                throw OpenSSLErrors.error(Say.certificateNotWritten(as: "DER"))
            }
        }
    }

    /// The subject name on one line, RFC 2253 style ("CN=Signer,O=School"),
    /// with non-ASCII characters kept as UTF-8.
    public var subject: String { Self.name(X509_get_subject_name(x509)) }

    /// The issuer name on one line, RFC 2253 style.
    public var issuer: String { Self.name(X509_get_issuer_name(x509)) }

    /// Start of the validity period.
    public var notBefore: Date { Self.date(X509_get0_notBefore(x509)) }

    /// End of the validity period.
    public var notAfter: Date { Self.date(X509_get0_notAfter(x509)) }

    /// SHA-256 of the DER certificate as colon-separated uppercase hex ("AB:CD:…").
    public var sha256Fingerprint: String {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard X509_digest(x509, EVP_sha256(), &out, &length) == 1 else {
            OpenSSLErrors.clear()
            return ""
        }
        return Digest.colonHex(Array(out.prefix(Int(length))))
    }

    /// True if the certificate is a CA certificate (basicConstraints CA:TRUE or a v1 self-signed root).
    var isCA: Bool { X509_check_ca(x509) != 0 }

    static func name(_ name: OpaquePointer?) -> String {
        guard let name else { return "" }
        let bytes = (try? MemoryBIO.collect { bio in
            _ = X509_NAME_print_ex(bio, name, 0, VALISE_XN_FLAG_RFC2253_UTF8)
        }) ?? []
        return String(decoding: bytes, as: UTF8.self)
    }

    static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date {
        var parts = tm()
        guard let time, ASN1_TIME_to_tm(time, &parts) == 1 else {
            OpenSSLErrors.clear()
            return Date(timeIntervalSince1970: 0)
        }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}

/// A certificate with its private key, able to sign.
public struct SigningIdentity: Sendable {
    /// The signer's certificate.
    public let certificate: Certificate
    /// The private key matching `certificate`.
    public let key: RSAPrivateKey

    /// Pairs a certificate with its key; throws if the key does not belong to the certificate.
    public init(certificate: Certificate, key: RSAPrivateKey) throws {
        OpenSSLErrors.clear()
        guard X509_check_private_key(certificate.x509, key.pkey) == 1 else {
            throw OpenSSLErrors.error(Say.privateKeyNotOfCertificate(certificate.subject))
        }
        self.certificate = certificate
        self.key = key
    }
}
