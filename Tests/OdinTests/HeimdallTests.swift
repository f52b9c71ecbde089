import Foundation
import Odin
import Simulator
import TestSupport
import Testing

/// Debian's `heimdall` (package heimdall-flash) against the simulated Download-mode tablet on the emulated USB bus
/// (umockdev testbed: VID 04E8, PID 685D, CDC data interface, two bulk endpoints): proof that the simulator, and
/// so the host code tested against it, speaks the real protocol.
@Suite(.serialized) struct HeimdallTests {
    static let testbed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../USBHostTests/testbed/testbed.py").standardizedFileURL.path
    static let umockdevHint = "apt-get install umockdev libumockdev-dev gir1.2-umockdev-1.0 python3-gi (Scripts/setup does it)"

    /// Runs heimdall with `arguments` inside a testbed holding one Download-mode tablet served by `port`.
    func heimdall(_ arguments: [String], port: SimulatedOdinPort) throws -> ToolRun {
        let heimdall = try Tools.locate("heimdall", package: "heimdall-flash")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/umockdev-wrapper") else {
            Issue.record("umockdev-wrapper is not installed: \(Self.umockdevHint)")
            throw CancellationError()
        }
        return try Tools.exclusively("usb-testbed") {
            try Tools.run("/usr/bin/python3", [Self.testbed, "--tablet", "R52T20ODIN=127.0.0.1:\(port.port)@1-3,odin", "--",
                                               heimdall] + arguments, timeout: 180, mergeOutput: true)
        }
    }

    @Test func heimdallDetectsPrintsThePITAndFlashesBoot() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet)
        let port = try SimulatedOdinPort(tablet: tablet)
        defer { port.stop() }

        let detect = try heimdall(["detect"], port: port)
        #expect(detect.status == 0, "\(detect.output)")
        #expect(detect.output.contains("Device detected"))

        let pit = try heimdall(["print-pit", "--no-reboot"], port: port)
        #expect(pit.status == 0, "\(pit.output)")
        for entry in SamsungDemoPIT.tablet.entries {
            #expect(pit.output.contains("Partition Name: \(entry.partitionName)"), "\(pit.output)")
            #expect(pit.output.contains("Flash Filename: \(entry.flashFileName)"))
        }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heimdall-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Three 128 KiB parts, the last one short: the padding must not reach the partition.
        let image = (0..<300_001).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }
        let file = folder.appendingPathComponent("boot.img")
        try Data(image).write(to: file)
        let flash = try heimdall(["flash", "--BOOT", file.path], port: port)
        #expect(flash.status == 0, "\(flash.output)")
        #expect(tablet.partitions["BOOT"] == image, "the tablet holds the image byte for byte")
        #expect(tablet.partitions.count == 1)
        #expect(tablet.left == .reboot)
        #expect(tablet.sessions == 2)

        // A partition the tablet's PIT does not have: heimdall refuses from the PIT it dumped, before any write.
        let stranger = try heimdall(["flash", "--VENDOR_BOOT", file.path, "--no-reboot"], port: port)
        #expect(stranger.status != 0)
        #expect(stranger.output.contains("VENDOR_BOOT"), "\(stranger.output)")
        #expect(tablet.partitions.count == 1)
        if ProcessInfo.processInfo.environment["VALISE_SHOW_TOOL_OUTPUT"] == "1" {
            for run in [detect, pit, flash, stranger] { print(run.output) }
        }
    }
}
