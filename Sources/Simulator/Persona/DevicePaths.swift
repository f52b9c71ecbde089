import Foundation

/// Outcome of opening a device file for a shell redirection.
enum PersonaOpenResult {
    case success(URL)
    case failure(String)
}

extension AndroidPersona {
    /// Maps a device path to the host file inside fs/ (normalises "..", refuses escaping the tree: returns nil).
    /// Relative paths are taken from "/" (adbd's shell starts there); /storage/emulated/0, /storage/self/primary
    /// and /mnt/sdcard are the same tree as /sdcard.
    public func hostPath(forDevicePath path: String) -> URL? {
        normalizeDevicePath(path).map { hostURL(forNormalized: $0) }
    }

    /// The canonical absolute device path ("/sdcard/a/b"), or nil when it escapes "/" or is unusable.
    func normalizeDevicePath(_ path: String) -> String? {
        if path.isEmpty || path.utf8.contains(0) { return nil }
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        let aliases: [[Substring]] = [["storage", "emulated", "0"], ["storage", "self", "primary"], ["mnt", "sdcard"]]
        for alias in aliases where parts.starts(with: alias) {
            parts = ["sdcard"] + parts.dropFirst(alias.count)
        }
        return "/" + parts.joined(separator: "/")
    }

    func hostURL(forNormalized device: String) -> URL {
        let components = device.split(separator: "/")
        var url = fsRoot
        for c in components { url.appendPathComponent(String(c)) }
        return url
    }

    /// Whether the shell user may create or delete things at `device` (normalised).
    static func isWritable(_ device: String) -> Bool {
        for root in ["/sdcard", "/data/local/tmp"] where device.hasPrefix(root + "/") { return true }
        return false
    }

    /// Whether the shell user may not even read `device` (most of /data).
    static func isReadDenied(_ device: String) -> Bool {
        if device == "/data" { return true }
        guard device.hasPrefix("/data/") else { return false }
        if device.hasPrefix("/data/app/") { return false } // APKs are world-readable (`pm path` + pull)
        return !(device == "/data/local/tmp" || device.hasPrefix("/data/local/tmp/"))
    }

    /// Why a write to a non-writable path fails, in toybox words.
    static func denialReason(_ device: String) -> String {
        device == "/data" || device.hasPrefix("/data/") || device == "/sdcard" ? "Permission denied" : "Read-only file system"
    }

    /// Reads a device file for `< file` (takes the lock).
    func readDeviceFile(_ path: String) -> [UInt8]? {
        lock.withLock {
            guard let device = normalizeDevicePath(path), !Self.isReadDenied(device),
                  let data = FileManager.default.contents(atPath: hostURL(forNormalized: device).path) else { return nil }
            return [UInt8](data)
        }
    }

    /// Creates (or truncates, unless appending) a device file for `> file` (takes the lock).
    func openForWriting(_ path: String, append: Bool) -> PersonaOpenResult {
        lock.withLock {
            guard let device = normalizeDevicePath(path) else { return .failure("No such file or directory") }
            guard Self.isWritable(device) else { return .failure(Self.denialReason(device)) }
            let host = hostURL(forNormalized: device)
            var isDir: ObjCBool = false
            let fm = FileManager.default
            if fm.fileExists(atPath: host.path, isDirectory: &isDir) {
                if isDir.boolValue { return .failure("Is a directory") }
                if append { return .success(host) }
            } else {
                var parentIsDir: ObjCBool = false
                guard fm.fileExists(atPath: host.deletingLastPathComponent().path, isDirectory: &parentIsDir),
                      parentIsDir.boolValue else { return .failure("No such file or directory") }
            }
            guard fm.createFile(atPath: host.path, contents: Data()) else { return .failure("Permission denied") }
            return .success(host)
        }
    }

    /// Appends to a host file created by `openForWriting`; false when storage is full (takes the lock).
    func appendToDeviceFile(_ host: URL, _ bytes: [UInt8]) -> Bool {
        lock.withLock { appendLocked(host, bytes) }
    }

    func appendLocked(_ host: URL, _ bytes: [UInt8]) -> Bool {
        guard hasSpaceLocked(Int64(bytes.count)) else { return false }
        guard let handle = try? FileHandle(forWritingTo: host) else { return false }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(bytes))
        } catch { return false }
        return true
    }
}
