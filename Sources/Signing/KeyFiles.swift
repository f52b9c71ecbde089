import Diagnostics
import Foundation

/// Reading and safely creating private key files.
enum KeyFiles {
    /// Reads a PEM private key file; warns when group or others can read it.
    static func read(_ path: String, warnings: inout [String]) throws -> RSAPrivateKey {
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            text = String(decoding: data, as: UTF8.self)
        } catch {
            throw SigningError(summary: Say.adbKeyFileUnreadable(path), detail: "\(error)")
        }
        let key: RSAPrivateKey
        do {
            key = try RSAPrivateKey(pem: text)
        } catch let error as SigningError {
            throw SigningError(summary: Say.adbKeyFileUnusable(path, reason: error.summary), detail: error.detail)
        }
        if let mode = permissions(path), mode & 0o077 != 0 {
            warnings.append(Say.adbKeyFileReadableByOthers(path, mode: String(mode, radix: 8)))
        }
        return key
    }

    /// Loads `path`, or creates a new RSA-2048 key there (never overwriting an existing file)
    /// together with `adbkey.pub` beside it.
    static func loadOrCreate(_ path: String, warnings: inout [String]) throws -> RSAPrivateKey {
        let publicPath = path + ".pub"
        if FileManager.default.fileExists(atPath: path) {
            let key = try read(path, warnings: &warnings)
            if !FileManager.default.fileExists(atPath: publicPath) {
                try writePublicKey(key, to: publicPath)
            }
            return key
        }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw SigningError(summary: Say.signingOwnFolderNotCreated(directory),
                               detail: "\(error)")
        }
        let key = try RSAPrivateKey.generate(bits: 2048)
        let created = try createExclusively(path, contents: Array(try key.pemPKCS8().utf8))
        if !created {
            // Another Valise process created the key first: use theirs.
            return try read(path, warnings: &warnings)
        }
        try writePublicKey(key, to: publicPath)
        return key
    }

    /// Writes `contents` to a private temporary file (0600) and hard-links it to `path`,
    /// so `path` appears complete or not at all and an existing file is never replaced.
    /// Returns false if `path` already existed.
    static func createExclusively(_ path: String, contents: [UInt8]) throws -> Bool {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw writeError(path, errno) }
        defer { unlink(temporary) }
        var failure: Int32 = 0
        if fchmod(fd, 0o600) != 0 { failure = errno }
        var offset = 0
        while failure == 0, offset < contents.count {
            let written = contents[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno != EINTR { failure = errno }
            } else {
                offset += written
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        guard failure == 0 else { throw writeError(path, failure) }
        if link(temporary, path) != 0 {
            if errno == EEXIST { return false }
            throw writeError(path, errno)
        }
        return true
    }

    private static func writePublicKey(_ key: RSAPrivateKey, to path: String) throws {
        let text = try key.androidPublicKeyText(comment: userAtHost())
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SigningError(summary: Say.signingFileNotWritten(path),
                               detail: "\(error)")
        }
    }

    private static func writeError(_ path: String, _ code: Int32) -> SigningError {
        let reason = stringFromCString(strerror(code))
        return SigningError(summary: Say.signingKeyFileNotCreated(path, reason: reason))
    }

    static func permissions(_ path: String) -> Int? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.posixPermissions] as? NSNumber)?.intValue
    }

    /// "user@host" like adb's key comment.
    static func userAtHost() -> String {
        let environment = ProcessInfo.processInfo.environment
        let user = environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
        var buffer = [CChar](repeating: 0, count: 256)
        let host = gethostname(&buffer, buffer.count) == 0 ? stringFromCBuffer(buffer) : "unknown"
        return "\(user)@\(host.isEmpty ? "unknown" : host)"
    }
}
