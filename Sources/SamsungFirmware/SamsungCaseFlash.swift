import Foundation
import Odin

/// Flashes one package to every tablet of a case at once, each on its own thread, the package read once.
///
/// Before any write each tablet's PIT must hold every entry's partition. A tablet that fails stops alone; the
/// others carry on.
public enum SamsungCaseFlash {
    /// How one tablet ended.
    public enum Outcome: Sendable, Equatable {
        case flashed
        case failed(String)
    }

    /// Flashes `package` (verified, its `plan`) through the sessions `open(index)` makes, `count` tablets at once.
    public static func flash<T: OdinTransport>(_ package: SamsungPackage, plan: [SamsungPackageEntry], count: Int,
                                                reboot: Bool = true, window: Int = 16,
                                                open: @escaping @Sendable (Int) throws -> OdinSession<T>) -> [Outcome] {
        let broadcast = PackageBroadcast(package: package, readers: count, window: window)
        let outcomes = NSLock()
        nonisolated(unsafe) var results = Array(repeating: Outcome.failed("not started"), count: count)
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let reader = broadcast.reader(index)
            // Serial queues overcommit on Linux: one per tablet, so blocking transfers never wait for a pool thread.
            DispatchQueue(label: "odin tablet \(index)").async {
                defer { group.leave() }
                let outcome: Outcome
                do {
                    let session = try open(index)
                    try session.open()
                    let pit = try session.pit()
                    for entry in plan where !pit.entries.contains(entry.partition) {
                        throw SamsungPackageProblem.notInPIT(entry: entry.name, partitions: pit.entries.map(\.flashFileName))
                    }
                    try session.announce(totalBytes: UInt64(plan.reduce(0) { $0 + $1.flashSize }))
                    for entry in plan {
                        try session.flash(entry.partition, byteCount: entry.flashSize) { offset, count in
                            try reader.read(entry: entry.name, offset: offset, count: count)
                        }
                    }
                    try session.close(reboot: reboot)
                    outcome = .flashed
                } catch {
                    outcome = .failed("\(error)")
                }
                reader.detach()
                outcomes.withLock { results[index] = outcome }
            }
        }
        broadcast.run()
        group.wait()
        return outcomes.withLock { results }
    }
}
