import Foundation
import Synchronization
import SamsungFirmware
import TestSupport
import Testing

/// A package read once for several readers: each gets its entries' bytes in order, written straight where they go
/// across the package's pieces (256 KiB each), and a read past an entry's end is named.
@Suite struct PackageBroadcastTests {
    @Test func partsSpanningSeveralPiecesComeOutWholeForEveryReader() throws {
        let fixture = try SamsungPackageFixture()
        defer { fixture.remove() }
        let boot = imageBytes(1_300_000, seed: 3), modem = imageBytes(300_000, seed: 7)
        let url = try fixture.package("AP_TEST.tar.md5", tar: SamsungPackageFixture.tar([
            ("boot.img.lz4", LZ4FrameDecoder.compress(boot)), ("modem.bin", modem),
        ]))
        let broadcast = PackageBroadcast(package: try SamsungPackage(url: url), readers: 2, window: 3)
        let results = Mutex<[Int: [String: [UInt8]]]>([:])
        let group = DispatchGroup()
        for (index, part) in [(0, 1 << 20), (1, 100_000)] {
            let reader = broadcast.reader(index)
            DispatchQueue(label: "reader \(index)").async(group: group) {
                var got: [String: [UInt8]] = [:]
                for (name, size) in [("boot.img.lz4", boot.count), ("modem.bin", modem.count)] {
                    var bytes: [UInt8] = []
                    do {
                        while bytes.count < size { bytes += try reader.read(entry: name, offset: bytes.count, count: min(part, size - bytes.count)) }
                    } catch {
                        Issue.record("reader \(index), \(name): \(error)")
                    }
                    got[name] = bytes
                }
                reader.detach()
                results.withLock { $0[index] = got }
            }
        }
        broadcast.run()
        group.wait()
        for index in 0..<2 {
            #expect(results.withLock { $0[index]?["boot.img.lz4"] } == boot, "reader \(index)")
            #expect(results.withLock { $0[index]?["modem.bin"] } == modem, "reader \(index)")
        }
        #expect(broadcast.peakQueued <= 3)
    }

    @Test func aReadPastTheEntryIsNamedWithWhatItHad() throws {
        let fixture = try SamsungPackageFixture()
        defer { fixture.remove() }
        let url = try fixture.package("AP_SHORT.tar.md5", tar: SamsungPackageFixture.tar([("boot.img", imageBytes(5000, seed: 1))]))
        let broadcast = PackageBroadcast(package: try SamsungPackage(url: url), readers: 1)
        let reader = broadcast.reader(0)
        let thread = Thread { broadcast.run() }
        thread.start()
        #expect(try reader.read(entry: "boot.img", offset: 0, count: 4096).count == 4096)
        #expect(throws: SamsungPackageProblem.sizeMismatch(entry: "boot.img", expected: 8192, got: 5000)) {
            try reader.read(entry: "boot.img", offset: 4096, count: 4096)
        }
        #expect(throws: SamsungPackageProblem.unreadable("boot.img: a read at 0, 4096 expected")) {
            try reader.read(entry: "boot.img", offset: 0, count: 10)
        }
        reader.detach()
    }
}
