/// A request as the tablet side of `sync:` reads it.
public enum SyncDeviceRequest: Sendable, Equatable {
    case stat(String), stat2(String), lstat2(String)
    case list(String), list2(String)
    /// SEND v1: the payload is `path,mode`.
    case send(pathAndMode: String)
    case send2(path: String, mode: UInt32, flags: UInt32)
    case recv(String)
    case recv2(path: String, flags: UInt32)
    /// A file chunk of a push.
    case data([UInt8])
    /// The end of a push, with the file's mtime.
    case done(mtime: UInt32)
    case quit
}

/// Tablet side: turns the `sync:` stream into requests (used by the simulator).
public struct SyncRequestDecoder: Sendable {
    private var queue = ByteQueue()

    /// Creates a decoder.
    public init() {}

    /// Adds received bytes.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { queue.append(bytes) }

    /// Bytes received and not yet decoded.
    public var bufferedCount: Int { queue.count }

    /// When the next request is a whole DATA chunk, hands its bytes to `body` without copying them, consumes it and
    /// returns true; otherwise returns false (call `next()`). The push path of a tablet writes file data this way.
    public mutating func nextData(_ body: (ArraySlice<UInt8>) throws -> Void) throws -> Bool {
        let available = queue.count
        guard available >= 8 else { return false }
        let view = queue.view
        guard SyncID(rawValue: view.readLittleEndian(UInt32.self, at: 0)) == .data else { return false }
        let length = Int(view.readLittleEndian(UInt32.self, at: 4))
        guard length <= SyncLimits.maxData, available >= 8 + length else { return false }
        try body(queue.slice(at: 8, length: length))
        queue.consume(8 + length)
        return true
    }

    /// The next whole request, or nil when more bytes are needed.
    public mutating func next() throws(ADBProtocolError) -> SyncDeviceRequest? {
        let available = queue.count
        guard available >= 8 else { return nil }
        let view = queue.view
        let id = SyncID(rawValue: view.readLittleEndian(UInt32.self, at: 0))
        let word = view.readLittleEndian(UInt32.self, at: 4)
        switch id {
        case .data:
            guard word <= UInt32(SyncLimits.maxData) else { throw .unexpected("sync DATA of \(word) bytes (limit 65536)") }
            guard available >= 8 + Int(word) else { return nil }
            let data = queue.bytes(at: 8, length: Int(word))
            queue.consume(8 + Int(word))
            return .data(data)
        case .done:
            queue.consume(8)
            return .done(mtime: word)
        case .quit:
            queue.consume(8)
            return .quit
        case .stat, .stat2, .lstat2, .list, .list2, .send, .recv, .send2, .recv2:
            guard word <= UInt32(SyncLimits.maxPath) else { throw .unexpected("path too long") }
            let extra = id == .send2 ? 12 : (id == .recv2 ? 8 : 0)
            let length = Int(word)
            guard available >= 8 + length + extra else { return nil }
            let path = String(decoding: view.dropFirst(8).prefix(length), as: UTF8.self)
            let setup = view.dropFirst(8 + length)
            queue.consume(8 + length + extra)
            switch id {
            case .stat: return .stat(path)
            case .stat2: return .stat2(path)
            case .lstat2: return .lstat2(path)
            case .list: return .list(path)
            case .list2: return .list2(path)
            case .send: return .send(pathAndMode: path)
            case .recv: return .recv(path)
            case .send2:
                guard SyncID(rawValue: setup.readLittleEndian(UInt32.self, at: 0)) == .send2 else {
                    throw .unexpected("SND2 without its setup block")
                }
                return .send2(path: path, mode: setup.readLittleEndian(UInt32.self, at: 4),
                              flags: setup.readLittleEndian(UInt32.self, at: 8))
            default:
                guard SyncID(rawValue: setup.readLittleEndian(UInt32.self, at: 0)) == .recv2 else {
                    throw .unexpected("RCV2 without its setup block")
                }
                return .recv2(path: path, flags: setup.readLittleEndian(UInt32.self, at: 4))
            }
        default:
            throw .unexpected("unknown sync request \(id.description.debugDescription)")
        }
    }
}
