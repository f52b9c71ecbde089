import Foundation

/// Text filters often found after a pipe: `grep` (fixed strings, with ^/$ anchors; no regular expressions),
/// `head -n N`, `tail -n N`. Lock held.
extension AndroidPersona {
    /// Reads FILE operands (or stdin); returns nil after printing an error.
    private func textInput(_ tool: String, _ operands: [String], _ io: inout PersonaIO) -> [Substring]? {
        var bytes: [UInt8] = []
        if operands.isEmpty { bytes = io.input.readAll() }
        for f in operands {
            guard let device = normalizeDevicePath(f), !Self.isReadDenied(device),
                  let data = FileManager.default.contents(atPath: hostURL(forNormalized: device).path) else {
                io.errLine("\(tool): \(f): No such file or directory"); return nil
            }
            bytes += data
        }
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    func cmdGrep(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        var flags = Set<Character>(), rest: [String] = [], pattern: String?, i = 0
        while i < args.count {
            let a = args[i]
            if a == "-e", i + 1 < args.count { pattern = args[i + 1]; i += 2; continue }
            if a.hasPrefix("-"), a.count > 1, pattern == nil || !rest.isEmpty { flags.formUnion(a.dropFirst()) } else if pattern == nil { pattern = a } else { rest.append(a) }
            i += 1
        }
        guard var needle = pattern else { io.errLine("usage: grep [-civqF] PATTERN [FILE...]"); return 2 }
        guard let lines = textInput("grep", rest, &io) else { return 2 }
        let ignoreCase = flags.contains("i")
        var anchoredStart = false, anchoredEnd = false
        if !flags.contains("F") {
            if needle.hasPrefix("^") { anchoredStart = true; needle.removeFirst() }
            if needle.hasSuffix("$") { anchoredEnd = true; needle.removeLast() }
        }
        if ignoreCase { needle = needle.lowercased() }
        var matches: [Substring] = []
        for line in lines {
            let hay = ignoreCase ? Substring(line.lowercased()) : line
            var hit: Bool
            switch (anchoredStart, anchoredEnd) {
            case (true, true): hit = hay == needle
            case (true, false): hit = hay.hasPrefix(needle)
            case (false, true): hit = hay.hasSuffix(needle)
            case (false, false): hit = needle.isEmpty || hay.contains(needle)
            }
            if flags.contains("v") { hit.toggle() }
            if hit { matches.append(line) }
        }
        if flags.contains("c") { io.line(String(matches.count)) } else if !flags.contains("q") {
            for m in matches { io.line(String(m)) }
        }
        return matches.isEmpty ? 1 : 0
    }

    func cmdHeadTail(_ tool: String, _ args: [String], _ io: inout PersonaIO) -> Int32 {
        var count = 10, files: [String] = [], i = 0
        while i < args.count {
            let a = args[i]
            if a == "-n", i + 1 < args.count { count = Int(args[i + 1]) ?? 10; i += 2; continue }
            if a.hasPrefix("-n"), let n = Int(a.dropFirst(2)) { count = n } else if a.hasPrefix("-"), let n = Int(a.dropFirst()) { count = n } else { files.append(a) }
            i += 1
        }
        guard let lines = textInput(tool, files, &io) else { return 1 }
        let n = max(0, count)
        for line in tool == "head" ? Array(lines.prefix(n)) : Array(lines.suffix(n)) { io.line(String(line)) }
        return 0
    }
}
