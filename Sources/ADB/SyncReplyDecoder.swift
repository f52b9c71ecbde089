/// What a sync reply can be.
public enum SyncReply: Sendable, Equatable {
    /// A STAT / STA2 / LST2 answer.
    case stat(SyncStat)
    /// One DENT / DNT2 entry of a listing.
    case entry(SyncDirectoryEntry)
    /// The end of a listing or of a file's DATA.
    case done
    /// A chunk of a pulled file.
    case data([UInt8])
    /// A push succeeded.
    case okay
    /// The tablet refused; its message.
    case fail(String)
}

/// The reply shape the host is waiting for (sync replies are not self-describing).
public enum SyncReplyKind: Sendable, Equatable {
    /// STAT (v1, 16 bytes).
    case statV1
    /// STA2 / LST2 (72 bytes).
    case statV2
    /// DENT… DONE (v1) or DNT2… DONE (v2).
    case listing(v2: Bool)
    /// DATA… DONE, or FAIL.
    case fileData
    /// OKAY or FAIL after a push's DONE.
    case status
}

/// Host side: turns the `sync:` stream into replies, refusing anything malformed.
public struct SyncReplyDecoder: Sendable {
    private var queue = ByteQueue()

    /// Creates a decoder.
    public init() {}

    /// Adds received bytes.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { queue.append(bytes) }

    /// Bytes received and not yet decoded.
    public var bufferedCount: Int { queue.count }

    /// The next reply of the `expected` kind, or nil when more bytes are needed.
    public mutating func next(_ expected: SyncReplyKind) throws(ADBProtocolError) -> SyncReply? {
        guard bufferedCount >= 8 else { return nil }
        let view = queue.view
        let id = SyncID(rawValue: view.readLittleEndian(UInt32.self, at: 0))
        let word = Int(view.readLittleEndian(UInt32.self, at: 4))
        if id == .fail, expected != .statV1, expected != .statV2 {
            guard word <= SyncLimits.maxFailMessage else { throw .unexpected("the tablet sent a sync error message of \(word) bytes") }
            guard bufferedCount >= 8 + word else { return nil }
            let message = String(decoding: view.dropFirst(8).prefix(word), as: UTF8.self)
            queue.consume(8 + word)
            return .fail(message)
        }
        switch expected {
        case .statV1:
            guard id == .stat else { throw unexpected(id, "STAT") }
            guard bufferedCount >= 16 else { return nil }
            let stat = SyncStat(mode: UInt32(word), size: UInt64(view.readLittleEndian(UInt32.self, at: 8)),
                                mtime: Int64(view.readLittleEndian(UInt32.self, at: 12)))
            queue.consume(16)
            return .stat(stat)
        case .statV2:
            guard id == .stat2 || id == .lstat2 else { throw unexpected(id, "STA2") }
            guard bufferedCount >= 72 else { return nil }
            let stat = SyncStat(v2Body: view, at: 4)
            queue.consume(72)
            return .stat(stat)
        case .listing(let v2):
            let recordSize = v2 ? 76 : 20
            guard id == (v2 ? .dent2 : .dent) || id == .done else { throw unexpected(id, v2 ? "DNT2" : "DENT") }
            guard bufferedCount >= recordSize else { return nil }
            if id == .done {
                queue.consume(recordSize)
                return .done
            }
            let nameLength = Int(view.readLittleEndian(UInt32.self, at: recordSize - 4))
            guard nameLength <= 4096 else { throw .unexpected("a directory entry name of \(nameLength) bytes") }
            guard bufferedCount >= recordSize + nameLength else { return nil }
            let stat = v2 ? SyncStat(v2Body: view, at: 4)
                : SyncStat(mode: UInt32(word), size: UInt64(view.readLittleEndian(UInt32.self, at: 8)),
                           mtime: Int64(view.readLittleEndian(UInt32.self, at: 12)))
            let name = String(decoding: view.dropFirst(recordSize).prefix(nameLength), as: UTF8.self)
            queue.consume(recordSize + nameLength)
            return .entry(SyncDirectoryEntry(name: name, stat: stat))
        case .fileData:
            if id == .done {
                queue.consume(8)
                return .done
            }
            guard id == .data else { throw unexpected(id, "DATA") }
            guard word <= SyncLimits.maxData else {
                throw .unexpected("the tablet sent a file chunk of \(word) bytes, over the 64 KiB the protocol allows")
            }
            guard bufferedCount >= 8 + word else { return nil }
            let data = queue.bytes(at: 8, length: word)
            queue.consume(8 + word)
            return .data(data)
        case .status:
            guard id == .okay else { throw unexpected(id, "OKAY") }
            queue.consume(8)
            return .okay
        }
    }

    private func unexpected(_ id: SyncID, _ wanted: String) -> ADBProtocolError {
        .unexpected("the tablet answered \(id.description.debugDescription) where sync expects \(wanted)")
    }
}
