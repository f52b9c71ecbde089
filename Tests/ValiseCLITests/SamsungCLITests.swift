import Foundation
import Odin
import SamsungFirmware
import Simulator
import TestSupport
import Testing

/// The built `valise firmware samsung` against eight simulated Download-mode tablets on the emulated USB bus (behind
/// a hub, ports 1-1.1 … 1-1.8), one of them unplugged mid-sequence.
@Suite(.serialized) struct SamsungCLITests {
    func valise(_ arguments: [String], tablets: [SimulatedOdinPort]) throws -> ToolRun {
        guard FileManager.default.isExecutableFile(atPath: CLITests.binary.path) else {
            Issue.record("\(CLITests.binary.path) is missing: run `swift build` first")
            throw CancellationError()
        }
        let specs = tablets.enumerated().flatMap { ["--tablet", "R52T2000\($0.offset)=127.0.0.1:\($0.element.port)@1-1.\($0.offset + 1),odin"] }
        var environment = ProcessInfo.processInfo.environment
        environment["VALISE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("valise-\(UUID().uuidString)").path
        return try Tools.exclusively("usb-testbed") {
            try Tools.run("/usr/bin/python3", [USBTestbed.script] + specs + ["--", CLITests.binary.path, "firmware", "samsung"] + arguments,
                          environment: environment, timeout: 240, mergeOutput: true)
        }
    }

    @Test func aCaseOfEightIsFlashedFromOneReadAndAnUnpluggedTabletIsNamed() throws {
        let fixture = try SamsungPackageFixture()
        defer { fixture.remove() }
        let boot = imageBytes(600_000, seed: 3), recovery = imageBytes(200_000, seed: 5)
        let ap = try fixture.package("AP_X200XXU3CWK1.tar.md5", tar: SamsungPackageFixture.tar([
            ("boot.img.lz4", LZ4FrameDecoder.compress(boot)), ("recovery.img", recovery),
        ]))
        let tablets = (0..<8).map { index in
            SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet, offersLargeParts: index % 2 == 0,
                                  faults: index == 5 ? [.unplugAfterParts(2)] : [])
        }
        let ports = try tablets.map { try SimulatedOdinPort(tablet: $0) }
        defer { ports.forEach { $0.stop() } }

        let run = try valise([ap.path], tablets: ports)
        #expect(run.status == 2, "\(run.output)")
        for index in 0..<8 where index != 5 {
            #expect(tablets[index].partitions == ["BOOT": boot, "RECOVERY": recovery], "tablet \(index)\n\(run.output)")
        }
        #expect(tablets[5].partitions["BOOT"] == nil)
        #expect(run.output.contains("Error: Tablet on port 1-1.6 was not flashed."), "\(run.output)")
        #expect(run.output.contains("1-1.1"))

        // A damaged package is refused before any tablet is touched.
        let sessions = tablets.map(\.sessions)
        let damaged = try fixture.package("CSC_OXM_X200OXM3CWK1.tar.md5", tar: SamsungPackageFixture.tar([("cache.img", recovery)]),
                                          md5: String(repeating: "a", count: 32))
        let refused = try valise([damaged.path], tablets: ports)
        #expect(refused.status == 65, "\(refused.output)")
        #expect(refused.output.contains("Error: The firmware package CSC_OXM_X200OXM3CWK1.tar.md5 was refused; no tablet was touched."))
        #expect(refused.output.contains("Fix: Download CSC_OXM_X200OXM3CWK1.tar.md5 again"))
        #expect(tablets.map(\.sessions) == sessions)
        if ProcessInfo.processInfo.environment["VALISE_SHOW_TOOL_OUTPUT"] == "1" { print(run.output + refused.output) }
    }
}
