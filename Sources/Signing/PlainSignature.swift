internal import COpenSSL
import Diagnostics
import Foundation

/// SHA256withRSA (RSASSA-PKCS1-v1_5 over SHA-256) signatures over raw bytes: the form the tablet agent checks
/// with `java.security.Signature`, since Android has no public CMS API. Sent beside the signer's certificate.
public enum PlainSignature {
    /// Signs `content` with `identity`'s key. Same bytes as `openssl dgst -sha256 -sign KEY`.
    public static func sign(_ content: [UInt8], identity: SigningIdentity) throws -> [UInt8] {
        OpenSSLErrors.clear()
        guard let ctx = EVP_MD_CTX_new() else { throw OpenSSLErrors.error(Say.signingOutOfMemory) }
        defer { EVP_MD_CTX_free(ctx) }
        guard EVP_DigestSignInit(ctx, nil, EVP_sha256(), nil, identity.key.pkey) == 1 else {
            throw OpenSSLErrors.error(Say.bundleSignatureNotPrepared)
        }
        var length = 0
        guard EVP_DigestSign(ctx, nil, &length, content, content.count) == 1 else {
            throw OpenSSLErrors.error(Say.bundleNotSigned)
        }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_DigestSign(ctx, &signature, &length, content, content.count) == 1 else {
            throw OpenSSLErrors.error(Say.bundleNotSigned)
        }
        return Array(signature.prefix(length))
    }
}

extension CMSVerifier {
    /// Checks a SHA256withRSA `signature` over `content` made by the certificate `signerDER`, which must be issued
    /// by the trusted CA and valid at `date`. Throws `CMSVerificationError` saying why not (the same reasons as CMS).
    public func verify(content: [UInt8], plainSignature signature: [UInt8], signerDER: [UInt8], at date: Date = Date()) throws {
        OpenSSLErrors.clear()
        defer { OpenSSLErrors.clear() }
        guard let signer = try? Certificate(der: signerDER) else {
            throw CMSVerificationError(reason: .malformed, message: Say.signerCertificateDamaged)
        }
        try checkSigner(signer.x509, untrusted: nil, at: date)
        guard let publicKey = X509_get0_pubkey(signer.x509), let ctx = EVP_MD_CTX_new() else {
            throw CMSVerificationError(reason: .malformed, message: Say.signerCertificateNoPublicKey)
        }
        defer { EVP_MD_CTX_free(ctx) }
        guard EVP_DigestVerifyInit(ctx, nil, EVP_sha256(), nil, publicKey) == 1,
              EVP_DigestVerify(ctx, signature, signature.count, content, content.count) == 1
        else {
            throw CMSVerificationError(reason: .badSignature,
                message: Say.bundleSignatureInvalid)
        }
    }
}
