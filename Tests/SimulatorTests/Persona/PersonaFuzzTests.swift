import Foundation
import Testing
@testable import Simulator

@Suite struct PersonaFuzzTests {
    /// Deterministic xorshift so a failure can be replayed.
    struct Rng { var s: UInt64; mutating func next(_ n: Int) -> Int { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return Int(s % UInt64(n)) } }

    static let pieces = [
        "echo", "cat", "ls", "rm", "-rf", "mkdir", "-p", "touch", "stat", "-c", "%s", "sha256sum", "wc", "-c", "getprop",
        "setprop", "settings", "get", "put", "delete", "list", "global", "secure", "system", "pm", "list", "packages",
        "install", "-S", "12", "uninstall", "--user", "0", "dpm", "set-device-owner", "list-owners", "cmd", "wifi",
        "add-network", "package", "alarm", "set-timezone", "dumpsys", "battery", "account", "am", "broadcast", "-n",
        "/sdcard/x", "/sdcard", "../..", "/data", "/system/x", ";", "&&", "||", "|", ">", ">>", "<", "2>&1", "2>/dev/null",
        "'", "\"", "\\", "$?", "${", "}", "$", "#", "(", ")", "&", "\n", "fr.valise.agent/.AdminReceiver", "x y", "é",
        "", "   ", "exit", "999999999999999999999", "-1", "true", "false", "sh", "-c", "\t", "\u{0}", "APPLY", "🙂",
    ]

    static let commands = ["echo", "cat", "ls", "rm", "mkdir", "touch", "stat", "sha256sum", "wc -c", "getprop", "settings",
                           "pm", "cmd", "dpm", "dumpsys", "am", "id", "true", "false", "df", "input", "setprop"]

    @Test func randomCommandLinesNeverCrash() throws {
        let p = try PersonaTestSupport.persona()
        var rng = Rng(s: 0x9E37_79B9_7F4A_7C15)
        var statuses: [Int32: Int] = [:]
        for _ in 0..<2_000 {
            var line = rng.next(4) > 0 ? Self.commands[rng.next(Self.commands.count)] + " " : ""
            for _ in 0..<(1 + rng.next(8)) {
                line += Self.pieces[rng.next(Self.pieces.count)]
                if rng.next(3) > 0 { line += " " }
            }
            let r = p.run(line, stdin: rng.next(4) == 0 ? [1, 2, 3] : [])
            #expect(r.exitCode >= 0 && r.exitCode <= 255, "\(line)")
            statuses[r.exitCode, default: 0] += 1
        }
        // The mix must exercise real commands, not only syntax errors.
        print("fuzz exit statuses:", statuses.sorted { $0.key < $1.key })
        #expect(statuses[0, default: 0] > 200)
        #expect(statuses[1, default: 0] > 100)
        #expect(statuses[127, default: 0] > 50)
        // Random bytes too.
        for _ in 0..<300 {
            let bytes = (0..<rng.next(40)).map { _ in UInt8(rng.next(128)) }
            _ = p.run(String(decoding: bytes, as: UTF8.self))
        }
        #expect(p.run("echo still alive").stdoutText == "still alive\n")
    }

    @Test func randomAgentBytesNeverCrash() throws {
        let p = try PersonaTestSupport.provisionedPersona()
        var rng = Rng(s: 42)
        for _ in 0..<200 {
            let c = p.makeAgentConnection()
            for _ in 0..<10 {
                let words = ["STATUS", "TRUST", "APPLY", "1", "0", "99999999999999999999999", "-", "\n", " ", "x"]
                let chunk = (0..<rng.next(6)).map { _ in words[rng.next(words.count)] }.joined(separator: rng.next(2) == 0 ? " " : "\n")
                _ = c.receive(Array(chunk.utf8))
            }
        }
    }
}
