import Bundles

// Target apk-certificate: APKSigningCertificate, which reads the signer's certificate out of an APK's
// signing block (ZIP end of central directory → "APK Sig Block 42" → v2/v3 signer → first certificate).
// The APK is whatever file a profile names, so its bytes are untrusted.
//
// Input: the APK bytes. Anything may be refused, with APKSigningCertificate.Problem only; a certificate that
// is found is a slice of the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let apk = Array(FuzzInput(data, size).remaining)
    do {
        let certificate = try APKSigningCertificate.certificate(ofAPK: apk)
        require(certificate.count <= apk.count, "a certificate larger than the APK")
        let checksum = try APKSigningCertificate.checksum(ofAPK: apk)
        require(checksum.count == 43, "a SHA-256 checksum of \(checksum.count) base64url characters")
    } catch is APKSigningCertificate.Problem {
        return 0
    } catch {
        require(false, "APKSigningCertificate threw \(type(of: error)), not Problem")
    }
    return 0
}
