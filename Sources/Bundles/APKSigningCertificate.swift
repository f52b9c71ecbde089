import Diagnostics
import Foundation
import Signing

/// The certificate an APK is signed with, read from its APK Signing Block (scheme v2 or v3), for the
/// Android Enterprise `…SIGNATURE_CHECKSUM`: base64url, without padding, of the certificate's SHA-256.
public enum APKSigningCertificate {
    /// Why the certificate could not be read.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// The explanation.
        public let description: String
    }

    static let v2BlockID: UInt32 = 0x7109_871A
    static let v3BlockID: UInt32 = 0xF053_68C0

    /// The DER of the first signer's first certificate.
    public static func certificate(ofAPK apk: [UInt8]) throws -> [UInt8] {
        let directory = try centralDirectoryOffset(apk)
        guard directory >= 32, Array(apk[(directory - 16)..<directory]) == Array("APK Sig Block 42".utf8) else {
            throw Problem(description: Say.apkNoSignatureBlock)
        }
        let declared = apk.readLittleEndianUInt64(at: directory - 24)
        guard let size = Int(exactly: declared), size > 24, size <= directory - 8 else {
            throw Problem(description: Say.apkSigningBlockDamaged(size: declared))
        }
        var offset = directory - size - 8 + 8
        var found: [UInt8]?
        while offset + 12 <= directory - 24 {
            // Compared without adding to `offset`: a length near 2^63 must not overflow.
            guard let length = Int(exactly: apk.readLittleEndianUInt64(at: offset)), length >= 4,
                  length <= directory - 24 - offset - 8
            else { throw Problem(description: Say.apkSigningBlockDamaged(size: nil)) }
            let id = apk.readLittleEndianUInt32(at: offset + 8)
            if id == v3BlockID || (id == v2BlockID && found == nil) {
                found = Array(apk[(offset + 12)..<(offset + 8 + length)])
                if id == v3BlockID { break }
            }
            offset += 8 + length
        }
        guard let block = found else { throw Problem(description: Say.apkNoV2V3Signature) }
        // signers → first signer → signed data → (digests, certificates) → first certificate.
        var reader = LengthPrefixed(bytes: block)
        var signers = try reader.next()
        var signer = try signers.next()
        var signedData = try signer.next()
        _ = try signedData.next()
        var certificates = try signedData.next()
        return try certificates.next().bytes
    }

    /// base64url(SHA-256(certificate DER)) without padding.
    public static func checksum(ofAPK apk: [UInt8]) throws -> String {
        Data(Digest.sha256(try certificate(ofAPK: apk))).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func centralDirectoryOffset(_ apk: [UInt8]) throws -> Int {
        guard apk.count >= 22 else { throw Problem(description: Say.apkTooSmall) }
        var index = apk.count - 22
        let lowest = max(0, apk.count - 22 - 65535)
        while index >= lowest {
            if apk.readLittleEndianUInt32(at: index) == 0x0605_4B50 {
                let offset = Int(apk.readLittleEndianUInt32(at: index + 16))
                guard offset <= index else { throw Problem(description: Say.apkZipDirectoryDamaged) }
                return offset
            }
            index -= 1
        }
        throw Problem(description: Say.apkNotZip)
    }

    /// A sequence of u32-length-prefixed items.
    struct LengthPrefixed {
        let bytes: [UInt8]
        var offset = 0

        mutating func next() throws -> LengthPrefixed {
            guard offset + 4 <= bytes.count else { throw Problem(description: Say.apkSignatureTruncated) }
            let length = Int(bytes.readLittleEndianUInt32(at: offset))
            guard offset + 4 + length <= bytes.count else { throw Problem(description: Say.apkSignatureTruncated) }
            defer { offset += 4 + length }
            return LengthPrefixed(bytes: Array(bytes[(offset + 4)..<(offset + 4 + length)]))
        }
    }
}

extension Array where Element == UInt8 {
    func readLittleEndianUInt32(at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(self[offset + $1]) << (8 * $1) }
    }

    func readLittleEndianUInt64(at offset: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(self[offset + $1]) << (8 * $1) }
    }
}
