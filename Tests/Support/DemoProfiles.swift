import Foundation
import Signing
import Simulator

/// A copy of Profiles/demo for a test, with `agent` (by default a small test APK, for which the simulated tablets'
/// agent answers, so the test needs no Android tools) in place of the built agent, and its values taken as confirmed
/// (`# to confirm` removed) unless `confirmed` is false. Returns the class file (5A.yaml).
public enum DemoProfiles {
    @discardableResult
    public static func copy(to folder: URL, agent: [UInt8]? = nil, agentPadding: Int = 0, extra: String = "", confirmed: Bool = true) throws -> URL {
        try FileManager.default.copyItem(at: RealAgent.repository.appendingPathComponent("Profiles/demo"), to: folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where confirmed && name.hasSuffix(".yaml") {
            let file = folder.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "# to confirm", with: "#").write(to: file, atomically: true, encoding: .utf8)
        }
        let agent = agent ?? TestAPK.make(package: "fr.valise.agent", versionCode: 3, padding: agentPadding)
        try Data(agent).write(to: folder.appendingPathComponent("agent.apk"))
        let classFile = folder.appendingPathComponent("5A.yaml")
        let override = "\nagent:\n  apk: agent.apk\n  sha256: \(Digest.hex(Digest.sha256(agent)))\n"
        try (try String(contentsOf: classFile, encoding: .utf8) + override + extra).write(to: classFile, atomically: true, encoding: .utf8)
        return classFile
    }
}
