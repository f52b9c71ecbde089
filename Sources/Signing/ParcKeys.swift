import Diagnostics
import Foundation

/// The parc's certificate authority and its signing certificate, kept in `$VALISE_HOME/keys`:
/// `ca.pem`, `ca.key`, `signing.pem`, `signing.key`. Private keys are 0600 and never overwritten.
public struct ParcKeys: Sendable {
    /// The CA tablets trust (handed to each agent with TRUST).
    public let ca: Certificate
    /// The certificate and key that sign bundles.
    public let signer: SigningIdentity
    /// The folder they live in.
    public let folder: String

    static let files = ["ca.pem", "ca.key", "signing.pem", "signing.key"]

    /// Whether `folder` already holds keys (even partly).
    public static func exist(in folder: String) -> Bool {
        files.contains { FileManager.default.fileExists(atPath: folder + "/" + $0) }
    }

    /// Creates a CA (10 years) and a signing certificate (`signerYears`) for `organization`.
    /// Refuses when any of the four files exists: keys are never replaced.
    public static func create(in folder: String, organization: String, signerYears: Int = 3) throws -> ParcKeys {
        guard !exist(in: folder) else {
            throw SigningError(summary: Say.signingKeysAlreadyExist(folder: folder))
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SigningError(summary: Say.signingFolderNotCreated(folder), detail: "\(error)")
        }
        let now = Date()
        let caKey = try RSAPrivateKey.generate()
        let ca = try CertificateFactory.makeCA(commonName: "\(organization) — CA du parc", organization: organization,
                                               validity: DateInterval(start: now.addingTimeInterval(-300), duration: 86400 * 3653), key: caKey)
        let caIdentity = try SigningIdentity(certificate: ca, key: caKey)
        let signerKey = try RSAPrivateKey.generate()
        let signerCertificate = try CertificateFactory.makeSigner(
            commonName: "\(organization) — signature des configurations", organization: organization,
            validity: DateInterval(start: now.addingTimeInterval(-300), duration: 86400 * 365.25 * Double(signerYears)),
            key: signerKey, ca: caIdentity)
        let contents: [(String, String, Bool)] = [
            ("ca.key", try caKey.pemPKCS8(), true), ("signing.key", try signerKey.pemPKCS8(), true),
            ("ca.pem", try ca.pem(), false), ("signing.pem", try signerCertificate.pem(), false),
        ]
        for (name, text, _) in contents {
            guard try KeyFiles.createExclusively(folder + "/" + name, contents: Array(text.utf8)) else {
                throw SigningError(summary: Say.signingKeyAppeared(path: "\(folder)/\(name)"))
            }
        }
        for (name, _, isPrivate) in contents where !isPrivate { chmod(folder + "/" + name, 0o644) }
        return ParcKeys(ca: ca, signer: try SigningIdentity(certificate: signerCertificate, key: signerKey), folder: folder)
    }

    /// Loads the keys; refuses private keys that group or others can read.
    public static func load(from folder: String) throws -> ParcKeys {
        let missing = files.filter { !FileManager.default.fileExists(atPath: folder + "/" + $0) }
        guard missing.isEmpty else {
            throw SigningError(summary: missing.count == files.count
                ? Say.signingNoParcKeys(folder: folder)
                : Say.signingParcKeysIncomplete(folder: folder, missing: missing.joined(separator: ", ")))
        }
        let ca = try Certificate(pem: try text(folder + "/ca.pem"))
        let certificate = try Certificate(pem: try text(folder + "/signing.pem"))
        let key = try privateKey(folder + "/signing.key")
        _ = try privateKey(folder + "/ca.key")
        return ParcKeys(ca: ca, signer: try SigningIdentity(certificate: certificate, key: key), folder: folder)
    }

    /// Reads a private key file, refusing one readable by group or others.
    public static func privateKey(_ path: String) throws -> RSAPrivateKey {
        if let mode = KeyFiles.permissions(path), mode & 0o077 != 0 {
            throw SigningError(summary: Say.signingPrivateKeyReadableByOthers(path: path, mode: String(mode, radix: 8)))
        }
        let pem = try text(path)   // a file that cannot be read says so once, with its own fix
        do {
            return try RSAPrivateKey(pem: pem)
        } catch let error as SigningError {
            throw SigningError(summary: Say.signingPrivateKeyUnusable(path: path, reason: error.summary), detail: error.detail)
        }
    }

    private static func text(_ path: String) throws -> String {
        do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw SigningError(summary: Say.signingFileUnreadable(path), detail: "\(error)")
        }
    }
}
