import Foundation
import Synchronization

/// A USB bus shared by the tablets behind one hub: every packet, either way, takes its turn on the bus at
/// `bytesPerSecond` (USB 2.0 is half duplex, so both directions share it). Tablets wait their turn on
/// their own threads, so one tablet's transfer never blocks another's reader beyond the bus's own limit.
///
/// Thread safety: the bus's schedule and its counts are one `Mutex<State>`.
public final class SharedBus: Sendable {
    /// The bus's rate.
    public let bytesPerSecond: Double

    private struct State {
        var nextFree = ContinuousClock.now
        var first: ContinuousClock.Instant?
        var last: ContinuousClock.Instant?
        var total = 0
        /// Bytes carried per tenth of a second since the first byte.
        var buckets: [Int] = []
    }

    private let state = Mutex(State())

    /// A bus carrying `bytesPerSecond`.
    public init(bytesPerSecond: Double) {
        self.bytesPerSecond = max(1, bytesPerSecond)
    }

    /// Waits until `bytes` have crossed the bus, behind what other tablets queued before.
    public func carry(_ bytes: Int) {
        let now = ContinuousClock.now
        let done: ContinuousClock.Instant = state.withLock { state in
            let start = max(now, state.nextFree)
            let finish = start + .nanoseconds(Int64(Double(bytes) / bytesPerSecond * 1e9))
            state.nextFree = finish
            state.total += bytes
            if state.first == nil { state.first = start }
            state.last = finish
            if let origin = state.first {
                let elapsed = (finish - origin).components
                let index = Int(elapsed.seconds) * 10 + Int(elapsed.attoseconds / 100_000_000_000_000_000)
                if state.buckets.count <= index { state.buckets += Array(repeating: 0, count: index + 1 - state.buckets.count) }
                state.buckets[index] += bytes
            }
            return finish
        }
        let wait = done - now
        // Tiny packets run up a debt paid by the next big one, instead of a sleep each.
        if wait > .microseconds(200) {
            Thread.sleep(forTimeInterval: Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18)
        }
    }

    /// What crossed the bus: bytes, and the seconds from the first byte to the last.
    public var usage: (bytes: Int, seconds: Double) {
        state.withLock { state in
            guard let first = state.first, let last = state.last else { return (0, 0) }
            let span = (last - first).components
            return (state.total, Double(span.seconds) + Double(span.attoseconds) / 1e18)
        }
    }

    /// The heavy-transfer phase: from the first tenth of a second the bus was at least half full to the last one;
    /// its bytes and seconds.
    public var heavyPhase: (bytes: Int, seconds: Double) {
        let half = Int(bytesPerSecond / 20)
        return state.withLock { state in
            let buckets = state.buckets
            guard let start = buckets.firstIndex(where: { $0 >= half }), let end = buckets.lastIndex(where: { $0 >= half }) else { return (0, 0) }
            return (buckets[start...end].reduce(0, +), Double(end - start + 1) / 10)
        }
    }

    /// "bus: 330.2 MiB in 9.10 s; while transfers were heavy, 320.0 MiB in 8.50 s: 39.5 MB/s, 99% of the bus's 40.0 MB/s".
    public var report: String {
        let (bytes, seconds) = usage
        let heavy = heavyPhase
        let rate = heavy.seconds > 0 ? Double(heavy.bytes) / heavy.seconds : 0
        return String(format: "bus: %.1f MiB in %.2f s; while transfers were heavy, %.1f MiB in %.1f s: %.1f MB/s, %.0f%% of the bus's %.1f MB/s",
                      Double(bytes) / 1_048_576, seconds, Double(heavy.bytes) / 1_048_576, heavy.seconds, rate / 1e6,
                      rate / bytesPerSecond * 100, bytesPerSecond / 1e6)
    }

    /// Parses "40MB" (MB/s, decimal), "480Mbit", "35MiB" or a plain number of bytes per second.
    public static func parseRate(_ text: String) -> Double? {
        let units: [(String, Double)] = [("mbit", 125_000), ("mib", 1_048_576), ("mb", 1_000_000), ("kib", 1024), ("kb", 1000), ("b", 1)]
        let lower = text.lowercased().replacingOccurrences(of: "/s", with: "")
        for (suffix, factor) in units where lower.hasSuffix(suffix) {
            guard let value = Double(lower.dropLast(suffix.count)), value > 0 else { return nil }
            return value * factor
        }
        guard let value = Double(lower), value > 0 else { return nil }
        return value
    }
}
