internal import COpenSSL
import Diagnostics
import Foundation

/// Why a CMS signature was not accepted.
public struct CMSVerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public enum Reason: String, Sendable {
        /// The signature is not a readable detached CMS SignedData structure.
        case malformed
        /// The signature does not match (wrong key, or content/attributes altered).
        case badSignature
        /// The signer certificate is not issued by the trusted CA (or not allowed to sign).
        case untrustedSigner
        /// The signer (or its CA) certificate had expired at the verification time.
        case expiredSigner
        /// The signer (or its CA) certificate was not yet valid at the verification time.
        case notYetValidSigner
        /// The content is not the content that was signed.
        case contentMismatch
    }

    /// The kind of failure.
    public let reason: Reason
    /// A plain-words explanation.
    public let message: String

    /// Creates an error.
    public init(reason: Reason, message: String) {
        self.reason = reason
        self.message = message
    }

    /// The plain-words explanation.
    public var description: String { message }
}

/// Verifies detached CMS signatures against one trusted CA (PEM).
///
/// Immutable; safe to share across threads. `@unchecked Sendable` is safe
/// because the `X509_STORE` is filled in `init` and never changed afterwards;
/// each `verify` call builds its own `X509_STORE_CTX` (with its own verify
/// time) on top of it, which is how OpenSSL expects a shared store to be used.
///
/// Purpose checking: the store uses the S/MIME signing purpose, exactly like
/// stock `openssl cms -verify`, so both tools give the same verdict. Signer
/// certificates therefore need extendedKeyUsage emailProtection (or no
/// extendedKeyUsage at all); `CertificateFactory.makeSigner` adds it.
public final class CMSVerifier: @unchecked Sendable {
    private let store: OpaquePointer
    private let ca: Certificate

    /// Trusts the CA certificate in `trustedCAPEM`; rejects non-CA certificates and garbage.
    public convenience init(trustedCAPEM: String) throws {
        let ca: Certificate
        do {
            ca = try Certificate(pem: trustedCAPEM)
        } catch let error as SigningError {
            throw SigningError(summary: Say.trustedCAInvalid(error.summary), detail: error.detail)
        }
        try self.init(ca: ca)
    }

    init(ca: Certificate) throws {
        guard ca.isCA else {
            throw SigningError(summary: Say.trustedCANotCA(ca.subject))
        }
        OpenSSLErrors.clear()
        guard let store = X509_STORE_new() else { throw OpenSSLErrors.error(Say.signingOutOfMemory) }
        guard X509_STORE_add_cert(store, ca.x509) == 1,
              X509_STORE_set_purpose(store, X509_PURPOSE_SMIME_SIGN) == 1
        else {
            X509_STORE_free(store)
            throw OpenSSLErrors.error(Say.signatureCheckNotSetUp(ca.subject))
        }
        self.store = store
        self.ca = ca
    }

    deinit {
        X509_STORE_free(store)
    }

    /// The trusted CA's subject (RFC 2253).
    public var caSubject: String { ca.subject }

    /// Checks that `der` is a valid detached signature over `content` by a
    /// certificate issued by the trusted CA and valid at `date`.
    /// Throws `CMSVerificationError` saying why not.
    public func verify(content: [UInt8], signature der: [UInt8], at date: Date = Date()) throws {
        OpenSSLErrors.clear()
        defer { OpenSSLErrors.clear() }
        let parsed: OpaquePointer? = try? MemoryBIO.withReadable(der) { d2i_CMS_bio($0, nil) }
        guard let cms = parsed else {
            throw CMSVerificationError(reason: .malformed, message: Say.cmsSignatureFileDamaged)
        }
        defer { CMS_ContentInfo_free(cms) }
        guard OBJ_obj2nid(CMS_get0_type(cms)) == NID_pkcs7_signed else {
            throw CMSVerificationError(reason: .malformed, message: Say.cmsNotSignedData)
        }
        // Step 1: signatures and content digest, without certificate checks (those follow in step 2,
        // where we get the exact X509 verify error instead of a generic "verify error").
        let flags = UInt32(CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
        let ok = try? MemoryBIO.withReadable(content) { CMS_verify(cms, nil, nil, $0, nil, flags) }
        if ok != 1 {
            throw Self.signatureFailure(OpenSSLErrors.drainCodes())
        }
        // Step 2: every signer certificate must chain to the trusted CA at `date`.
        guard let signers = CMS_get0_signers(cms) else {
            throw CMSVerificationError(reason: .malformed, message: Say.cmsNoSigner)
        }
        defer { valise_sk_X509_free(signers) }
        let bundled = CMS_get1_certs(cms)
        defer { if let bundled { valise_sk_X509_pop_free(bundled) } }
        for index in 0..<valise_sk_X509_num(signers) {
            if let signer = valise_sk_X509_value(signers, index) {
                try checkSigner(signer, untrusted: bundled, at: date)
            }
        }
    }

    func checkSigner(_ signer: OpaquePointer, untrusted: OpaquePointer?, at date: Date) throws {
        guard let ctx = X509_STORE_CTX_new() else {
            throw CMSVerificationError(reason: .untrustedSigner, message: Say.signerCheckOutOfMemory)
        }
        defer { X509_STORE_CTX_free(ctx) }
        guard X509_STORE_CTX_init(ctx, store, signer, untrusted) == 1 else {
            throw CMSVerificationError(reason: .untrustedSigner, message: Say.signerCertificateNotChecked)
        }
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), time_t(date.timeIntervalSince1970.rounded(.down)))
        if X509_verify_cert(ctx) == 1 { return }
        let code = X509_STORE_CTX_get_error(ctx)
        let text = stringFromCString(X509_verify_cert_error_string(Int(code)))
        let who = Certificate.name(X509_get_subject_name(signer))
        switch code {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            throw CMSVerificationError(reason: .expiredSigner,
                message: Say.signerCertificateExpired(who, said: text))
        case X509_V_ERR_CERT_NOT_YET_VALID:
            throw CMSVerificationError(reason: .notYetValidSigner,
                message: Say.signerCertificateNotYetValid(who, said: text))
        case X509_V_ERR_INVALID_PURPOSE:
            throw CMSVerificationError(reason: .untrustedSigner,
                message: Say.signerCertificateMayNotSign(who))
        default:
            throw CMSVerificationError(reason: .untrustedSigner,
                message: Say.signerCertificateUntrusted(who, ca: caSubject, said: text))
        }
    }

    private static func signatureFailure(_ codes: [UInt]) -> CMSVerificationError {
        let reasons = Set(codes.filter { valise_err_get_lib($0) == ERR_LIB_CMS }.map { valise_err_get_reason($0) })
        if reasons.contains(CMS_R_CONTENT_VERIFY_ERROR) {
            return CMSVerificationError(reason: .contentMismatch,
                message: Say.fileDoesNotMatchSignature)
        }
        if reasons.contains(CMS_R_SIGNER_CERTIFICATE_NOT_FOUND) {
            return CMSVerificationError(reason: .malformed, message: Say.signatureLacksSignerCertificate)
        }
        if reasons.contains(CMS_R_VERIFICATION_FAILURE) {
            return CMSVerificationError(reason: .badSignature,
                message: Say.cmsSignatureInvalid)
        }
        return CMSVerificationError(reason: .malformed, message: Say.cmsSignatureUncheckable)
    }
}
