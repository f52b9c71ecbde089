import Foundation
import Odin
import SamsungFirmware
import Simulator
import Synchronization
import TestSupport
import Testing

@Suite struct BusTurnsTests {
    @Test func tabletsTakeTheBusOneAtATimeInTheOrderTheyAsked() {
        let turns = BusTurns(patience: .seconds(60))
        let order = Mutex<[String]>([])
        turns.take()
        let group = DispatchGroup()
        for (index, name) in ["first", "second", "third"].enumerated() {
            DispatchQueue(label: name).async(group: group) {
                turns.take()
                order.withLock { $0.append(name) }
                turns.give()
            }
            // Each asks only once the one before it waits: the order they asked is known.
            while turns.queued < index + 1 { usleep(1000) }
        }
        #expect(order.withLock { $0 }.isEmpty, "nobody sends while the bus is taken")
        turns.give()
        group.wait()
        #expect(order.withLock { $0 } == ["first", "second", "third"])
        #expect(turns.peakSending == 1)
        #expect(turns.lateTurns == 0)
    }

    @Test func aTabletStuckWithItsTurnHoldsTheOthersUpOnlyForThePatience() {
        let turns = BusTurns(patience: .milliseconds(50))
        turns.take()   // never given back: a tablet stuck mid-transfer
        let done = DispatchSemaphore(value: 0)
        DispatchQueue(label: "other").async {
            turns.take()
            turns.give()
            done.signal()
        }
        done.wait()
        #expect(turns.lateTurns == 1)
        #expect(turns.peakSending == 2)
    }

    @Test func theTabletsOfABusShareItsTurnsAndOtherBusesHaveTheirOwn() {
        #expect(BusTurns.bus(ofPortPath: "3-1.4") === BusTurns.bus(ofPortPath: "3-2"))
        #expect(BusTurns.bus(ofPortPath: "3-1.4") === BusTurns.bus("3"))
        #expect(BusTurns.bus(ofPortPath: "3-1.4") !== BusTurns.bus(ofPortPath: "4-1.4"))
        #expect(BusTurns.bus("3").senders == 1)
        #expect(BusTurns.bus("3").sequenceBytes == 2 << 20)
    }

    /// The tablets of a case take the bus's turns with a window of one piece: a tablet with the turn soon waits for
    /// the slowest one, which needs the turn to catch up. It gives the turn back while it waits, so no turn is ever
    /// taken late.
    @Test func aCaseTakingTurnsWithATinyWindowIsFlashedWithoutATurnTakenLate() throws {
        let fixture = try SamsungPackageFixture()
        defer { fixture.remove() }
        let boot = imageBytes(1_500_000, seed: 4), modem = imageBytes(300_000, seed: 8)
        let url = try fixture.package("AP_T220XXU1AVB1.tar.md5", tar: SamsungPackageFixture.tar([
            ("boot.img.lz4", LZ4FrameDecoder.compress(boot)), ("modem.bin", modem),
        ]))
        let package = try SamsungPackage(url: url)
        try package.verify()
        let tablets = (0..<4).map { _ in SimulatedDownloadMode(board: "gta7litewifi", pit: SamsungDemoPIT.tablet) }
        let turns = BusTurns(sequenceBytes: 128 * 1024, patience: .seconds(30))
        let outcomes = SamsungCaseFlash.flash(package, count: tablets.count, window: 1) { index in
            OdinSession(transport: LinkTransport(tablets[index]), turns: turns)
        }
        #expect(outcomes == Array(repeating: .flashed, count: 4))
        for tablet in tablets { #expect(tablet.partitions == ["BOOT": boot, "RADIO": modem]) }
        #expect(turns.peakSending == 1)
        #expect(turns.lateTurns == 0)
        #expect(turns.queued == 0)
    }
}
