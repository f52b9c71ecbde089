import Devices
import Foundation
import Simulator
import Testing
import TestSupport

/// Simulated tablets with fastboot ports, demo firmware made by Scripts/make-demo-firmware (every board on fastboot:
/// these tablets take Samsung identities too), and the built `valise`.
final class FirmwareCLIFixture: @unchecked Sendable {
    let folder: URL
    let tablets: [SimulatedTablet]
    let catalog: URL

    /// Tablet i is sample identity i (0: SM-T220, 1: Lenovo TB-X306F, 2: SM-X200…) with `faults[i]`.
    init(faults: [[String]], systemMiB: Int = 0) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-firmware-\(UUID().uuidString)", isDirectory: true)
        self.folder = folder
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("home"), withIntermediateDirectories: true)
        tablets = try faults.enumerated().map { index, words in
            var simulated = SimulatedFaults()
            for word in words { try simulated.apply(word) }
            let state = folder.appendingPathComponent("tablet-\(index)")
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            let tablet = try SimulatedTablet(identity: TabletIdentity.sample(index: index), stateDirectory: state, authMode: .acceptAny, faults: simulated)
            tablet.start()
            return tablet
        }
        let python = try Tools.locate("python3", package: "python3")
        let script = Self.repository.appendingPathComponent("Scripts/make-demo-firmware").path
        let made = try Tools.run(python, [script, folder.appendingPathComponent("firmware").path, "--all-fastboot"] + (systemMiB > 0 ? ["--system-mib", "\(systemMiB)"] : []))
        #expect(made.status == 0, "\(made.output)")
        catalog = folder.appendingPathComponent("firmware/catalog.yaml")
    }

    deinit {
        tablets.forEach { $0.stop() }
        try? FileManager.default.removeItem(at: folder)
    }

    static var repository: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL }

    /// `--tcp` and `--fastboot-tcp` for every tablet, in the same order.
    var addresses: [String] {
        tablets.flatMap { ["--tcp", "127.0.0.1:\($0.port)"] } + tablets.flatMap { ["--fastboot-tcp", "127.0.0.1:\($0.fastbootPort ?? 0)"] }
    }

    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["VALISE_HOME"] = folder.appendingPathComponent("home/valise").path
        environment["HOME"] = folder.appendingPathComponent("home").path
        environment.removeValue(forKey: "VALISE_TCP")
        environment.removeValue(forKey: "VALISE_FASTBOOT_TCP")
        return environment
    }

    /// Runs `valise firmware ARGUMENTS`.
    func valise(_ arguments: [String]) throws -> ToolRun {
        guard FileManager.default.isExecutableFile(atPath: CLITests.binary.path) else { throw MissingBinary(path: CLITests.binary.path) }
        return try Tools.run(CLITests.binary.path, ["firmware"] + arguments, environment: environment, timeout: 240)
    }

    /// Starts `valise firmware ARGUMENTS` and kills it (SIGKILL) once a line of its output contains `marker`.
    func valise(_ arguments: [String], killAt marker: String) throws -> String {
        try CLITests.valiseKilled(["firmware"] + arguments, environment: environment, when: { $0.contains(marker) }).output
    }

    /// Waits until every tablet runs Android again.
    func waitForAndroid() {
        for _ in 0..<400 where tablets.contains(where: { $0.mode != .android }) { Thread.sleep(forTimeInterval: 0.025) }
    }

    /// `ro.build.fingerprint` of the catalog's entry for `board`.
    func catalogFingerprint(_ board: String) throws -> String {
        let text = try String(contentsOf: catalog, encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.firstIndex(of: "\(board):"),
              let line = lines[start...].first(where: { $0.hasPrefix("fingerprint: ") }) else { return "" }
        return String(line.dropFirst("fingerprint: ".count))
    }
}

/// The `valise` binary is not next to the test bundle.
struct MissingBinary: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(path) is missing: run `swift build` before the tests (Scripts/test does)." }
}
