import Foundation
import Signing

/// toybox file commands over the fs/ tree: cat, ls, rm, mkdir, touch, stat, sha256sum, wc, df, cd, pwd.
/// All run with `lock` held.
extension AndroidPersona {
    /// Splits toybox-style flags ("-rf", "-l") from operands; `--` ends flags.
    static func splitFlags(_ args: [String]) -> (flags: Set<Character>, operands: [String]) {
        var flags = Set<Character>(), operands: [String] = [], done = false
        for a in args {
            if !done, a == "--" { done = true; continue }
            if !done, a.hasPrefix("-"), a.count > 1 { flags.formUnion(a.dropFirst()) } else { operands.append(a) }
        }
        return (flags, operands)
    }

    /// Looks up a device path: (normalised path, host URL, is directory) or a toybox error reason.
    private func lookup(_ path: String) -> (device: String, host: URL, isDir: Bool)? {
        guard let device = normalizeDevicePath(path) else { return nil }
        let host = hostURL(forNormalized: device)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: host.path, isDirectory: &isDir) else { return nil }
        return (device, host, isDir.boolValue)
    }

    func cmdCat(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let files = args.isEmpty ? ["-"] : args
        var code: Int32 = 0
        for f in files {
            if f == "-" { io.out += io.input.readAll(); continue }
            guard case let (device, host, isDir)? = lookup(f) else { io.errLine("cat: \(f): No such file or directory"); code = 1; continue }
            if Self.isReadDenied(device) { io.errLine("cat: \(f): Permission denied"); code = 1; continue }
            if isDir { io.errLine("cat: \(f): Is a directory"); code = 1; continue }
            if let data = FileManager.default.contents(atPath: host.path) { io.out += [UInt8](data) }
        }
        return code
    }

    func cmdLs(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let (flags, operands) = Self.splitFlags(args)
        let paths = operands.isEmpty ? ["."] : operands
        let long = flags.contains("l"), all = flags.contains("a")
        var code: Int32 = 0
        for (index, p) in paths.enumerated() {
            guard case let (device, host, isDir)? = lookup(p) else { io.errLine("ls: \(p): No such file or directory"); code = 1; continue }
            if Self.isReadDenied(device) && isDir { io.errLine("ls: \(p): Permission denied"); code = 1; continue }
            if !isDir || flags.contains("d") {
                io.line(long ? longLine(host, name: p, device: device) : p); continue
            }
            if paths.count > 1 { io.line((index > 0 ? "\n" : "") + p + ":") }
            var names = ((try? FileManager.default.contentsOfDirectory(atPath: host.path)) ?? []).sorted()
            if !all { names = names.filter { !$0.hasPrefix(".") } } else { names = [".", ".."] + names }
            if long {
                let blocks = names.reduce(Int64(0)) { sum, n in sum + (fileSize(host.appendingPathComponent(n)) + 4095) / 4096 * 4 }
                io.line("total \(blocks)")
            }
            for n in names {
                io.line(long ? longLine(host.appendingPathComponent(n), name: n, device: device + "/" + n) : n)
            }
        }
        return code
    }

    private func fileSize(_ url: URL) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    private func longLine(_ url: URL, name: String, device: String) -> String {
        let attrs = (try? FileManager.default.attributesOfItem(atPath: url.path)) ?? [:]
        let isDir = (attrs[.type] as? FileAttributeType) == .typeDirectory
        let size = isDir ? 3488 : fileSize(url)
        let date = (attrs[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: state.identity.timeZone) ?? TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let sdcard = device.hasPrefix("/sdcard")
        let mode = isDir ? (sdcard ? "drwxrws---" : "drwxrwx--x") : (sdcard ? "-rw-rw----" : "-rw-rw-rw-")
        let owner = sdcard ? "u0_a187 media_rw" : "shell shell"
        return "\(mode) \(isDir ? 2 : 1) \(owner) \(size) \(formatter.string(from: date)) \(name)"
    }

    func cmdRm(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let (flags, operands) = Self.splitFlags(args)
        let force = flags.contains("f"), recursive = flags.contains("r") || flags.contains("R")
        var code: Int32 = 0
        for p in operands {
            guard case let (device, host, isDir)? = lookup(p) else {
                if !force { io.errLine("rm: \(p): No such file or directory"); code = 1 }
                continue
            }
            if !Self.isWritable(device) { io.errLine("rm: \(p): \(Self.denialReason(device))"); code = 1; continue }
            if isDir && !recursive { io.errLine("rm: \(p): Is a directory"); code = 1; continue }
            do { try FileManager.default.removeItem(at: host) } catch { io.errLine("rm: \(p): Permission denied"); code = 1 }
        }
        if operands.isEmpty && !force { io.errLine("rm: Needs 1 argument"); return 1 }
        return code
    }

    func cmdMkdir(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let (flags, operands) = Self.splitFlags(args.filter { !$0.hasPrefix("-m") })
        let parents = flags.contains("p")
        var code: Int32 = 0
        if operands.isEmpty { io.errLine("mkdir: Needs 1 argument"); return 1 }
        for p in operands {
            guard let device = normalizeDevicePath(p) else { io.errLine("mkdir: '\(p)': No such file or directory"); code = 1; continue }
            if let existing = lookup(p) {
                if !(parents && existing.isDir) { io.errLine("mkdir: '\(p)': File exists"); code = 1 }
                continue
            }
            if !Self.isWritable(device) { io.errLine("mkdir: '\(p)': \(Self.denialReason(device))"); code = 1; continue }
            if !hasSpaceLocked(4096) { io.errLine("mkdir: '\(p)': \(Self.noSpaceText)"); code = 1; continue }
            do {
                try FileManager.default.createDirectory(at: hostURL(forNormalized: device), withIntermediateDirectories: parents)
            } catch { io.errLine("mkdir: '\(p)': No such file or directory"); code = 1 }
        }
        return code
    }

    func cmdTouch(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let (_, operands) = Self.splitFlags(args)
        var code: Int32 = 0
        for p in operands {
            if case let (_, host, _)? = lookup(p) {
                try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: host.path)
                continue
            }
            guard let device = normalizeDevicePath(p), Self.isWritable(device) else {
                io.errLine("touch: '\(p)': \(Self.denialReason(normalizeDevicePath(p) ?? "/"))"); code = 1; continue
            }
            if !FileManager.default.createFile(atPath: hostURL(forNormalized: device).path, contents: Data()) {
                io.errLine("touch: '\(p)': No such file or directory"); code = 1
            }
        }
        return code
    }

    func cmdStat(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        var format: String?, operands: [String] = [], i = 0
        while i < args.count {
            if args[i] == "-c" || args[i] == "--format", i + 1 < args.count { format = args[i + 1]; i += 2; continue }
            if args[i].hasPrefix("--format=") { format = String(args[i].dropFirst(9)) } else if !args[i].hasPrefix("-") { operands.append(args[i]) }
            i += 1
        }
        if operands.isEmpty { io.errLine("stat: Needs 1 argument"); return 1 }
        var code: Int32 = 0
        for p in operands {
            guard case let (_, host, isDir)? = lookup(p) else { io.errLine("stat: '\(p)': No such file or directory"); code = 1; continue }
            let size = isDir ? 3488 : fileSize(host)
            let mtime = Int(((try? FileManager.default.attributesOfItem(atPath: host.path))?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
            guard let format else {
                io.line("  File: \(p)\n  Size: \(size)\t Blocks: \((size + 511) / 512)\t IO Blocks: 4096\t\(isDir ? "directory" : "regular file")")
                continue
            }
            var text = "", escape = false
            for c in format {
                if escape {
                    switch c {
                    case "s": text += String(size)
                    case "n": text += p
                    case "Y": text += String(mtime)
                    case "F": text += isDir ? "directory" : "regular file"
                    case "%": text += "%"
                    default: text += "?"
                    }
                    escape = false
                } else if c == "%" { escape = true } else { text.append(c) }
            }
            io.line(text)
        }
        return code
    }

    func cmdSha256sum(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let (_, operands) = Self.splitFlags(args)
        if operands.isEmpty { io.line(Digest.hex(Digest.sha256(io.input.readAll())) + "  -"); return 0 }
        var code: Int32 = 0
        for p in operands {
            guard case let (device, host, isDir)? = lookup(p), !Self.isReadDenied(device) else {
                io.errLine("sha256sum: \(p): No such file or directory"); code = 1; continue
            }
            if isDir { io.errLine("sha256sum: \(p): Is a directory"); code = 1; continue }
            let bytes = FileManager.default.contents(atPath: host.path).map { [UInt8]($0) } ?? []
            io.line(Digest.hex(Digest.sha256(bytes)) + "  " + p)
        }
        return code
    }

    func cmdWc(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let (flags, operands) = Self.splitFlags(args)
        func counts(_ b: [UInt8]) -> String {
            let lines = b.filter { $0 == 0x0A }.count
            let words = String(decoding: b, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).count
            if flags.contains("c") && !flags.contains("l") { return String(b.count) }
            if flags.contains("l") && !flags.contains("c") { return String(lines) }
            return "\(lines) \(words) \(b.count)"
        }
        if operands.isEmpty { io.line(counts(io.input.readAll())); return 0 }
        var code: Int32 = 0
        for p in operands {
            guard case let (_, host, isDir)? = lookup(p), !isDir else { io.errLine("wc: \(p): No such file or directory"); code = 1; continue }
            io.line(counts(FileManager.default.contents(atPath: host.path).map { [UInt8]($0) } ?? []) + " " + p)
        }
        return code
    }

    func cmdDf(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let total: Int64 = 52_000_000_000
        let free = state.faults.storageFull ? 0 : min(state.identity.storageFree, total)
        let kTotal = total / 1024, kFree = free / 1024, kUsed = kTotal - kFree
        let pct = kTotal > 0 ? Int((kUsed * 100 + kTotal - 1) / kTotal) : 0
        func col(_ v: Any, _ w: Int) -> String { let t = "\(v)"; return String(repeating: " ", count: max(0, w - t.count)) + t }
        io.line("Filesystem        1K-blocks     Used Available Use% Mounted on")
        let mounts = Self.splitFlags(args).operands.isEmpty ? ["/data", "/storage/emulated"] : Self.splitFlags(args).operands
        for m in mounts {
            let dev = m.hasPrefix("/data") ? "/dev/block/dm-45" : "/dev/fuse"
            io.line(dev.padding(toLength: 16, withPad: " ", startingAt: 0) + col(kTotal, 11) + col(kUsed, 9) + col(kFree, 10) + col("\(pct)%", 5) + " " + m)
        }
        return 0
    }

    func cmdCd(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard let p = args.first else { return 0 }
        if let entry = lookup(p), entry.isDir { return 0 }
        io.errLine("/system/bin/sh: cd: \(p): No such file or directory")
        return 2
    }
}
