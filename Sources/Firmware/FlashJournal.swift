import Foundation

/// Remembers which partitions of a plan a tablet already has, so that an interrupted flash goes on from the
/// partition that failed instead of starting over.
///
/// The flasher calls `completedSteps` once before writing, `record` after each partition is written (and its
/// reboot, if any, done), and `finish` once the tablet runs the new build. Implementations must be thread-safe
/// (tablets of a case flash in parallel).
public protocol FlashJournal: Sendable {
    /// How many steps of plan `planID` tablet `serial` has done (0 when unknown or another plan).
    func completedSteps(serial: String, planID: String) -> Int
    /// Tablet `serial` has done the first `steps` steps of plan `planID`.
    func record(serial: String, planID: String, steps: Int)
    /// Tablet `serial` runs the plan's build: forget it.
    func finish(serial: String)
    /// The plan tablet `serial` was last flashed with and has not finished (nil when none): a tablet found in
    /// Samsung Download mode, which may not say its model, is taken up with it.
    func planID(serial: String) -> String?
}

/// A journal kept in memory (one run).
public final class MemoryFlashJournal: FlashJournal, @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (planID: String, steps: Int)] = [:]

    /// An empty journal.
    public init() {}

    public func completedSteps(serial: String, planID: String) -> Int {
        lock.withLock { entries[serial].flatMap { $0.planID == planID ? $0.steps : nil } ?? 0 }
    }

    public func record(serial: String, planID: String, steps: Int) { lock.withLock { entries[serial] = (planID, steps) } }

    public func planID(serial: String) -> String? { lock.withLock { entries[serial]?.planID } }

    public func finish(serial: String) { lock.withLock { entries[serial] = nil } }
}

/// A journal kept as one small JSON file per tablet in a folder (`$VALISE_HOME/firmware-journal`), so that the
/// next `valise firmware flash` after a crash or an unplug goes on where the last one stopped.
public final class FolderFlashJournal: FlashJournal, @unchecked Sendable {
    private struct Entry: Codable {
        var planID: String
        var steps: Int
    }

    /// The folder.
    public let folder: URL
    private let lock = NSLock()

    /// A journal in `folder` (created when first written).
    public init(folder: URL) { self.folder = folder }

    private func file(_ serial: String) -> URL {
        let safe = serial.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
        return folder.appendingPathComponent(String(safe) + ".json")
    }

    public func completedSteps(serial: String, planID: String) -> Int {
        lock.withLock {
            guard let data = try? Data(contentsOf: file(serial)), let entry = try? JSONDecoder().decode(Entry.self, from: data),
                  entry.planID == planID else { return 0 }
            return max(0, entry.steps)
        }
    }

    public func planID(serial: String) -> String? {
        lock.withLock {
            guard let data = try? Data(contentsOf: file(serial)), let entry = try? JSONDecoder().decode(Entry.self, from: data) else { return nil }
            return entry.planID
        }
    }

    public func record(serial: String, planID: String, steps: Int) {
        lock.withLock {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if let data = try? JSONEncoder().encode(Entry(planID: planID, steps: steps)) { try? data.write(to: file(serial), options: .atomic) }
        }
    }

    public func finish(serial: String) { lock.withLock { try? FileManager.default.removeItem(at: file(serial)) } }
}
