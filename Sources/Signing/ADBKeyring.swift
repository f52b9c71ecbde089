import Diagnostics
import Foundation

/// The workstation's ADB keys, in the order they are tried.
public struct ADBKeyring: Sendable {
    /// All keys, the user key first, then ADB_VENDOR_KEYS keys; no duplicates.
    public let keys: [RSAPrivateKey]
    /// The key whose public half is sent in AUTH RSAPUBLICKEY.
    public let userKey: RSAPrivateKey
    /// Where `userKey` was loaded from (or created).
    public let userKeyPath: String
    /// Non-fatal problems worth telling IT staff about (e.g. key files readable by others).
    public let warnings: [String]

    /// Loads the workstation's keys.
    ///
    /// - `androidDirectory/adbkey` (normally ~/.android) is used as the user key when it
    ///   exists, so tablets that already trust this workstation's adb accept Valise.
    ///   Nothing is ever written into `androidDirectory`.
    /// - Otherwise `valiseHome/adbkey` is used, created when missing (RSA-2048, PKCS#8 PEM,
    ///   mode 0600, directory 0700) with `adbkey.pub` beside it ("base64 user@host").
    ///   An existing key is never overwritten.
    /// - Then every key named in `vendorKeys` (ADB_VENDOR_KEYS: ':'-separated files or
    ///   directories; in directories only `*.adb_key` files, no recursion). Entries that do
    ///   not exist are reported in `warnings` (adb ignores them too).
    /// - Key files readable by group or others are still used (adb does) but reported.
    /// - Duplicate keys (same public key) appear once.
    ///
    /// Unreadable or invalid key files throw a `SigningError` naming the file and the fix.
    public static func load(androidDirectory: String, valiseHome: String, vendorKeys: String?) throws -> ADBKeyring {
        var warnings: [String] = []
        let androidKeyPath = (androidDirectory as NSString).appendingPathComponent("adbkey")
        let userKeyPath: String
        let userKey: RSAPrivateKey
        if FileManager.default.fileExists(atPath: androidKeyPath) {
            userKeyPath = androidKeyPath
            userKey = try KeyFiles.read(androidKeyPath, warnings: &warnings)
        } else {
            userKeyPath = (valiseHome as NSString).appendingPathComponent("adbkey")
            userKey = try KeyFiles.loadOrCreate(userKeyPath, warnings: &warnings)
        }

        var keys = [userKey]
        var seen: Set<[UInt8]> = [try fingerprint(userKey, path: userKeyPath)]
        for path in try vendorKeyPaths(vendorKeys, warnings: &warnings) {
            let key = try KeyFiles.read(path, warnings: &warnings)
            if seen.insert(try fingerprint(key, path: path)).inserted {
                keys.append(key)
            }
        }
        return ADBKeyring(keys: keys, userKey: userKey, userKeyPath: userKeyPath, warnings: warnings)
    }

    private static func fingerprint(_ key: RSAPrivateKey, path: String) throws -> [UInt8] {
        do {
            return try key.publicKeyFingerprintSHA256()
        } catch let error as SigningError {
            throw SigningError(summary: Say.adbKeyInFileUnusable(path, reason: error.summary), detail: error.detail)
        }
    }

    /// Expands ADB_VENDOR_KEYS into key file paths, in order.
    private static func vendorKeyPaths(_ vendorKeys: String?, warnings: inout [String]) throws -> [String] {
        guard let vendorKeys, !vendorKeys.isEmpty else { return [] }
        var paths: [String] = []
        let fm = FileManager.default
        for entry in vendorKeys.split(separator: ":", omittingEmptySubsequences: true).map(String.init) {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: entry, isDirectory: &isDirectory) else {
                warnings.append(Say.adbVendorKeyMissing(entry))
                continue
            }
            guard isDirectory.boolValue else {
                paths.append(entry)
                continue
            }
            let names: [String]
            do {
                names = try fm.contentsOfDirectory(atPath: entry)
            } catch {
                throw SigningError(summary: Say.adbVendorFolderUnreadable(entry), detail: "\(error)")
            }
            for name in names.sorted() where name.hasSuffix(".adb_key") {
                let path = (entry as NSString).appendingPathComponent(name)
                var isSubdirectory: ObjCBool = false
                if fm.fileExists(atPath: path, isDirectory: &isSubdirectory), !isSubdirectory.boolValue {
                    paths.append(path)
                }
            }
        }
        return paths
    }
}
