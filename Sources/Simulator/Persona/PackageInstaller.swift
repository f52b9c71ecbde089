import Foundation
import Signing

/// What `valise-sim.properties` says about an APK.
struct PersonaAPKInfo: Equatable {
    var package: String
    var versionCode: Int
    var versionName: String
    var minSdk: Int
    var targetSdk: Int
    var testOnly: Bool
}

extension AndroidPersona {
    /// Streaming install as `cmd package install -S N` / `abb_exec:package install -S N` / `pm install path`: takes the
    /// APK bytes and args; returns "Success\n" or "Failure [INSTALL_FAILED_…: …]\n" (exact Android texts). Records
    /// package, versionCode, size, install time.
    ///
    /// Leading "package"/"install" words and file operands are ignored; `-S N` must match the byte count;
    /// `-d` allows a downgrade; `-g` grants runtime permissions.
    public func installPackage(apk: [UInt8], arguments: [String]) -> String {
        guard let session = try? InstallSession(in: stateDirectory) else { return install(apk, staged: nil, arguments: arguments) }
        defer { session.discard() }
        guard (try? session.write(apk)) != nil, let staged = try? session.close() else { return install(apk, staged: nil, arguments: arguments) }
        return install(staged, staged: session.file, arguments: arguments)
    }

    /// Installs the APK an install session staged (`InstallSession`, written as the bytes arrived).
    func installPackage(session: InstallSession, arguments: [String]) -> String {
        defer { session.discard() }
        guard let staged = try? session.close() else { return "Failure [INSTALL_FAILED_INTERNAL_ERROR: Could not read the session's APK]\n" }
        return install(staged, staged: session.file, arguments: arguments)
    }

    /// Android writes a streamed APK into its install session as it arrives, then verifies and compiles it: the
    /// tablet's own time, waited outside the lock so reads of its state go on, before the package is committed.
    private func install(_ apk: some APKBytes, staged: URL?, arguments: [String]) -> String {
        if let rate = mutate({ state.faults.installRate }) { TabletTime.spend(bytes: apk.count, rate: rate) }
        return mutate {
            var args = arguments
            while let first = args.first, ["cmd", "pm", "package", "install"].contains(first) { args.removeFirst() }
            let flags = Self.installFlags(args)
            if let size = flags.size, size != apk.count {
                return "Failure [INSTALL_FAILED_INVALID_APK: Incomplete stream: expected \(size) bytes, received \(apk.count)]\n"
            }
            return installLocked(apk: apk, flags: flags.flags, staged: staged).text
        }
    }

    /// Install options: single-letter flags and the `-S` size.
    static func installFlags(_ args: [String]) -> (flags: Set<String>, size: Int?, operands: [String]) {
        var flags = Set<String>(), size: Int?, operands: [String] = [], i = 0
        while i < args.count {
            let a = args[i]
            switch a {
            case "-S": size = i + 1 < args.count ? Int(args[i + 1]) ?? -1 : -1; i += 2
            case "--user", "-i", "--install-reason", "--originating-uri", "--referrer", "--abi", "-p", "--pkg",
                 "--install-location", "--force-uuid":
                i += 2
            default:
                if a.hasPrefix("-") { flags.insert(a) } else { operands.append(a) }
                i += 1
            }
        }
        return (flags, size, operands)
    }

    /// Reads the package facts from the compiled `AndroidManifest.xml` of a real APK (stored entry, as Valise's agent
    /// is built), or else from the stored `valise-sim.properties` entry of a test APK.
    static func parseAPK(_ bytes: some APKBytes) -> Result<PersonaAPKInfo, PersonaAPKError> {
        guard let entries = PersonaZip.entries(bytes) else { return .failure(.notZip) }
        if let manifest = entries.first(where: { $0.name == "AndroidManifest.xml" }), let data = PersonaZip.storedData(bytes, manifest),
           let info = BinaryManifest.parse(data), Self.isValidPackageName(info.package) {
            return .success(info)
        }
        guard let entry = entries.first(where: { $0.name == "valise-sim.properties" }),
              let data = PersonaZip.storedData(bytes, entry) else { return .failure(.noManifest) }
        var values: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let kv = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2 { values[kv[0]] = kv[1] }
        }
        guard let package = values["package"], Self.isValidPackageName(package),
              let code = values["versionCode"].flatMap({ Int($0) }) else { return .failure(.noManifest) }
        let minSdk = values["minSdk"].flatMap { Int($0) } ?? 21
        return .success(PersonaAPKInfo(package: package, versionCode: code, versionName: values["versionName"] ?? String(code),
                                       minSdk: minSdk, targetSdk: values["targetSdk"].flatMap { Int($0) } ?? 33,
                                       testOnly: values["testOnly"] == "true"))
    }

    static func isValidPackageName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            guard let first = part.first, first.isASCII, first.isLetter else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
    }

    /// Installs with the lock held; returns Android's text and pm's exit status.
    func installLocked(apk: some APKBytes, flags: Set<String>, staged: URL? = nil) -> (text: String, code: Int32) {
        state.installSessions += 1
        let tmp = "/data/app/vmdl\(1_000_000_000 + state.installSessions * 7_919 % 900_000_000).tmp/base.apk"
        func fail(_ text: String) -> (String, Int32) { ("Failure [\(text)]\n", 1) }
        guard hasSpaceLocked(Int64(apk.count) * 2) else { return fail("INSTALL_FAILED_INSUFFICIENT_STORAGE") }
        let info: PersonaAPKInfo
        switch Self.parseAPK(apk) {
        case .failure(.notZip):
            return fail("INSTALL_PARSE_FAILED_NOT_APK: Failed to parse \(tmp): Failed to load asset path \(tmp)")
        case .failure(.noManifest):
            return fail("INSTALL_PARSE_FAILED_MANIFEST_MALFORMED: Failed to parse \(tmp): No valid manifest (valise-sim.properties) found")
        case .success(let parsed): info = parsed
        }
        let sdk = state.identity.sdk
        if info.minSdk > sdk {
            return fail("INSTALL_FAILED_OLDER_SDK: Failed to parse \(tmp): Requires newer sdk version #\(info.minSdk) (current version is #\(sdk))")
        }
        let existing = state.packages[info.package]
        if let existing, existing.installedForUser0, info.versionCode < existing.versionCode, !flags.contains("-d") {
            return fail("INSTALL_FAILED_VERSION_DOWNGRADE: Downgrade detected: Update version code \(info.versionCode) is older than current \(existing.versionCode)")
        }
        // Android names each install's folder afresh (random tokens); here they come from the install, not from
        // hashing the APK: the tablet's own work costs the host no CPU (`install-rate=` is its time).
        let digest = Digest.hex(Digest.sha256(Array("\(info.package):\(state.installSessions):\(apk.count)".utf8)))
        let now = Date().timeIntervalSince1970
        let codePath = "/data/app/~~\(Self.token(digest, 0))==/\(info.package)-\(Self.token(digest, 22))=="
        if let old = existing, !old.system { try? FileManager.default.removeItem(at: hostURL(forNormalized: old.codePath)) }
        let dir = hostURL(forNormalized: codePath)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("base.apk")
        // The staged session's file becomes the package's (a rename); without one, the bytes are written now.
        let movedIn = staged.map { (try? FileManager.default.moveItem(at: $0, to: file)) != nil } ?? false
        if !movedIn {
            apk.withUnsafeBytes { bytes in
                // Written from the received bytes as they are (no copy of a large APK).
                let data = bytes.baseAddress.map { Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: bytes.count, deallocator: .none) }
                _ = FileManager.default.createFile(atPath: file.path, contents: data ?? Data())
            }
        }
        let uid: Int
        if let existing { uid = existing.uid } else { uid = state.nextUID; state.nextUID += 1 }
        state.packages[info.package] = PersonaPackage(
            name: info.package, versionCode: info.versionCode, versionName: info.versionName, minSdk: info.minSdk,
            targetSdk: info.targetSdk, system: existing?.system ?? false, codePath: codePath, apkName: "base.apk",
            size: Int64(apk.count), firstInstallTime: existing?.firstInstallTime ?? now,
            lastUpdateTime: now, uid: uid, enabled: true, installedForUser0: true, testOnly: info.testOnly,
            grantedPermissions: flags.contains("-g") ? ["android.permission.ALL_RUNTIME"] : (existing?.grantedPermissions ?? []))
        record("install:\(info.package)")
        return ("Success\n", 0)
    }

    /// 22 base64url-ish characters of a hex digest, for /data/app/~~XXX==/pkg-YYY== paths.
    static func token(_ hex: String, _ offset: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let digits = Array(hex.utf8).dropFirst(offset).prefix(22)
        return String(digits.map { alphabet[Int($0) * 7 % 64] })
    }
}

/// An APK's bytes: received in memory, or the `Data` of a staged file mapped in place.
typealias APKBytes = RandomAccessCollection<UInt8> & ContiguousBytes

/// A streamed install's staging file, in the tablet's state folder (outside its file tree): written as the bytes
/// arrive, then read in place (mapped), so a case's APKs never sit whole in the simulator's memory.
/// Used by one thread at a time.
final class InstallSession {
    let file: URL
    private let handle: FileHandle

    /// Where a tablet's sessions are staged.
    static func folder(in stateDirectory: URL) -> URL { stateDirectory.appendingPathComponent("install-sessions", isDirectory: true) }

    init(in stateDirectory: URL) throws {
        let folder = Self.folder(in: stateDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        file = folder.appendingPathComponent("\(UUID().uuidString).apk")
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        handle = try FileHandle(forWritingTo: file)
    }

    /// Appends received bytes.
    func write(_ bytes: some ContiguousBytes) throws {
        try bytes.withUnsafeBytes { raw in
            // Written from the received bytes as they are (no copy of a large APK).
            guard let base = raw.baseAddress else { return }
            try handle.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }

    /// Ends the writing; the staged bytes, mapped (an empty file cannot be).
    func close() throws -> Data {
        let written = try handle.offset()
        try handle.close()
        return written == 0 ? Data() : try Data(contentsOf: file, options: .alwaysMapped)
    }

    /// Removes the staging file (committed installs have moved it away already).
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: file)
    }
}

/// Why an APK could not be parsed.
enum PersonaAPKError: Error { case notZip, noManifest }
