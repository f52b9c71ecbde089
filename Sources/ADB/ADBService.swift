import Foundation

/// Builders of the service strings sent in OPEN.
public enum ADBService {
    /// `shell,v2,raw:CMD` (exit code, stdout and stderr apart) or `shell:CMD` (v1, merged output, no exit code).
    public static func shell(_ command: String, v2: Bool) -> String {
        v2 ? "shell,v2,raw:\(command)" : "shell:\(command)"
    }

    /// `exec:CMD`: raw bytes both ways, no shell protocol.
    public static func exec(_ command: String) -> String { "exec:\(command)" }

    /// The file transfer service.
    public static let sync = "sync:"

    /// `reboot:` with an optional target (`bootloader`, `recovery`, `fastboot`, `sideload`, `sideload-auto-reboot`).
    public static func reboot(_ target: RebootTarget = .system) -> String { "reboot:\(target.rawValue)" }

    /// A Unix socket in the abstract namespace, such as the agent's `valise-agent`.
    public static func localAbstract(_ name: String) -> String { "localabstract:\(name)" }

    /// `abb_exec:package\0install\0ARGS…\0-S\0SIZE`, the streamed install of Android 11+.
    public static func abbExecInstall(arguments: [String], size: Int) -> String {
        (["abb_exec:package", "install"] + arguments + ["-S", String(size)]).joined(separator: "\0")
    }

    /// `exec:cmd package install ARGS… -S SIZE`, the streamed install of Android 7–10.
    public static func cmdInstall(arguments: [String], size: Int) -> String {
        exec((["cmd", "package", "install"] + arguments.map(shellQuote) + ["-S", String(size)]).joined(separator: " "))
    }

    /// Quotes one word for `sh`, leaving plain words alone.
    public static func shellQuote(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "_-./=:,+@%".unicodeScalars.contains($0)
        }
        if plain && !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Where `reboot:` sends the tablet.
public enum RebootTarget: String, Sendable, CaseIterable {
    case system = ""
    case bootloader, recovery, fastboot, sideload
    /// Samsung Download mode (the Odin protocol).
    case download
    case sideloadAutoReboot = "sideload-auto-reboot"
}
