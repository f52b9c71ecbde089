import Foundation
import TestSupport
import Testing

/// Starts `testbed/testbed.py` (emulated USB tablets, umockdev) around a command and collects its output.
///
/// The USB tests need umockdev's LD_PRELOAD in the process that calls libusb, so the tests in
/// ``InsideTestbedTests`` run in a second copy of this test binary started under the testbed
/// (`--testing-library swift-testing --filter …`, with VALISE_USB_TESTBED=1 set by the testbed).
/// A missing tool fails the calling test with its apt-get hint; it never skips.
struct TestbedRunner {
    struct Result {
        let status: Int32
        let output: String
    }

    struct MissingTool: Error, CustomStringConvertible {
        let description: String
    }

    static let setupHint = "run `apt-get install umockdev libumockdev-dev gir1.2-umockdev-1.0 python3-gi libusb-1.0-0-dev` (Scripts/setup does it)"

    /// True in the copy of the test binary that the testbed started.
    static var isInside: Bool { ProcessInfo.processInfo.environment["VALISE_USB_TESTBED"] == "1" }

    /// The folder where creating `unplug-SERIAL` / `plug-SERIAL` asks the testbed to act.
    static var controlFolder: URL? {
        ProcessInfo.processInfo.environment["VALISE_TESTBED_CONTROL"].map { URL(fileURLWithPath: $0) }
    }

    /// testbed.py, next to this source file (a test target cannot carry resources without Package.swift changes).
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("testbed/testbed.py").path

    /// Checks that python3 with gi's UMockdev and umockdev-wrapper exist; records a failure with the fix otherwise.
    static func checkTools() throws {
        for (tool, package) in [("/usr/bin/python3", "python3"), ("/usr/bin/umockdev-wrapper", "umockdev")]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            Issue.record("\(tool) is missing (package \(package)): \(setupHint)")
            throw MissingTool(description: tool)
        }
        let probe = try run(["/usr/bin/python3", "-c", "import gi; gi.require_version('UMockdev', '1.0'); from gi.repository import UMockdev"],
                            environment: ProcessInfo.processInfo.environment, timeout: 30)
        if probe.status != 0 {
            Issue.record("python3 cannot load umockdev's GObject bindings: \(setupHint)\n\(probe.output)")
            throw MissingTool(description: "gir1.2-umockdev-1.0")
        }
    }

    /// Runs `command` inside a testbed with these tablets (`--tablet`, `--spare`, `--busy` arguments).
    static func run(testbed arguments: [String], command: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                    timeout: TimeInterval = 300) throws -> Result {
        try checkTools()
        // One testbed at a time on the machine (the ValiseCLITests' testbeds take the same lock).
        return try Tools.exclusively("usb-testbed") {
            try run(["/usr/bin/python3", script] + arguments + ["--"] + command, environment: environment, timeout: timeout)
        }
    }

    /// Runs the inside test `name` (a function of ``InsideTestbedTests``) in a copy of this binary under the testbed.
    static func runInside(_ name: String, testbed arguments: [String], timeout: TimeInterval = 300) throws -> Result {
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let filter = "InsideTestbedTests/\(name)\\("
        return try run(testbed: arguments, command: [binary, "--testing-library", "swift-testing", "--filter", filter], timeout: timeout)
    }

    /// Runs `argv` with standard error merged into standard output; stopped (SIGTERM, which the testbed forwards) after `timeout`.
    static func run(_ argv: [String], environment: [String: String], timeout: TimeInterval) throws -> Result {
        let run = try Tools.run(argv[0], Array(argv.dropFirst()), environment: environment, timeout: timeout, mergeOutput: true)
        if run.timedOut {
            Issue.record("\(argv.joined(separator: " ")) did not finish in \(Int(timeout)) s\n\(run.text)")
        }
        return Result(status: run.status, output: run.text)
    }
}
