import Foundation

/// What a tool printed and how it ended.
public struct ToolRun: Sendable {
    /// The exit status (128 + n when killed by signal n).
    public let status: Int32
    /// Standard output.
    public let stdout: [UInt8]
    /// Standard error.
    public let stderr: String
    /// Standard output as text.
    public var text: String { String(decoding: stdout, as: UTF8.self) }
    /// Whether it was stopped for taking longer than its timeout.
    public let timedOut: Bool
    /// Both outputs, for failure messages.
    public var output: String { text + stderr }
}

/// A tool the tests need is not installed: the error says how to install it (tests fail, never skip).
public struct MissingTool: Error, CustomStringConvertible {
    public let tool: String
    public let package: String
    public var description: String { "\(tool) is not installed; these tests need it: apt-get install \(package) (Scripts/setup does it)" }
}

/// Runs the Debian tools the tests check Valise against (adb, openssl, python3, the valise binary…).
///
/// Uses posix_spawn and waitpid directly: Foundation's Process can miss the exit of a tool that
/// forks a daemon, as `adb` does when it starts its server.
public enum Tools {
    /// The full path of `tool`, or MissingTool naming the Debian package.
    public static func locate(_ tool: String, package: String) throws -> String {
        for folder in ["/usr/bin", "/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return "\(folder)/\(tool)"
        }
        throw MissingTool(tool: tool, package: package)
    }

    /// Runs `executable`; stdin from `stdin` (or /dev/null); after `timeout` seconds it gets SIGTERM (so a
    /// testbed can clean up), then SIGKILL 2 s later. `mergeOutput` sends standard error into standard output.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           stdin: [UInt8]? = nil, timeout: TimeInterval = 120, mergeOutput: Bool = false) throws -> ToolRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path
        let out = folder.appendingPathComponent("out").path, err = folder.appendingPathComponent("err").path
        if let stdin { try Data(stdin).write(to: URL(fileURLWithPath: input)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin == nil ? "/dev/null" : input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if mergeOutput {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw MissingTool(tool: executable, package: "(cannot start it: error \(spawned))") }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var killed = false
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGTERM)
                Thread.sleep(forTimeInterval: 2)
                if waitpid(pid, &status, WNOHANG) == 0 {
                    kill(pid, SIGKILL)
                    waitpid(pid, &status, 0)
                }
                killed = true
                break
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        let exit: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let stderr = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        return ToolRun(status: exit, stdout: [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data()),
                       stderr: killed ? stderr + "\n(killed after \(Int(timeout)) s)" : stderr, timedOut: killed)
    }
}

extension Tools {
    /// Runs `body` while holding a machine-wide lock named `name` (flock on a file in the temporary folder),
    /// so tests that start heavy helpers (the emulated-USB testbed) take turns instead of starving each other.
    public static func exclusively<T>(_ name: String, _ body: () throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("valise-\(name).lock").path
        let fd = open(path, O_CREAT | O_RDWR, 0o600)
        guard fd >= 0 else { return try body() }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
