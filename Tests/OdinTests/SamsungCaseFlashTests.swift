import Foundation
import Odin
import SamsungFirmware
import Simulator
import TestSupport
import Testing

/// A simulated tablet's link as a transport, in memory.
final class LinkTransport: OdinTransport, @unchecked Sendable {
    var link: OdinDeviceLink
    var replies: [[UInt8]] = []
    var gone = false
    struct Unplugged: Error {}

    init(_ tablet: SimulatedDownloadMode) { link = tablet.link() }

    func send(_ transfer: [UInt8], timeout: Duration) throws {
        guard !gone else { throw Unplugged() }
        let step = link.received(transfer)
        replies += step.transfers
        gone = step.ends
    }

    func receive(timeout: Duration) throws -> [UInt8] {
        guard !replies.isEmpty else { throw Unplugged() }
        return replies.removeFirst()
    }
}

@Suite struct SamsungCaseFlashTests {
    @Test func aCaseIsFlashedFromOneReadOfThePackageAndAPulledCableStopsOnlyItsTablet() throws {
        let fixture = try SamsungPackageFixture()
        defer { fixture.remove() }
        let boot = imageBytes(700_000, seed: 3), recovery = imageBytes(90_000, seed: 5), modem = imageBytes(3000, seed: 9)
        let url = try fixture.package("AP_X200XXU3CWK1.tar.md5", tar: SamsungPackageFixture.tar([
            ("boot.img.lz4", LZ4FrameDecoder.compress(boot)), ("recovery.img", recovery), ("modem.bin.lz4", LZ4FrameDecoder.compress(modem)),
        ]))
        let package = try SamsungPackage(url: url)
        try package.verify()
        #expect(try package.plan(for: SamsungDemoPIT.tablet).count == 3)
        let tablets = (0..<4).map { index in
            SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet, offersLargeParts: index == 1,
                                  faults: index == 2 ? [.unplugAfterParts(3)] : [])
        }
        let outcomes = SamsungCaseFlash.flash(package, count: tablets.count, window: 2) { index in
            OdinSession(transport: LinkTransport(tablets[index]))
        }
        #expect(outcomes[0] == .flashed && outcomes[1] == .flashed && outcomes[3] == .flashed, "\(outcomes)")
        guard case .failed = outcomes[2] else { Issue.record("the unplugged tablet did not fail"); return }
        for index in [0, 1, 3] {
            #expect(tablets[index].partitions == ["BOOT": boot, "RECOVERY": recovery, "RADIO": modem], "tablet \(index)")
            #expect(tablets[index].left == .reboot)
        }
        #expect(tablets[2].partitions["BOOT"] == nil, "nothing half-written is kept")
    }

    @Test func aTabletWhosePITLacksAnEntryIsRefusedBeforeAnyWrite() throws {
        let fixture = try SamsungPackageFixture()
        defer { fixture.remove() }
        let url = try fixture.package("AP_small.tar.md5", tar: SamsungPackageFixture.tar([("boot.img", imageBytes(5000, seed: 1))]))
        let package = try SamsungPackage(url: url)
        let other = PIT(entries: [PITEntry(identifier: 1, partitionName: "KERNEL", flashFileName: "zImage")])
        let tablets = [SimulatedDownloadMode(board: "a", pit: other), SimulatedDownloadMode(board: "a", pit: SamsungDemoPIT.tablet)]
        let outcomes = SamsungCaseFlash.flash(package, count: 2) { OdinSession(transport: LinkTransport(tablets[$0])) }
        #expect(outcomes[1] == .flashed)
        #expect(outcomes[0] == .failed(SamsungPackageProblem.notInPIT(entry: "boot.img", partitions: ["zImage"]).description))
        #expect(tablets[0].partitions.isEmpty)
    }
}
