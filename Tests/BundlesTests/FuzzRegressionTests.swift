import Bundles
import Testing

/// Inputs the `apk-certificate` fuzzer (Fuzz/APKCertificateFuzzer.swift) found to crash the APK signing block
/// reader. Each is a ZIP end-of-central-directory record preceded by a forged "APK Sig Block 42" trailer; each
/// must now be refused with `APKSigningCertificate.Problem`.
@Suite struct APKSigningCertificateFuzzRegressionTests {
    /// The block's size field reads 2^63: converting it to `Int` trapped.
    static let sizeAbove2To63: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 65, 80, 75, 32, 83, 105, 103, 32, 66, 108, 111, 99, 107, 32,
        52, 50, 80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, 0,
    ]

    /// A pair's length reads 2^64 - 1: converting it to `Int` trapped.
    static let pairLengthAbove2To63: [UInt8] = [
        36, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 26, 135, 9, 113, 36, 0, 0, 0, 0, 0, 0, 0,
        65, 80, 75, 32, 83, 105, 103, 32, 66, 108, 111, 99, 107, 32, 52, 50, 80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 44, 0, 0, 0, 0, 0,
    ]

    /// A pair's length reads 2^63 - 1: `offset + 8 + length` overflowed.
    static let pairLengthOverflowingOffset: [UInt8] = [
        36, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 127, 26, 135, 9, 113, 36, 0, 0, 0, 0, 0, 0, 0,
        65, 80, 75, 32, 83, 105, 103, 32, 66, 108, 111, 99, 107, 32, 52, 50, 80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 44, 0, 0, 0, 0, 0,
    ]

    @Test(arguments: [sizeAbove2To63, pairLengthAbove2To63, pairLengthOverflowingOffset])
    func damagedSigningBlockIsRefused(_ apk: [UInt8]) {
        #expect(throws: APKSigningCertificate.Problem.self) { try APKSigningCertificate.certificate(ofAPK: apk) }
        #expect(throws: APKSigningCertificate.Problem.self) { try APKSigningCertificate.checksum(ofAPK: apk) }
    }
}
