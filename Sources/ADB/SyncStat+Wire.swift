extension SyncStat {
    /// Size of the v2 stat body after the id (error … ctime).
    static let v2BodySize = 68

    /// Appends the v2 body: error, dev, ino, mode, nlink, uid, gid, size, atime, mtime, ctime.
    public func appendV2Body(to out: inout [UInt8]) {
        out.appendLittleEndian(error)
        out.appendLittleEndian(dev)
        out.appendLittleEndian(ino)
        out.appendLittleEndian(mode)
        out.appendLittleEndian(nlink)
        out.appendLittleEndian(uid)
        out.appendLittleEndian(gid)
        out.appendLittleEndian(size)
        out.appendLittleEndian(atime)
        out.appendLittleEndian(mtime)
        out.appendLittleEndian(ctime)
    }

    /// Reads a v2 body at `offset`.
    init<C: Collection>(v2Body bytes: C, at offset: Int) where C.Element == UInt8 {
        self.init()
        error = bytes.readLittleEndian(UInt32.self, at: offset)
        dev = bytes.readLittleEndian(UInt64.self, at: offset + 4)
        ino = bytes.readLittleEndian(UInt64.self, at: offset + 12)
        mode = bytes.readLittleEndian(UInt32.self, at: offset + 20)
        nlink = bytes.readLittleEndian(UInt32.self, at: offset + 24)
        uid = bytes.readLittleEndian(UInt32.self, at: offset + 28)
        gid = bytes.readLittleEndian(UInt32.self, at: offset + 32)
        size = bytes.readLittleEndian(UInt64.self, at: offset + 36)
        atime = bytes.readLittleEndian(Int64.self, at: offset + 44)
        mtime = bytes.readLittleEndian(Int64.self, at: offset + 52)
        ctime = bytes.readLittleEndian(Int64.self, at: offset + 60)
    }

    /// The STAT (v1) reply: id, mode, size, mtime (32-bit each).
    public var v1Reply: [UInt8] {
        var out = SyncRequest.frame(.stat, mode)
        out.appendLittleEndian(UInt32(truncatingIfNeeded: size))
        out.appendLittleEndian(UInt32(truncatingIfNeeded: mtime))
        return out
    }

    /// The STA2 / LST2 reply.
    public func v2Reply(_ id: SyncID) -> [UInt8] {
        var out = [UInt8]()
        out.appendLittleEndian(id.rawValue)
        appendV2Body(to: &out)
        return out
    }
}

extension SyncDirectoryEntry {
    /// A DENT record (v1).
    public var v1Record: [UInt8] {
        let name = Array(self.name.utf8)
        var out = SyncRequest.frame(.dent, stat.mode)
        out.appendLittleEndian(UInt32(truncatingIfNeeded: stat.size))
        out.appendLittleEndian(UInt32(truncatingIfNeeded: stat.mtime))
        out.appendLittleEndian(UInt32(name.count))
        return out + name
    }

    /// A DNT2 record (v2).
    public var v2Record: [UInt8] {
        let name = Array(self.name.utf8)
        var out = [UInt8]()
        out.appendLittleEndian(SyncID.dent2.rawValue)
        stat.appendV2Body(to: &out)
        out.appendLittleEndian(UInt32(name.count))
        return out + name
    }

    /// The DONE record that ends a LIST (20 bytes) or LIS2 (76 bytes) listing.
    public static func doneRecord(v2: Bool) -> [UInt8] {
        SyncRequest.frame(.done) + [UInt8](repeating: 0, count: v2 ? SyncStat.v2BodySize : 12)
    }
}
