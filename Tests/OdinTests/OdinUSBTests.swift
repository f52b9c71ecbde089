import Devices
import Foundation
import Odin
import Simulator
import TestSupport
import Testing
import USBHost

/// Valise's own host (OdinSession over OdinUSBTransport, libusb) against the simulated Download-mode tablet on the
/// emulated USB bus. The libusb part runs in a second copy of this test binary started under the testbed
/// (umockdev's preload); this process serves the simulated tablet and checks what it received.
@Suite(.serialized) struct OdinUSBTests {
    static let image = (0..<300_001).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ $0 >> 12) }

    @Test func valiseFindsTheTabletOnItsPortAndFlashesItOverUSB() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet, offersLargeParts: true)
        let port = try SimulatedOdinPort(tablet: tablet)
        defer { port.stop() }
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let run = try Tools.exclusively("usb-testbed") {
            try Tools.run("/usr/bin/python3", [HeimdallTests.testbed, "--tablet", "R52T20ODIN=127.0.0.1:\(port.port)@1-1.3,odin", "--",
                                               binary, "--testing-library", "swift-testing", "--filter", "OdinUSBInsideTests/"],
                          timeout: 180, mergeOutput: true)
        }
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("passed"), "\(run.output)")
        #expect(tablet.partitions["BOOT"] == Self.image, "the tablet holds the image byte for byte")
        #expect(tablet.left == .reboot)
    }
}

/// Runs only inside the testbed (VALISE_USB_TESTBED=1).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["VALISE_USB_TESTBED"] == "1", "runs inside the USB testbed, started by OdinUSBTests"))
struct OdinUSBInsideTests {
    @Test func flashBootOverUSB() throws {
        let context = try USBContext()
        let all = try OdinUSBTransport.all(in: context)
        #expect(all.map(\.portPathString) == ["1-1.3"])
        #expect(all.first.map { ($0.vendorID, $0.productID) } ?? (0, 0) == (0x04E8, 0x685D))
        let device = try #require(try OdinUSBTransport.find(in: context, portPath: "1-1.3"))
        let transport = try OdinUSBTransport(context: context, device: device)
        defer { transport.close() }
        let session = OdinSession(transport: transport)
        #expect(try session.open() == .large)
        let pit = try session.pit()
        let boot = try #require(pit.entry(forFile: "boot.img"))
        try session.announce(totalBytes: UInt64(OdinUSBTests.image.count))
        try session.flash(boot, byteCount: OdinUSBTests.image.count) { offset, count in
            Array(OdinUSBTests.image[offset..<(offset + count)])
        }
        try session.close(reboot: true)
    }
}
