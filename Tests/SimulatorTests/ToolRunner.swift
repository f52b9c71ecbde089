import Foundation
import Testing

/// Runs a Debian tool the tests rely on; a missing tool fails the test with its install hint (never a skip).
struct ToolRunner {
    let environment: [String: String]

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func locate(_ tool: String, package: String) throws -> String {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return "\(folder)/\(tool)"
        }
        Issue.record("\(tool) is not installed: run `apt-get install \(package)` (Scripts/setup does it).")
        throw MissingTool(tool: tool)
    }

    struct MissingTool: Error { let tool: String }

    /// Runs `executable` with stdin from /dev/null and output to files; a child still running after `timeout` is killed.
    /// (posix_spawn and waitpid directly: Foundation's Process can miss the exit of a tool that forks a daemon, as adb does.)
    @discardableResult
    func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 60) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path, err = folder.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            Issue.record("cannot start \(executable): error \(spawned)")
            throw MissingTool(tool: executable)
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                Issue.record("\(executable) \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus,
                      stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }
}
