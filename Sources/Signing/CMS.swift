internal import COpenSSL
import Diagnostics

/// Cryptographic Message Syntax (PKCS#7) signatures.
public enum CMS {
    /// Detached CMS SignedData, DER, over `content` (CMS_DETACHED|CMS_BINARY,
    /// SHA-256), with the signer certificate included. Verifiable with
    /// `openssl cms -verify -binary -inform DER -content FILE -CAfile ca.pem`.
    public static func signDetached(_ content: [UInt8], identity: SigningIdentity) throws -> [UInt8] {
        try sign(content, identity: identity, detached: true)
    }

    /// CMS SignedData, DER, that carries `content` inside it (as Apple configuration profiles are
    /// signed), SHA-256, signer certificate included. Verifiable with
    /// `openssl smime -verify -inform DER -in FILE -CAfile ca.pem`.
    public static func signAttached(_ content: [UInt8], identity: SigningIdentity) throws -> [UInt8] {
        try sign(content, identity: identity, detached: false)
    }

    private static func sign(_ content: [UInt8], identity: SigningIdentity, detached: Bool) throws -> [UInt8] {
        OpenSSLErrors.clear()
        let flags = UInt32(CMS_BINARY) | (detached ? UInt32(CMS_DETACHED) : 0)
        return try MemoryBIO.withReadable(content) { data in
            // CMS_PARTIAL lets us choose SHA-256 explicitly instead of relying on the default.
            guard let cms = CMS_sign(nil, nil, nil, nil, flags | UInt32(CMS_PARTIAL)) else {
                throw OpenSSLErrors.error(Say.cmsSignatureNotStarted)
            }
            defer { CMS_ContentInfo_free(cms) }
            guard CMS_add1_signer(cms, identity.certificate.x509, identity.key.pkey, EVP_sha256(), flags) != nil else {
                throw OpenSSLErrors.error(Say.cmsSignerNotAdded(identity.certificate.subject))
            }
            guard CMS_final(cms, data, nil, flags) == 1 else {
                throw OpenSSLErrors.error(Say.cmsContentNotSigned)
            }
            return try MemoryBIO.collect { out in
                guard i2d_CMS_bio(out, cms) == 1 else {
                    throw OpenSSLErrors.error(Say.cmsSignatureNotEncoded)
                }
            }
        }
    }
}
