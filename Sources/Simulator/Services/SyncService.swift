import ADB
import Foundation
import Transports

/// `sync:` on a simulated tablet, over the persona's file tree.
struct SyncService {
    let persona: AndroidPersona
    let stream: ADBStream
    /// The `serve-any-path` fault: every RECV is answered with data, whatever the path (a folder, "..", outside "/").
    var servesAnyPath = false

    /// The handler.
    static func handler(persona: AndroidPersona, servesAnyPath: Bool = false) -> ADBSession.ServiceHandler {
        { stream in SyncService(persona: persona, stream: stream, servesAnyPath: servesAnyPath).run() }
    }

    /// What a tablet with the `serve-any-path` fault sends for a path it has no file for.
    static func anyPathContent(_ path: String) -> [UInt8] { Array("served for \(path)\n".utf8) }

    private struct Upload {
        let target: URL
        let partial: URL
        let handle: FileHandle?
        let mode: UInt32
        var failure: String?
    }

    func run() {
        var decoder = SyncRequestDecoder()
        var upload: Upload?
        while let chunk = try? stream.read(timeout: .seconds(120)) {
            decoder.append(chunk)
            do {
                while true {
                    // File data goes straight from the received packet to the file.
                    if try decoder.nextData({ bytes in
                        guard var current = upload else { throw ADBProtocolError.unexpected("DATA outside a push") }
                        write(bytes, to: &current)
                        upload = current
                    }) { continue }
                    guard let request = try decoder.next() else { break }
                    switch request {
                    case .quit:
                        return
                    case .stat(let path):
                        try stream.write(stat(path).map { $0.v1Reply } ?? SyncStat().v1Reply)
                    case .stat2(let path), .lstat2(let path):
                        let id: SyncID = { if case .stat2 = request { return .stat2 } else { return .lstat2 } }()
                        try stream.write((stat(path) ?? SyncStat(error: 2)).v2Reply(id))
                    case .list(let path), .list2(let path):
                        let v2: Bool = { if case .list2 = request { return true } else { return false } }()
                        try stream.write(listing(path, v2: v2))
                    case .send(let pathAndMode):
                        let comma = pathAndMode.lastIndex(of: ",")
                        let path = comma.map { String(pathAndMode[..<$0]) } ?? pathAndMode
                        let mode = comma.flatMap { UInt32(pathAndMode[pathAndMode.index(after: $0)...]) } ?? 0o100644
                        upload = begin(path, mode: mode)
                    case .send2(let path, let mode, let flags):
                        upload = begin(path, mode: mode)
                        if flags != 0 { upload?.failure = "unknown flags: \(flags)" }
                    case .data(let bytes):
                        guard var current = upload else { throw ADBProtocolError.unexpected("DATA outside a push") }
                        write(bytes[...], to: &current)
                        upload = current
                    case .done(let mtime):
                        guard let current = upload else { throw ADBProtocolError.unexpected("DONE outside a push") }
                        upload = nil
                        try stream.write(finish(current, mtime: mtime))
                    case .recv(let path), .recv2(let path, _):
                        try stream.write(contents(path))
                    }
                }
            } catch {
                try? stream.write(SyncRequest.fail("protocol error: \(error)"))
                return
            }
        }
        if let upload { try? FileManager.default.removeItem(at: upload.partial) }
    }

    /// Writes a DATA chunk of a push (storage permitting), with write(2) on the file: no copy on the way.
    private func write(_ bytes: ArraySlice<UInt8>, to upload: inout Upload) {
        guard upload.failure == nil else { return }
        guard persona.reserveStorage(bytes: Int64(bytes.count)) else {
            upload.failure = "couldn't write \(upload.target.lastPathComponent): \(AndroidPersona.noSpaceText)"
            return
        }
        guard let descriptor = upload.handle?.fileDescriptor else { return }
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { upload.failure = "write failed: \(String(cString: strerror(failure)))" }
    }

    private func stat(_ path: String) -> SyncStat? {
        guard let url = persona.hostPath(forDevicePath: path),
              let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
        let type = attributes[.type] as? FileAttributeType
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.uint32Value ?? 0o644
        var stat = SyncStat(mode: (type == .typeDirectory ? 0o040000 : 0o100000) | permissions,
                            size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
                            mtime: Int64((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0))
        stat.nlink = 1
        stat.uid = 2000
        stat.gid = 2000
        stat.atime = stat.mtime
        stat.ctime = stat.mtime
        stat.ino = UInt64((attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
        return stat
    }

    private func listing(_ path: String, v2: Bool) -> [UInt8] {
        var out: [UInt8] = []
        if let url = persona.hostPath(forDevicePath: path),
           let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) {
            for name in names.sorted() {
                guard let stat = stat((path.hasSuffix("/") ? path : path + "/") + name) else { continue }
                let entry = SyncDirectoryEntry(name: name, stat: stat)
                out += v2 ? entry.v2Record : entry.v1Record
            }
        }
        return out + SyncDirectoryEntry.doneRecord(v2: v2)
    }

    private func begin(_ path: String, mode: UInt32) -> Upload {
        guard let target = persona.hostPath(forDevicePath: path), !path.hasSuffix("/") else {
            return Upload(target: URL(fileURLWithPath: "/nonexistent"), partial: URL(fileURLWithPath: "/nonexistent"), handle: nil,
                          mode: mode, failure: "couldn't create file: Permission denied")
        }
        let directory = target.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let partial = directory.appendingPathComponent(".\(target.lastPathComponent).sync-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil), let handle = try? FileHandle(forWritingTo: partial) else {
            return Upload(target: target, partial: partial, handle: nil, mode: mode, failure: "couldn't create file: Is a directory")
        }
        return Upload(target: target, partial: partial, handle: handle, mode: mode)
    }

    private func finish(_ upload: Upload, mtime: UInt32) -> [UInt8] {
        try? upload.handle?.close()
        if let failure = upload.failure {
            try? FileManager.default.removeItem(at: upload.partial)
            return SyncRequest.fail(failure)
        }
        do {
            let attributes: [FileAttributeKey: Any] = [
                .posixPermissions: NSNumber(value: upload.mode & 0o777),
                .modificationDate: Date(timeIntervalSince1970: TimeInterval(mtime)),
            ]
            try FileManager.default.setAttributes(attributes, ofItemAtPath: upload.partial.path)
            if FileManager.default.fileExists(atPath: upload.target.path) { try FileManager.default.removeItem(at: upload.target) }
            try FileManager.default.moveItem(at: upload.partial, to: upload.target)
            return SyncRequest.frame(.okay)
        } catch {
            try? FileManager.default.removeItem(at: upload.partial)
            return SyncRequest.fail("couldn't create file: \(error.localizedDescription)")
        }
    }

    private func contents(_ path: String) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard let url = persona.hostPath(forDevicePath: path), FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
              !isDirectory.boolValue, let handle = try? FileHandle(forReadingFrom: url) else {
            if servesAnyPath {
                let bytes = Self.anyPathContent(path)
                return SyncRequest.frame(.data, UInt32(bytes.count)) + bytes + SyncRequest.frame(.done)
            }
            // adbd opens a folder, then its first read fails.
            return SyncRequest.fail(isDirectory.boolValue ? "read failed: Is a directory" : "open failed: No such file or directory")
        }
        defer { try? handle.close() }
        var out: [UInt8] = []
        while let block = try? handle.read(upToCount: SyncLimits.maxData), !block.isEmpty {
            out += SyncRequest.frame(.data, UInt32(block.count))
            out += block
            if out.count >= 4 << 20 {
                guard (try? stream.write(out)) != nil else { return [] }
                out.removeAll(keepingCapacity: true)
            }
        }
        return out + SyncRequest.frame(.done)
    }
}
