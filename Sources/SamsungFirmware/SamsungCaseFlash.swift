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

    /// Flashes `package` (verified) through the sessions `open(index)` makes, `count` tablets at once.
    public static func flash<T: OdinTransport>(_ package: SamsungPackage, count: Int, reboot: Bool = true, window: Int = 16,
                                                open: @escaping @Sendable (Int) throws -> OdinSession<T>) -> [Outcome] {
        flash([package], count: count, reboot: reboot, window: window, open: open)
    }

    /// Flashes every package (BL, AP, CP, CSC: verified) in one session per tablet, `count` tablets at once, each
    /// package read once for all of them. Each tablet's PIT must hold every entry's partition (checked before any
    /// write on that tablet).
    public static func flash<T: OdinTransport>(_ packages: [SamsungPackage], count: Int, reboot: Bool = true, window: Int = 16,
                                                open: @escaping @Sendable (Int) throws -> OdinSession<T>) -> [Outcome] {
        let broadcasts = packages.map { PackageBroadcast(package: $0, readers: count, window: window) }
        let outcomes = NSLock()
        nonisolated(unsafe) var results = Array(repeating: Outcome.failed("not started"), count: count)
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let readers = broadcasts.map { $0.reader(index) }
            // Serial queues overcommit on Linux: one per tablet, so blocking transfers never wait for a pool thread.
            DispatchQueue(label: "odin tablet \(index)").async {
                defer { group.leave() }
                let outcome: Outcome
                do {
                    let session = try open(index)
                    try session.open()
                    let pit = try session.pit()
                    let plans = try packages.map { try $0.plan(for: pit) }
                    try session.announce(totalBytes: UInt64(plans.joined().reduce(0) { $0 + $1.flashSize }))
                    for (reader, plan) in zip(readers, plans) {
                        for entry in plan {
                            try session.flash(entry.partition, byteCount: entry.flashSize) { offset, destination in
                                try reader.read(entry: entry.name, offset: offset, into: destination, beforeWaiting: session.yieldTurn)
                            }
                        }
                        reader.detach()
                    }
                    try session.close(reboot: reboot)
                    outcome = .flashed
                } catch {
                    outcome = .failed("\(error)")
                }
                readers.forEach { $0.detach() }
                outcomes.withLock { results[index] = outcome }
            }
        }
        for broadcast in broadcasts { broadcast.run() }
        group.wait()
        return outcomes.withLock { results }
    }
}
