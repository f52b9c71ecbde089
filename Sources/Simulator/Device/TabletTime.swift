import Foundation

/// Time a real tablet spends on its own (installing an app, writing a partition), spent by the simulated tablet's
/// thread waiting, not computing: the host's cores stay with Valise, so a benchmark of a whole case measures
/// Valise's concurrency rather than how fast one machine can pretend to be 32 tablets.
enum TabletTime {
    /// Waits as long as `bytes` take at `rate` bytes a second.
    static func spend(bytes: Int, rate: Int) {
        guard bytes > 0, rate > 0 else { return }
        Thread.sleep(forTimeInterval: Double(bytes) / Double(rate))
    }
}
