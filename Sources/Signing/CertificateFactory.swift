internal import COpenSSL
import Diagnostics
import Foundation

/// Creates a CA and a signing certificate (used by `valise keys init` and by tests).
public enum CertificateFactory {
    /// Self-signed CA: basicConstraints critical CA:TRUE, keyUsage keyCertSign,cRLSign,
    /// subjectKeyIdentifier, SHA-256.
    public static func makeCA(commonName: String, organization: String, validity: DateInterval,
                              key: RSAPrivateKey) throws -> Certificate {
        let cert = try makeBase(commonName: commonName, organization: organization, validity: validity, key: key)
        do {
            guard let name = X509_get_subject_name(cert), X509_set_issuer_name(cert, name) == 1 else {
                throw OpenSSLErrors.error(Say.caIssuerNotSet)
            }
            try addExtensions(to: cert, issuer: cert, [
                (NID_basic_constraints, "critical,CA:TRUE"),
                (NID_key_usage, "critical,keyCertSign,cRLSign"),
                (NID_subject_key_identifier, "hash"),
            ])
            try sign(cert, with: key)
        } catch {
            X509_free(cert)
            throw error
        }
        return Certificate(taking: cert)
    }

    /// End-entity signer issued by `ca`: basicConstraints CA:FALSE, keyUsage
    /// digitalSignature,nonRepudiation, extendedKeyUsage emailProtection,codeSigning
    /// (so stock `openssl cms -verify` accepts it), authorityKeyIdentifier,
    /// random 16-byte serial, SHA-256.
    public static func makeSigner(commonName: String, organization: String, validity: DateInterval,
                                  key: RSAPrivateKey, ca: SigningIdentity) throws -> Certificate {
        guard ca.certificate.isCA else {
            throw SigningError(summary: Say.cannotIssueNotCA(ca.certificate.subject))
        }
        let cert = try makeBase(commonName: commonName, organization: organization, validity: validity, key: key)
        do {
            guard let issuer = X509_get_subject_name(ca.certificate.x509), X509_set_issuer_name(cert, issuer) == 1 else {
                throw OpenSSLErrors.error(Say.signerIssuerNotSet)
            }
            try addExtensions(to: cert, issuer: ca.certificate.x509, [
                (NID_basic_constraints, "critical,CA:FALSE"),
                (NID_key_usage, "critical,digitalSignature,nonRepudiation"),
                (NID_ext_key_usage, "emailProtection,codeSigning"),
                (NID_subject_key_identifier, "hash"),
                (NID_authority_key_identifier, "keyid:always"),
            ])
            try sign(cert, with: ca.key)
        } catch {
            X509_free(cert)
            throw error
        }
        return Certificate(taking: cert)
    }

    /// A new v3 certificate with serial, validity, subject and public key set. Caller owns it.
    private static func makeBase(commonName: String, organization: String, validity: DateInterval,
                                 key: RSAPrivateKey) throws -> OpaquePointer {
        guard !commonName.isEmpty else {
            throw SigningError(summary: Say.certificateNeedsName)
        }
        OpenSSLErrors.clear()
        guard let cert = X509_new() else { throw OpenSSLErrors.error(Say.signingOutOfMemory) }
        do {
            guard X509_set_version(cert, 2) == 1 else { throw OpenSSLErrors.error(Say.certificateNotCreated) }
            try setRandomSerial(cert)
            guard ASN1_TIME_set(X509_getm_notBefore(cert), time_t(validity.start.timeIntervalSince1970)) != nil,
                  ASN1_TIME_set(X509_getm_notAfter(cert), time_t(validity.end.timeIntervalSince1970)) != nil
            else { throw OpenSSLErrors.error(Say.certificateDatesNotSet) }
            guard let name = X509_get_subject_name(cert) else { throw OpenSSLErrors.error(Say.certificateNotCreated) }
            if !organization.isEmpty { try addEntry(name, field: "O", value: organization) }
            try addEntry(name, field: "CN", value: commonName)
            guard X509_set_pubkey(cert, key.pkey) == 1 else {
                throw OpenSSLErrors.error(Say.certificatePublicKeyNotSet)
            }
        } catch {
            X509_free(cert)
            throw error
        }
        return cert
    }

    private static func setRandomSerial(_ cert: OpaquePointer) throws {
        var bytes = [UInt8](repeating: 0, count: 16)
        guard RAND_bytes(&bytes, Int32(bytes.count)) == 1 else {
            throw OpenSSLErrors.error(Say.signingRandomFailed)
        }
        bytes[0] = (bytes[0] & 0x7f) | 0x40  // positive and exactly 16 bytes long
        guard let bn = BN_bin2bn(bytes, Int32(bytes.count), nil) else { throw OpenSSLErrors.error(Say.signingOutOfMemory) }
        defer { BN_free(bn) }
        guard BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert)) != nil else {
            throw OpenSSLErrors.error(Say.certificateSerialNotSet)
        }
    }

    private static func addEntry(_ name: OpaquePointer, field: String, value: String) throws {
        let bytes = Array(value.utf8)
        guard X509_NAME_add_entry_by_txt(name, field, VALISE_MBSTRING_UTF8, bytes, Int32(bytes.count), -1, 0) == 1 else {
            throw OpenSSLErrors.error(Say.certificateNameUnusable(value, field: field))
        }
    }

    private static func addExtensions(to cert: OpaquePointer, issuer: OpaquePointer, _ extensions: [(Int32, String)]) throws {
        for (nid, value) in extensions {
            guard valise_x509_add_ext(cert, issuer, nid, value) == 1 else {
                throw OpenSSLErrors.error(Say.certificateExtensionNotAdded(value))
            }
        }
    }

    private static func sign(_ cert: OpaquePointer, with key: RSAPrivateKey) throws {
        guard X509_sign(cert, key.pkey, EVP_sha256()) > 0 else {
            throw OpenSSLErrors.error(Say.certificateNotSigned)
        }
    }
}
