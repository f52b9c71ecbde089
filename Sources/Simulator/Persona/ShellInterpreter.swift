import Foundation

/// Standard input shared by the commands of one command line (the first reader consumes it).
final class PersonaInput {
    private var bytes: [UInt8]
    private var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    /// Everything not read yet.
    func readAll() -> [UInt8] { read(max: Int.max) }
    /// Up to `n` bytes.
    func read(max n: Int) -> [UInt8] {
        let end = offset + min(max(n, 0), bytes.count - offset)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

/// The streams of one running command.
struct PersonaIO {
    let input: PersonaInput
    var out: [UInt8] = []
    var err: [UInt8] = []
    /// Writes `text` to stdout as is.
    mutating func write(_ text: String) { out += Array(text.utf8) }
    /// Writes `text` and a newline to stdout.
    mutating func line(_ text: String) { out += Array(text.utf8); out.append(0x0A) }
    /// Writes `text` and a newline to stderr.
    mutating func errLine(_ text: String) { err += Array(text.utf8); err.append(0x0A) }
}

/// Runs parsed command lines against a persona, as mksh (/system/bin/sh) would for adbd.
struct PersonaInterpreter {
    let persona: AndroidPersona
    private var status: Int32 = 0
    private var out: [UInt8] = []
    private var err: [UInt8] = []
    private var exited = false
    static let shell = "/system/bin/sh"
    static let maxSleep = 5.0
    private let env: [String: String] = [
        "HOME": "/", "USER": "shell", "SHELL": "/system/bin/sh", "HOSTNAME": "localhost",
        "TMPDIR": "/data/local/tmp", "ANDROID_DATA": "/data", "ANDROID_ROOT": "/system",
        "EXTERNAL_STORAGE": "/sdcard", "PATH": "/product/bin:/apex/com.android.runtime/bin:/apex/com.android.art/bin:/system_ext/bin:/system/bin:/system/xbin:/odm/bin:/vendor/bin:/vendor/xbin",
    ]

    /// Nesting level of `sh -c` (bounded).
    private let depth: Int

    init(persona: AndroidPersona, depth: Int = 0) { self.persona = persona; self.depth = depth }

    /// Parses and runs `line`; returns what it wrote and the status of the last command.
    mutating func run(_ line: String, stdin: [UInt8]) -> ShellResult {
        let items: [PersonaPipelineItem]
        do { items = try PersonaShellParser.parse(line) } catch {
            return ShellResult(stdout: [], stderr: Array("\(Self.shell): syntax error: \(error.message)\n".utf8), exitCode: 1)
        }
        let input = PersonaInput(stdin)
        for item in items {
            if exited { break }
            if item.connector == "&&" && status != 0 { continue }
            if item.connector == "||" && status == 0 { continue }
            runPipeline(item.commands, input: input)
        }
        return ShellResult(stdout: out, stderr: err, exitCode: status)
    }

    private mutating func runPipeline(_ commands: [PersonaSimpleCommand], input: PersonaInput) {
        var pipeInput = input
        for (index, command) in commands.enumerated() {
            if exited { return }
            let last = index == commands.count - 1
            let (code, piped) = runSimple(command, input: pipeInput, toPipe: !last)
            status = code
            if !last { pipeInput = PersonaInput(piped) }
        }
    }

    private func expand(_ word: PersonaShellWord) -> String {
        word.parts.map { part -> String in
            switch part {
            case .literal(let s): return s
            case .variable("?"): return String(status)
            case .variable("$"): return "4242"
            case .variable("#"): return "0"
            case .variable("0"): return Self.shell
            case .variable(let name): return env[name] ?? ""
            }
        }.joined()
    }

    private enum Sink { case out, err, null, file(Int) }

    /// Runs one simple command with its redirections; returns its status.
    private mutating func runSimple(_ command: PersonaSimpleCommand, input: PersonaInput, toPipe: Bool) -> (Int32, [UInt8]) {
        var piped: [UInt8] = []
        var fds: [Int: Sink] = [1: .out, 2: .err]
        var files: [(device: String, host: URL, data: [UInt8])] = []
        var stdinSource = input
        for r in command.redirections {
            let target = expand(r.target)
            if r.op.hasSuffix("&") {
                if target == "-" { fds[r.fd] = .null; continue }
                guard let src = Int(target), let sink = fds[src] ?? (src == 0 ? .null : nil) else {
                    err += Array("\(Self.shell): \(target): bad file descriptor\n".utf8); return (1, [])
                }
                fds[r.fd] = sink
                continue
            }
            if r.op == "<" {
                guard let data = persona.readDeviceFile(target) else {
                    err += Array("\(Self.shell): can't open \(target): No such file or directory\n".utf8); return (1, [])
                }
                if r.fd == 0 { stdinSource = PersonaInput(data) }
                continue
            }
            if target == "/dev/null" { fds[r.fd] = .null; continue }
            switch persona.openForWriting(target, append: r.op == ">>") {
            case .failure(let reason):
                err += Array("\(Self.shell): can't create \(target): \(reason)\n".utf8); return (1, [])
            case .success(let host):
                files.append((target, host, []))
                fds[r.fd] = .file(files.count - 1)
            }
        }
        var io = PersonaIO(input: stdinSource)
        let words = command.words.map(expand)
        var code: Int32 = 0
        if let first = words.first {
            let name = Self.commandName(first)
            let args = Array(words.dropFirst())
            switch name {
            case "exit":
                code = args.first.map { Int32(truncatingIfNeeded: Int($0) ?? 2) & 0xFF } ?? status
                exited = true
            case "sleep":
                code = Self.sleep(args, &io)
            case "sh" where args.count >= 2 && args[0] == "-c" && depth < 8:
                var nested = PersonaInterpreter(persona: persona, depth: depth + 1)
                let result = nested.run(args[1], stdin: stdinSource.readAll())
                io.out += result.stdout; io.err += result.stderr
                code = result.exitCode
            default:
                code = persona.mutate { persona.dispatch(name, args, &io) }
            }
        }
        // Route what the command wrote.
        func route(_ bytes: [UInt8], _ sink: Sink?) {
            guard !bytes.isEmpty, let sink else { return }
            switch sink {
            case .out: if toPipe { piped += bytes } else { out += bytes }
            case .err: err += bytes
            case .null: break
            case .file(let i): files[i].data += bytes
            }
        }
        route(io.out, fds[1])
        route(io.err, fds[2])
        for file in files where !file.data.isEmpty {
            if !persona.appendToDeviceFile(file.host, file.data) {
                err += Array("\(Self.shell): write error: \(AndroidPersona.noSpaceText)\n".utf8)
                code = 1
            }
        }
        return (code, piped)
    }

    /// "/system/bin/pm" -> "pm"; other paths keep their text (and are not found).
    static func commandName(_ word: String) -> String {
        for prefix in ["/system/bin/", "/system/xbin/", "/vendor/bin/"] where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if !rest.isEmpty && !rest.contains("/") { return rest }
        }
        return word
    }

    static func sleep(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard let text = args.first, let seconds = Double(text), seconds.isFinite, seconds >= 0 else {
            io.errLine("sleep: Bad number '\(args.first ?? "")'"); return 1
        }
        Thread.sleep(forTimeInterval: min(seconds, maxSleep))
        return 0
    }
}
