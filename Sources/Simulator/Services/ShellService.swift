import ADB
import Foundation
import Transports

/// `shell:` (v1: merged output, no exit code) and `shell,v2,…:` (packets, exit code) on a simulated tablet.
enum ShellService {
    /// The handler for a `shell…:` service string.
    static func handler(_ service: String, persona: AndroidPersona, faults: SimulatedFaults = SimulatedFaults()) -> ADBSession.ServiceHandler? {
        guard let colon = service.firstIndex(of: ":") else { return nil }
        let arguments = service[..<colon].split(separator: ",").dropFirst()
        let command = String(service[service.index(after: colon)...])
        let v2 = arguments.contains("v2")
        if let hostile = HostileShell(faults: faults, command: command, v2: v2, persona: persona) { return hostile.handler }
        return { stream in
            guard !command.isEmpty else {
                let message = Array("valise-sim: interactive shells are not simulated\n".utf8)
                if v2 {
                    try? stream.write(ShellPacket(.stderr, message).encoded + ShellPacket(.exit, [1]).encoded)
                } else {
                    try? stream.write(message)
                }
                return
            }
            let stdin = v2 && needsStdin(command) ? readStdin(stream) : []
            let result = persona.run(command, stdin: stdin)
            if v2 {
                var out: [UInt8] = []
                if !result.stdout.isEmpty { out += ShellPacket(.stdout, result.stdout).encoded }
                if !result.stderr.isEmpty { out += ShellPacket(.stderr, result.stderr).encoded }
                out += ShellPacket(.exit, [UInt8(truncatingIfNeeded: result.exitCode)]).encoded
                try? stream.write(out)
            } else {
                let merged = result.stdout + result.stderr
                if !merged.isEmpty { try? stream.write(merged) }
            }
        }
    }

    /// Commands that read their standard input (the others start at once, as a real shell would).
    static func needsStdin(_ command: String) -> Bool {
        let words = command.split(separator: " ")
        if words.contains("-S") && words.contains(where: { $0.hasPrefix("install") }) { return true }
        return words.first == "cat" && words.count == 1 || words.first == "sh" && words.count == 1
    }

    /// Collects stdin packets until the host closes stdin (or the stream).
    static func readStdin(_ stream: ADBStream) -> [UInt8] {
        var decoder = ShellPacketDecoder()
        var stdin: [UInt8] = []
        while let chunk = try? stream.read(timeout: .seconds(60)) {
            decoder.append(chunk)
            while let packet = try? decoder.next() {
                switch packet.id {
                case .stdin: stdin += packet.data
                case .closeStdin: return stdin
                default: continue
                }
            }
        }
        return stdin
    }
}

/// `exec:` and `abb_exec:` on a simulated tablet: raw bytes, streamed installs.
enum ExecService {
    static func handler(exec command: String, persona: AndroidPersona) -> ADBSession.ServiceHandler {
        let words = command.split(separator: " ").map(String.init)
        if (words.starts(with: ["cmd", "package", "install"]) || words.starts(with: ["pm", "install"])) && words.contains("-S") {
            return install(arguments: Array(words.dropFirst(words[0] == "cmd" ? 3 : 2)), persona: persona)
        }
        return { stream in
            let result = persona.run(command)
            if !result.stdout.isEmpty { try? stream.write(result.stdout) }
        }
    }

    static func handler(abbExec service: String, persona: AndroidPersona) -> ADBSession.ServiceHandler {
        let words = service.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        if words.starts(with: ["package", "install"]) {
            return install(arguments: Array(words.dropFirst(2)), persona: persona)
        }
        return { stream in
            let result = persona.run((["cmd"] + words).map(ADBService.shellQuote).joined(separator: " "))
            try? stream.write(result.stdout + result.stderr)
        }
    }

    /// Reads exactly the `-S SIZE` bytes of the APK, then installs it.
    static func install(arguments: [String], persona: AndroidPersona) -> ADBSession.ServiceHandler {
        { stream in
            guard let index = arguments.firstIndex(of: "-S"), index + 1 < arguments.count, let size = Int(arguments[index + 1]),
                  size >= 0, size <= 4 << 30 else {
                try? stream.write(Array("Error: APK size must be given with -S\n".utf8))
                return
            }
            let options = Array(arguments[..<index]) + Array(arguments[(index + 2)...])
            // Android writes the bytes into its install session as they arrive.
            guard let session = try? InstallSession(in: persona.stateDirectory) else {
                try? stream.write(Array("Failure [INSTALL_FAILED_INTERNAL_ERROR: Could not create an install session]\n".utf8))
                return
            }
            var received = 0
            while received < size, let chunk = try? stream.read(timeout: .seconds(60)) {
                let used = min(chunk.count, size - received)
                guard (try? session.write(used == chunk.count ? chunk : Array(chunk.prefix(used)))) != nil else {
                    session.discard()
                    try? stream.write(Array("Failure [INSTALL_FAILED_INSUFFICIENT_STORAGE]\n".utf8))
                    return
                }
                received += used
            }
            guard received >= size else {
                session.discard()
                try? stream.write(Array("Failure [INSTALL_FAILED_INVALID_APK: Failed to read \(size) bytes, got \(received)]\n".utf8))
                return
            }
            try? stream.write(Array(persona.installPackage(session: session, arguments: options).utf8))
        }
    }
}
