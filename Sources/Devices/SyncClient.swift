import ADB
import Diagnostics
import Transports
import Foundation

/// Progress of a file transfer.
public struct TransferProgress: Sendable {
    /// Bytes moved so far.
    public var bytes: Int64
    /// Total bytes, when known.
    public var total: Int64
}

/// A `sync:` stream to one tablet, for any number of stat, list, push and pull requests.
public final class SyncClient {
    private let device: ADBDevice
    private let stream: ADBStream
    private var decoder = SyncReplyDecoder()
    private let timeout: Duration?

    /// Opens `sync:` on the tablet.
    public init(device: ADBDevice, timeout: Duration? = nil) throws {
        self.device = device
        self.timeout = timeout
        stream = try device.session.openStream(ADBService.sync, timeout: timeout)
    }

    deinit {
        try? stream.write(SyncRequest.frame(.quit), timeout: .seconds(1))
        stream.close()
    }

    private func reply(_ kind: SyncReplyKind) throws -> SyncReply {
        while true {
            do {
                if let reply = try decoder.next(kind) { return reply }
            } catch {
                throw DeviceError.transport(TransportError.protocolViolation(error), tablet: device.label)
            }
            guard let chunk = try stream.read(timeout: timeout) else {
                throw DeviceError(.disconnected, tablet: device.label, summary: Say.tabletEndedTransferEarly(device.label),
                                  reason: Say.syncClosedMidReply, action: Say.checkCableRunAgain)
            }
            decoder.append(chunk)
        }
    }

    private func request(_ bytes: () throws(ADBProtocolError) -> [UInt8]) throws -> [UInt8] {
        do { return try bytes() } catch {
            throw DeviceError(.badInput, tablet: device.label, summary: Say.cannotSendPath(device.label),
                              reason: error.description, action: Say.useShorterPath)
        }
    }

    /// Metadata of `path` (following links with stat_v2; nil when it does not exist).
    public func stat(_ path: String) throws -> SyncStat? {
        let v2 = device.supports(ADBFeature.statV2)
        try stream.write(try request { () throws(ADBProtocolError) in try SyncRequest.withPath(v2 ? .stat2 : .stat, path) }, timeout: timeout)
        guard case .stat(let stat) = try reply(v2 ? .statV2 : .statV1) else { return nil }
        return stat.exists ? stat : nil
    }

    /// The entries of a directory (without "." and "..").
    public func list(_ path: String) throws -> [SyncDirectoryEntry] {
        let v2 = device.supports(ADBFeature.lsV2)
        try stream.write(try request { () throws(ADBProtocolError) in try SyncRequest.withPath(v2 ? .list2 : .list, path) }, timeout: timeout)
        var entries: [SyncDirectoryEntry] = []
        while true {
            switch try reply(.listing(v2: v2)) {
            case .entry(let entry) where entry.name != "." && entry.name != "..":
                guard entries.count < TabletLimits.listEntries else {
                    throw TabletLimits.tooMuch(device.label, Say.whileListing(TabletText.clean(path, limit: 80)), limit: Say.entryCount(TabletLimits.listEntries))
                }
                entries.append(entry)
            case .done: return entries
            case .fail(let message): throw failure(Say.tabletRefusedToList(device.label, path: path), message)
            default: continue
            }
        }
    }

    /// Sends the file at `local` to `remote` (mode and mtime kept), reporting progress.
    public func push(local: URL, remote: String, progress: ((TransferProgress) -> Void)? = nil) throws {
        let handle: FileHandle
        let attributes: [FileAttributeKey: Any]
        do {
            handle = try FileHandle(forReadingFrom: local)
            attributes = try FileManager.default.attributesOfItem(atPath: local.path)
        } catch {
            throw DeviceError(.badInput, tablet: device.label, summary: Say.cannotReadLocalFile(local.path),
                              reason: Say.localFileUnreadable, action: Say.checkPathPermissions)
        }
        defer { try? handle.close() }
        let total = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.uint32Value ?? 0o644
        let mtime = UInt32(clamping: Int((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0))
        let mode = 0o100000 | (permissions & 0o7777)
        let v2 = device.supports(ADBFeature.sendRecvV2)
        var buffer = try request { () throws(ADBProtocolError) in
            v2 ? try SyncRequest.send2(path: remote, mode: mode) : try SyncRequest.send(path: remote, mode: mode)
        }
        // DATA frames are packed into buffers of at most one packet, so each goes out as one WRTE without copying.
        let packetLimit = max(device.session.info.maxPayload, SyncLimits.maxData + 16)
        buffer.reserveCapacity(packetLimit)
        var sent: Int64 = 0
        while true {
            let block: Data
            do { block = try handle.read(upToCount: 4 << 20) ?? Data() } catch {
                throw DeviceError(.badInput, tablet: device.label, summary: Say.readingLocalFileFailed(local.path),
                                  reason: "\(error.localizedDescription)", action: Say.checkDiskAndFile)
            }
            if block.isEmpty { break }
            var offset = 0
            while offset < block.count {
                let end = min(block.count, offset + SyncLimits.maxData)
                if buffer.count + 8 + (end - offset) > packetLimit {
                    try stream.write(buffer, timeout: timeout)
                    buffer.removeAll(keepingCapacity: true)
                }
                block.withUnsafeBytes { raw in
                    SyncRequest.appendData(UnsafeRawBufferPointer(rebasing: raw[offset..<end]), to: &buffer)
                }
                offset = end
            }
            sent += Int64(block.count)
            progress?(TransferProgress(bytes: sent, total: total))
        }
        if buffer.count + 8 > packetLimit {
            try stream.write(buffer, timeout: timeout)
            buffer.removeAll(keepingCapacity: true)
        }
        buffer += SyncRequest.frame(.done, mtime)
        try stream.write(buffer, timeout: timeout)
        switch try reply(.status) {
        case .okay: return
        case .fail(let message): throw failure(Say.tabletRefusedToPush(device.label, path: remote), message)
        default: throw failure(Say.tabletRefusedToPush(device.label, path: remote), Say.syncUnexpectedReply)
        }
    }

    /// Fetches `remote` into the file `local`, written to a temporary file beside it and moved into place when
    /// complete, so an interrupted or refused pull leaves nothing behind. A folder at `local` is never replaced,
    /// an existing file only when `replace` is true (checked before the transfer and again by the move itself).
    public func pull(remote: String, local: URL, replace: Bool = false, progress: ((TransferProgress) -> Void)? = nil) throws {
        try PullDestination.checkReplaceable(local, replace: replace, tablet: device.label)
        let total = Int64((try? stat(remote))??.size ?? 0)
        let partial = local.deletingLastPathComponent()
            .appendingPathComponent(".\(local.lastPathComponent).valise-partial-\(UUID().uuidString.prefix(8))")
        // O_EXCL: a file or link already at that name is never written through.
        let descriptor = open(partial.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DeviceError(.badInput, tablet: device.label, summary: Say.cannotWriteLocalFile(local.path),
                              reason: Say.folderNotWritable, action: Say.checkDestinationFolder,
                              detail: "open \(partial.path): \(String(cString: strerror(errno)))")
        }
        let out = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var complete = false
        defer {
            try? out.close()
            if !complete { unlink(partial.path) }
        }
        let v2 = device.supports(ADBFeature.sendRecvV2)
        try stream.write(try request { () throws(ADBProtocolError) in
            v2 ? try SyncRequest.recv2(path: remote) : try SyncRequest.withPath(.recv, remote)
        }, timeout: timeout)
        var received: Int64 = 0
        loop: while true {
            switch try reply(.fileData) {
            case .data(let bytes):
                do { try out.write(contentsOf: bytes) } catch {
                    throw writeFailure(local, error)
                }
                received += Int64(bytes.count)
                progress?(TransferProgress(bytes: received, total: total))
            case .done: break loop
            case .fail(let message): throw failure(Say.tabletRefusedToPull(device.label, path: remote), message)
            default: throw failure(Say.tabletRefusedToPull(device.label, path: remote), Say.syncUnexpectedReply)
            }
        }
        do { try out.synchronize() } catch { throw writeFailure(local, error) }
        try place(partial, at: local, replace: replace)
        complete = true
    }

    /// Moves a complete pull into place: rename(2) over a file when asked (it never replaces a folder),
    /// else link(2), which never replaces anything (with a check then rename on disks without links).
    private func place(_ partial: URL, at local: URL, replace: Bool) throws {
        if !replace {
            if link(partial.path, local.path) == 0 {
                unlink(partial.path)
                return
            }
            try PullDestination.checkReplaceable(local, replace: false, tablet: device.label)
        } else {
            try PullDestination.checkReplaceable(local, replace: true, tablet: device.label)
        }
        guard rename(partial.path, local.path) == 0 else {
            let why = String(cString: strerror(errno))
            try PullDestination.checkReplaceable(local, replace: replace, tablet: device.label)
            throw DeviceError(.badInput, tablet: device.label, summary: Say.cannotWriteLocalFile(local.path),
                              reason: Say.couldNotPutInPlace(why), action: Say.checkDestinationFolder)
        }
    }

    private func writeFailure(_ local: URL, _ error: Error) -> DeviceError {
        DeviceError(.badInput, tablet: device.label, summary: Say.writingLocalFileFailed(local.path),
                    reason: error.localizedDescription, action: Say.freeDiskSpaceFix)
    }

    /// `summary`: what the tablet refused (`Say.tabletRefusedToList` and the like).
    private func failure(_ summary: String, _ message: String) -> DeviceError {
        let full = message.contains("No space") || message.contains("ENOSPC")
        return DeviceError(full ? .storageFull : .transferFailed, tablet: device.label,
                           summary: summary, reason: Say.tabletSaid(message),
                           action: full ? Say.freeTabletSpaceFix : Say.checkTabletPathFix)
    }
}
