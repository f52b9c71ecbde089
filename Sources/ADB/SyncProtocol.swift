/// The four-letter ids of the `sync:` service, as little-endian `UInt32`.
public struct SyncID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The wire value.
    public let rawValue: UInt32
    /// Wraps a wire value.
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// An id from its four ASCII letters.
    public init(_ letters: StaticString) {
        var value: UInt32 = 0
        letters.withUTF8Buffer { for (i, b) in $0.prefix(4).enumerated() { value |= UInt32(b) << (8 * i) } }
        rawValue = value
    }

    public static let stat = SyncID("STAT"), stat2 = SyncID("STA2"), lstat2 = SyncID("LST2")
    public static let list = SyncID("LIST"), list2 = SyncID("LIS2"), dent = SyncID("DENT"), dent2 = SyncID("DNT2")
    public static let send = SyncID("SEND"), send2 = SyncID("SND2"), recv = SyncID("RECV"), recv2 = SyncID("RCV2")
    public static let data = SyncID("DATA"), done = SyncID("DONE"), okay = SyncID("OKAY"), fail = SyncID("FAIL")
    public static let quit = SyncID("QUIT")

    /// The four letters.
    public var description: String {
        String(decoding: (0..<4).map { UInt8(truncatingIfNeeded: rawValue >> (8 * $0)) }, as: UTF8.self)
    }
}

/// Limits of the sync protocol.
public enum SyncLimits {
    /// The largest DATA chunk (`SYNC_DATA_MAX`).
    public static let maxData = 64 * 1024
    /// The longest path adbd accepts.
    public static let maxPath = 1024
    /// The longest FAIL message this host reads.
    public static let maxFailMessage = 64 * 1024
}

/// File metadata as sync reports it (v1 STAT fills mode, size and mtime only).
public struct SyncStat: Sendable, Equatable {
    /// Wire errno (0 when the call succeeded); v2 only.
    public var error: UInt32 = 0
    /// `st_mode`, type bits included.
    public var mode: UInt32 = 0
    /// Size in bytes.
    public var size: UInt64 = 0
    /// Modification time, seconds since the epoch.
    public var mtime: Int64 = 0
    /// Device, inode, links, owner and times (v2 only).
    public var dev: UInt64 = 0, ino: UInt64 = 0, nlink: UInt32 = 0, uid: UInt32 = 0, gid: UInt32 = 0
    public var atime: Int64 = 0, ctime: Int64 = 0

    /// Creates a stat.
    public init(error: UInt32 = 0, mode: UInt32 = 0, size: UInt64 = 0, mtime: Int64 = 0) {
        self.error = error
        self.mode = mode
        self.size = size
        self.mtime = mtime
    }

    /// Whether the path exists (v1 answers all zeros for a missing path).
    public var exists: Bool { error == 0 && mode != 0 }
    /// Whether it is a directory.
    public var isDirectory: Bool { mode & 0o170000 == 0o040000 }
    /// Whether it is a regular file.
    public var isRegularFile: Bool { mode & 0o170000 == 0o100000 }
}

/// One directory entry from LIST / LIS2.
public struct SyncDirectoryEntry: Sendable, Equatable {
    /// The entry's name (not a path).
    public var name: String
    /// Its metadata.
    public var stat: SyncStat

    /// Creates an entry.
    public init(name: String, stat: SyncStat) {
        self.name = name
        self.stat = stat
    }
}

/// Host-side builders of sync requests.
public enum SyncRequest {
    /// A request with a path: id, length, path bytes. Throws for paths over 1024 bytes.
    public static func withPath(_ id: SyncID, _ path: String) throws(ADBProtocolError) -> [UInt8] {
        let bytes = Array(path.utf8)
        guard bytes.count <= SyncLimits.maxPath else {
            throw .unexpected("the path \(path.prefix(60))… is longer than the 1024 bytes a tablet accepts")
        }
        var out = [UInt8]()
        out.appendLittleEndian(id.rawValue)
        out.appendLittleEndian(UInt32(bytes.count))
        out.append(contentsOf: bytes)
        return out
    }

    /// SEND (v1): `path,mode` with the mode in decimal (adbd parses with strtoul base 0).
    public static func send(path: String, mode: UInt32) throws(ADBProtocolError) -> [UInt8] {
        try withPath(.send, "\(path),\(mode)")
    }

    /// SND2: path, then the `SND2 mode flags` setup block.
    public static func send2(path: String, mode: UInt32, flags: UInt32 = 0) throws(ADBProtocolError) -> [UInt8] {
        var out = try withPath(.send2, path)
        out.appendLittleEndian(SyncID.send2.rawValue)
        out.appendLittleEndian(mode)
        out.appendLittleEndian(flags)
        return out
    }

    /// RCV2: path, then the `RCV2 flags` setup block.
    public static func recv2(path: String, flags: UInt32 = 0) throws(ADBProtocolError) -> [UInt8] {
        var out = try withPath(.recv2, path)
        out.appendLittleEndian(SyncID.recv2.rawValue)
        out.appendLittleEndian(flags)
        return out
    }

    /// Appends one DATA frame (at most 64 KiB) to `out`.
    public static func appendData(_ chunk: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        precondition(chunk.count <= SyncLimits.maxData)
        out.appendLittleEndian(SyncID.data.rawValue)
        out.appendLittleEndian(UInt32(chunk.count))
        out.append(contentsOf: chunk)
    }

    /// An 8-byte frame: id and a 32-bit value (DONE with mtime, QUIT, OKAY…).
    public static func frame(_ id: SyncID, _ value: UInt32 = 0) -> [UInt8] {
        var out = [UInt8]()
        out.appendLittleEndian(id.rawValue)
        out.appendLittleEndian(value)
        return out
    }

    /// A FAIL frame with its message.
    public static func fail(_ message: String) -> [UInt8] {
        let bytes = Array(message.utf8)
        return frame(.fail, UInt32(bytes.count)) + bytes
    }
}
