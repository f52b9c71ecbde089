import Foundation

/// The agent that ships: its APK (made by Scripts/build-agent) and its code run on the JVM by `AgentHarness`, over
/// Java stand-ins of the Android classes it calls (Agent/test/fakes), so host tests talk to the real agent.
public enum RealAgent {
    /// The repository's top folder.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built agent APK; a missing one fails the test with how to make it (tests never skip).
    public static func apk() throws -> URL {
        let url = repository.appendingPathComponent("Agent/build/valise-agent.apk")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw MissingTool(tool: url.path, package: "… it is made by Scripts/build-agent (Scripts/setup runs it); the Android tools it needs")
        }
        return url
    }

    nonisolated(unsafe) private static var cachedClasspath: String?
    private static let lock = NSLock()

    /// The classpath of `fr.valise.agent.test.AgentHarness` (built once per test process by Scripts/test-agent).
    public static func harnessClasspath() throws -> String {
        try lock.withLock {
            if let cachedClasspath { return cachedClasspath }
            let run = try Tools.exclusively("agent-build") {
                try Tools.run(repository.appendingPathComponent("Scripts/test-agent").path, ["--harness-classpath"], timeout: 600)
            }
            guard run.status == 0, let line = run.text.split(separator: "\n").last, !line.isEmpty else {
                throw MissingTool(tool: "Scripts/test-agent --harness-classpath (\(run.output.suffix(400)))", package: "the agent's build tools")
            }
            cachedClasspath = String(line)
            return String(line)
        }
    }

    /// One agent on the JVM, listening on a loopback port; stopped when released.
    public final class Harness: @unchecked Sendable {
        /// The port its `valise-agent` socket listens on (127.0.0.1).
        public let port: UInt16
        /// Where it appends each DevicePolicyManager and WifiManager call, one JSON object a line.
        public let callsFile: URL
        private let process: Process

        /// Starts an agent whose stored state lives in `state`; `owner` says whether it is device owner.
        public init(state: URL, owner: Bool = true) throws {
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            callsFile = state.appendingPathComponent("calls.jsonl")
            process = Process()
            process.executableURL = URL(fileURLWithPath: try Tools.locate("java", package: "openjdk-17-jdk-headless"))
            process.arguments = ["-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", try RealAgent.harnessClasspath(),
                                 "fr.valise.agent.test.AgentHarness", "--port", "0", "--state", state.appendingPathComponent("prefs").path,
                                 "--calls", callsFile.path, "--owner", owner ? "yes" : "no"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle(forWritingAtPath: "/dev/null")
            try process.run()
            var text = ""
            while !text.contains("\n") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            guard let match = text.firstMatch(of: /listening on 127\.0\.0\.1:([0-9]+)/), let port = UInt16(match.1) else {
                process.terminate()
                throw MissingTool(tool: "the agent harness (it printed: \(text.prefix(200)))", package: "openjdk-17-jdk-headless")
            }
            self.port = port
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
        }

        /// The calls made so far: each `{"call": NAME, "class": …, "args": [...]}`.
        public func calls() -> [[String: Any]] {
            let text = (try? String(contentsOf: callsFile, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
            }
        }

        /// The names of the calls made so far, in order.
        public func callNames() -> [String] { calls().compactMap { $0["call"] as? String } }
    }
}
