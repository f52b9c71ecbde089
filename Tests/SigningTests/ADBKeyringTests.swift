import Foundation
import Testing
import Signing

private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

private func fingerprint(_ key: RSAPrivateKey) throws -> [UInt8] {
    try key.publicKeyFingerprintSHA256()
}

@Suite struct ADBKeyringTests {
    @Test func existingAndroidKeyIsUsedAndNothingIsCreated() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let android = dir.file("android")
        let home = dir.file("valise")
        try FileManager.default.createDirectory(atPath: android, withIntermediateDirectories: true)
        let key = try RSAPrivateKey.generate()
        let keyPath = android + "/adbkey"
        try Data(try key.pemPKCS8().utf8).write(to: URL(fileURLWithPath: keyPath))
        _ = chmod(keyPath, 0o600)

        let ring = try ADBKeyring.load(androidDirectory: android, valiseHome: home, vendorKeys: nil)
        #expect(ring.userKeyPath == keyPath)
        #expect(try fingerprint(ring.userKey) == fingerprint(key))
        #expect(ring.keys.count == 1)
        #expect(ring.warnings.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home))
        #expect(try FileManager.default.contentsOfDirectory(atPath: android) == ["adbkey"])
    }

    /// `dir`/android/adbkey in the PKCS#1 form, readable by everyone (mode 644); returns the folder and the key's path.
    static func looseTraditionalKey(in dir: TempDir) throws -> (android: String, keyPath: String) {
        let android = dir.file("android")
        try FileManager.default.createDirectory(atPath: android, withIntermediateDirectories: true)
        let keyPath = android + "/adbkey"
        try openssl(["genrsa", "-traditional", "-out", keyPath, "2048"])
        _ = chmod(keyPath, 0o644)
        return (android, keyPath)
    }

    @Test func pkcs1AndroidKeyAndLoosePermissionsWarn() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (android, keyPath) = try Self.looseTraditionalKey(in: dir)

        let ring = try ADBKeyring.load(androidDirectory: android, valiseHome: dir.file("valise"), vendorKeys: "")
        #expect(ring.userKeyPath == keyPath)
        #expect(ring.warnings.count == 1)
        #expect(ring.warnings.first?.contains("chmod 600 \(keyPath)") == true)
        #expect(!FileManager.default.fileExists(atPath: dir.file("valise")))
    }

    @Test func createsValiseKeyWhenThereIsNoAndroidKey() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let android = dir.file("android")
        let home = dir.file("home/valise")
        let ring = try ADBKeyring.load(androidDirectory: android, valiseHome: home, vendorKeys: nil)
        let keyPath = home + "/adbkey"
        #expect(ring.userKeyPath == keyPath)
        #expect(try mode(keyPath) == 0o600)
        #expect(try mode(home) == 0o700)
        #expect(ring.warnings.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: android))
        let pem = String(decoding: try Data(contentsOf: URL(fileURLWithPath: keyPath)), as: UTF8.self)
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----"))
        #expect(try RSAPrivateKey(pem: pem).bits == 2048)

        let pub = String(decoding: try Data(contentsOf: URL(fileURLWithPath: keyPath + ".pub")), as: UTF8.self)
        #expect(pub.split(separator: " ").first?.count == 700)
        #expect(pub.split(separator: " ").last?.contains("@") == true)
        #expect(try ADBPublicKey(text: pub).encoded == ring.userKey.androidPublicKey())
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).sorted() == ["adbkey", "adbkey.pub"])

        // A second load reuses the key and never overwrites it.
        let before = try Data(contentsOf: URL(fileURLWithPath: keyPath))
        let again = try ADBKeyring.load(androidDirectory: android, valiseHome: home, vendorKeys: nil)
        #expect(try fingerprint(again.userKey) == fingerprint(ring.userKey))
        #expect(try Data(contentsOf: URL(fileURLWithPath: keyPath)) == before)
    }

    @Test func concurrentFirstLoadsAgreeOnOneKey() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let android = dir.file("android")
        let home = dir.file("valise")
        let prints = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try ADBKeyring.load(androidDirectory: android, valiseHome: home, vendorKeys: nil)
                        .userKey.publicKeyFingerprintSHA256()
                }
            }
            return try await group.reduce(into: [[UInt8]]()) { $0.append($1) }
        }
        #expect(prints.count == 4)
        #expect(Set(prints).count == 1)
        let onDisk = try RSAPrivateKey(pem: String(decoding: try Data(contentsOf: URL(fileURLWithPath: home + "/adbkey")), as: UTF8.self))
        #expect(try fingerprint(onDisk) == prints.first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).sorted() == ["adbkey", "adbkey.pub"])
    }

    @Test func vendorKeysFromDirectoriesAndFilesWithoutDuplicates() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let android = dir.file("android")
        try FileManager.default.createDirectory(atPath: android, withIntermediateDirectories: true)
        let user = try RSAPrivateKey.generate()
        try Data(try user.pemPKCS8().utf8).write(to: URL(fileURLWithPath: android + "/adbkey"))
        _ = chmod(android + "/adbkey", 0o600)

        let vendorDir = dir.file("vendor")
        try FileManager.default.createDirectory(atPath: vendorDir, withIntermediateDirectories: true)
        let vendor = try RSAPrivateKey.generate()
        let ignored = try RSAPrivateKey.generate()
        for (name, key) in [("school.adb_key", vendor), ("notes.txt", ignored), ("copy-of-user.adb_key", user)] {
            try Data(try key.pemPKCS8().utf8).write(to: URL(fileURLWithPath: vendorDir + "/" + name))
            _ = chmod(vendorDir + "/" + name, 0o600)
        }
        let single = try dir.write("single.pem", try vendor.pemPKCS8())  // same key again, as a file
        _ = chmod(single, 0o600)

        let ring = try ADBKeyring.load(androidDirectory: android, valiseHome: dir.file("valise"),
                                       vendorKeys: "\(vendorDir)::\(single):\(dir.file("missing"))")
        let prints = try ring.keys.map(fingerprint)
        #expect(prints == [try fingerprint(user), try fingerprint(vendor)])
        #expect(!prints.contains(try fingerprint(ignored)))
        #expect(ring.warnings.count == 1)  // the missing entry
        #expect(ring.warnings.first?.contains("missing") == true)
    }

    @Test func invalidKeyFileThrowsNamingTheFile() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let android = dir.file("android")
        try FileManager.default.createDirectory(atPath: android, withIntermediateDirectories: true)
        let keyPath = try dir.write("android/adbkey", "this is not a key\n")
        let error = #expect(throws: SigningError.self) {
            try ADBKeyring.load(androidDirectory: android, valiseHome: dir.file("valise"), vendorKeys: nil)
        }
        #expect(error?.summary.contains(keyPath) == true)

        let vendorPath = try dir.write("bad.adb_key", "garbage")
        try Data(try RSAPrivateKey.generate().pemPKCS8().utf8).write(to: URL(fileURLWithPath: keyPath))
        _ = chmod(keyPath, 0o600)
        let vendorError = #expect(throws: SigningError.self) {
            try ADBKeyring.load(androidDirectory: android, valiseHome: dir.file("valise"), vendorKeys: vendorPath)
        }
        #expect(vendorError?.summary.contains(vendorPath) == true)
    }
}
