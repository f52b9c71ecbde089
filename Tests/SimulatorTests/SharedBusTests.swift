import Foundation
import Simulator
import Testing

@Suite struct SharedBusTests {
    @Test func ratesAreReadAsPeopleWriteThem() {
        #expect(SharedBus.parseRate("40MB") == 40_000_000)
        #expect(SharedBus.parseRate("40MB/s") == 40_000_000)
        #expect(SharedBus.parseRate("480Mbit") == 60_000_000)
        #expect(SharedBus.parseRate("35MiB") == 36_700_160.0)
        #expect(SharedBus.parseRate("1000") == 1000)
        #expect(SharedBus.parseRate("fast") == nil && SharedBus.parseRate("-4MB") == nil && SharedBus.parseRate("0") == nil)
    }

    @Test func tabletsSharingTheBusTakeTurnsAtItsRate() {
        // 4 tablets × 1 MB over a 8 MB/s bus: at least half a second in all, whatever the threads do.
        let bus = SharedBus(bytesPerSecond: 8_000_000)
        let start = ContinuousClock.now
        let group = DispatchGroup()
        for _ in 0..<4 {
            group.enter()
            Thread {
                for _ in 0..<16 { bus.carry(62_500) }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(ContinuousClock.now - start >= .milliseconds(490))
        let usage = bus.usage
        #expect(usage.bytes == 4_000_000)
        #expect(abs(usage.seconds - 0.5) < 0.01)
        #expect(bus.report.contains("3.8 MiB in 0.50 s"))
        #expect(bus.heavyPhase.bytes > 3_800_000 && bus.heavyPhase.bytes <= 4_000_000)
    }
}
