import Foundation
import Testing
import TestSupport

/// Simulated tablets behind emulated USB (umockdev): the testbed (Tests/USBHostTests/testbed)
/// forwards each emulated tablet's bulk endpoints to a ``TabletFixture`` on loopback, and runs a
/// shell script, whose `valise` commands do the libusb work inside the testbed (umockdev's preload).
///
/// Each step's stdout, stderr and exit status land in files read back with ``Run/step(_:)``.
final class USBTestbed {
    /// One emulated tablet: a simulated tablet plugged at a port path.
    struct Plug {
        var serial: String
        var port: UInt16
        var portPath: String
        var options: [String] = []
        var spec: String { "\(serial)=127.0.0.1:\(port)@\(portPath)" + options.map { "," + $0 }.joined() }
    }

    /// What a step printed.
    struct Step {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The testbed's output and each step's results.
    struct Run {
        var status: Int32
        var output: String
        var folder: URL

        func step(_ name: String) -> Step {
            func read(_ suffix: String) -> String {
                (try? String(contentsOf: folder.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8)) ?? ""
            }
            return Step(status: Int32(read("status").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1,
                        stdout: read("out"), stderr: read("err"))
        }
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../USBHostTests/testbed/testbed.py").standardized.path
    static let hint = "apt-get install umockdev libumockdev-dev gir1.2-umockdev-1.0 python3-gi (Scripts/setup does it)"

    let folder = TemporaryDirectory("valise-usb")
    var plugged: [Plug] = []
    var spares: [Plug] = []
    var busy: [String] = []
    var oddMaxData = false

    /// `valise STEP-ARGS`, with its output to files named after `name`.
    func step(_ name: String, _ arguments: String) -> String {
        let out = folder.url.path
        return "\"$VALISE\" \(arguments) >'\(out)/\(name).out' 2>'\(out)/\(name).err'; echo $? >'\(out)/\(name).status'"
    }

    /// Runs `script` (sh) inside the testbed with VALISE, VALISE_HOME and HOME set, and the control folder in CONTROL.
    func run(_ script: String, environment extra: [String: String] = [:], timeout: TimeInterval = 300) throws -> Run {
        try Self.checkTools()
        var arguments = [Self.script]
        for plug in plugged { arguments += ["--tablet", plug.spec] }
        for plug in spares { arguments += ["--spare", plug.spec] }
        for serial in busy { arguments += ["--busy", serial] }
        if oddMaxData { arguments.append("--odd-maxdata") }
        var environment = ProcessInfo.processInfo.environment
        environment["VALISE"] = CLITests.binary.path
        environment["VALISE_HOME"] = folder.file("home").path
        environment["HOME"] = folder.url.path
        environment.removeValue(forKey: "VALISE_TCP")
        environment.merge(extra) { _, new in new }
        let body = "CONTROL=$VALISE_TESTBED_CONTROL\ncd '\(folder.url.path)'\n" + script
        // One testbed at a time on the machine: each one's Python worker and tablets would starve the others.
        let result = try Tools.exclusively("usb-testbed") {
            try Tools.run("/usr/bin/python3", arguments + ["--", "/bin/sh", "-c", body], environment: environment, timeout: timeout)
        }
        return Run(status: result.status, output: result.output, folder: folder.url)
    }

    static func checkTools() throws {
        guard FileManager.default.isExecutableFile(atPath: CLITests.binary.path) else {
            Issue.record("\(CLITests.binary.path) is missing: run `swift build` before `swift test` (Scripts/test does).")
            throw TestbedUnavailable()
        }
        for tool in ["/usr/bin/python3", "/usr/bin/umockdev-wrapper"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            Issue.record("\(tool) is missing: \(hint)")
            throw TestbedUnavailable()
        }
        let probe = try Tools.run("/usr/bin/python3", ["-c", "import gi; gi.require_version('UMockdev', '1.0'); from gi.repository import UMockdev"])
        if probe.status != 0 {
            Issue.record("python3 cannot load umockdev's bindings: \(hint)\n\(probe.output)")
            throw TestbedUnavailable()
        }
    }
}

/// The testbed cannot run here (the failure with its fix is already recorded).
struct TestbedUnavailable: Error {}
