import Foundation
import Signing

// Target bundle: what a tablet's agent does with a bundle it receives — check its detached CMS signature
// (CMSVerifier, over OpenSSL) against a fixed test CA, then read the JSON — plus the certificate readers.
//
// Input: [flags][signature length: u16][signature DER][bundle bytes]. flags bit 0: also read the signature
// bytes as a DER certificate; bit 1: also read the bundle bytes as a CA certificate (PEM) to trust.
// The seed in Corpus/bundle is a real bundle (Profiles/demo/5A.yaml) signed by this CA's signer.

/// A CA made for fuzzing only (RSA 2048, valid 100 years). Its key was not kept.
private let testCAPEM = """
-----BEGIN CERTIFICATE-----
MIIDeTCCAmGgAwIBAgIUIBkF0CBR1+31zfIN/WvNqQORz5UwDQYJKoZIhvcNAQEL
BQAwQzEXMBUGA1UECgwOVmFsaXNlIGZ1enppbmcxKDAmBgNVBAMMH1ZhbGlzZSBG
dXp6IFRlc3QgQ0EgKFRFU1QgT05MWSkwIBcNMjYxMTI5MDkyMzMxWhgPMjEyNjEx
MDUwOTIzMzFaMEMxFzAVBgNVBAoMDlZhbGlzZSBmdXp6aW5nMSgwJgYDVQQDDB9W
YWxpc2UgRnV6eiBUZXN0IENBIChURVNUIE9OTFkpMIIBIjANBgkqhkiG9w0BAQEF
AAOCAQ8AMIIBCgKCAQEA4xgpIiYGYdfHo6Y7aDqFwWT8ecQXkgZtGCk2Z9Y7b2Y/
/2K4xfnEZnO7HjSNAf9VnOBLm7uR+VW2/CKJOuGe9PycCWUD9z7EfdJ9RsC/BytH
gEhYxzdYWfYc0TlzGaKgmaQTCIP4D9en/5cUFwnubmrK5O6pqYUL3pLPINCPYSFO
jkteTsidMfqaU5UKhxqzi8hhpAzZLxtKL4Rf7kBNoO1qCeh6diHXC/Ejt2HcXBbC
h9jfSiMMoGnwrWC3ierm7Ib4c4RSXh/reNwUWRLWRn1Fcf6ycm1+6joHaTB4HQmM
Y4DIEwzQfd1TCeLHrZLQP+/SbPuXvRg51gmnlkA7VQIDAQABo2MwYTAdBgNVHQ4E
FgQUWiMOhtPg8NVGhcdNV97e/stbCDIwHwYDVR0jBBgwFoAUWiMOhtPg8NVGhcdN
V97e/stbCDIwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwDQYJKoZI
hvcNAQELBQADggEBANBa28CPiQuL62MY//ypv2H/YcFieOwpTZO0FzY5nWHfm7B3
3eQfnWgSwfJyzpkjEohAAyyqfgRSIpoEgziZ57eC5qWWuvSV0EN5dQZLgFWnDBxo
hGvcR+KKC5RZ8h/Gjo7TMNyrtETT9uVXgqzDLaWotEyYFcw1KJQuN7v4nyyQyAbf
FQByXKLJTuZC6XFfBCAMd5quf0Kkuq0mZnO0S4a8hG0Ge4v/WeCXUb4hQ1BbiEYv
SFNLb+Zlt22Ir/v6YE01XjJnttrUotEiIsSA99nzPzvfvhoZhAc6yDxbgAouL3WF
cQd8abtS6UC4bFQe2TFadPkQ4zw0xcDLOrlFLT8=
-----END CERTIFICATE-----
"""

private let verifier: CMSVerifier = {
    do {
        return try CMSVerifier(trustedCAPEM: testCAPEM)
    } catch {
        fatalError("the fuzzing CA does not load: \(error)")
    }
}()

/// A fixed verification time inside the test certificates' validity, so a run does not depend on the clock.
private let verificationDate = Date(timeIntervalSince1970: 1_756_800_000)  // 2025-09-02

/// The field the agent needs before applying a bundle.
private struct SequenceField: Decodable {
    let sequence: Int
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let flags = input.byte()
    let signatureLength = Int(input.uint16())
    let rest = input.rest()
    let signature = Array(rest.prefix(signatureLength))
    let content = Array(rest.dropFirst(signatureLength))

    do {
        try verifier.verify(content: content, signature: signature, at: verificationDate)
    } catch let error as CMSVerificationError {
        require(!error.message.isEmpty, "a verification error without a message")
    } catch {
        require(false, "verify threw \(type(of: error)), not CMSVerificationError")
    }
    if let object = try? JSONSerialization.jsonObject(with: Data(content)), object is [String: Any] {
        _ = try? JSONDecoder().decode(SequenceField.self, from: Data(content))
    }

    if flags & 1 != 0, let certificate = try? Certificate(der: signature) {
        _ = (certificate.subject, certificate.issuer, certificate.notBefore, certificate.notAfter)
        _ = certificate.sha256Fingerprint
        // OpenSSL reads some damaged certificates (an invalid notBefore, say) from DER that it will not read back
        // from its own PEM; what it does read back must be the same certificate.
        if let pem = try? certificate.pem(), let again = try? Certificate(pem: pem) {
            require((try? again.der()) == (try? certificate.der()), "a certificate does not survive PEM → DER")
        }
    }
    if flags & 2 != 0, let other = try? CMSVerifier(trustedCAPEM: String(decoding: content, as: UTF8.self)) {
        _ = other.caSubject
        try? other.verify(content: content, signature: signature, at: verificationDate)
    }
    return 0
}
