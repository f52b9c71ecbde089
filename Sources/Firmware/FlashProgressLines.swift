import Diagnostics
import Foundation

/// One line per step of each tablet's flash; big images also at 25 %, 50 % and 75 % (lock held while printing).
public final class FlashProgressLines: @unchecked Sendable {
    private let lock = NSLock()
    private let print: @Sendable (String) -> Void
    private var sizes: [String: (step: String, bytes: UInt64, shown: Int)] = [:]

    /// Lines go to `print`, one call per line.
    public init(print: @escaping @Sendable (String) -> Void) { self.print = print }

    /// Prints the line for `event` of `tablet`, if it has one.
    public func show(_ tablet: String, _ event: FlashEvent) {
        lock.withLock {
            let line: String?
            switch event {
            case let .flashing(partition, step, count, bytes):
                sizes[tablet] = ("[\(step)/\(count)] \(partition)", bytes, 0)
                line = Self.words(event)
            case .progress(_, let sent):
                // Byte progress is stateful: a line at each quarter of a big image.
                guard var current = sizes[tablet], current.bytes >= 16 << 20 else { return }
                let quarter = Int(UInt64(sent) * 4 / max(current.bytes, 1))
                guard quarter > current.shown, quarter < 4 else { return }
                current.shown = quarter
                sizes[tablet] = current
                line = Say.flashQuarter(step: current.step, percent: quarter * 25, sent: Self.size(UInt64(sent)), of: Self.size(current.bytes))
            default: line = Self.words(event)
            }
            if let line { print("\(tablet): \(line)") }
        }
    }

    /// The words for `event` (nil for byte progress and the wait for Android), shared by every progress display.
    public static func words(_ event: FlashEvent) -> String? {
        switch event {
        case .rebootingToBootloader: return Say.flashRebootingToBootloader
        case .inBootloader: return Say.flashInFastbootMode
        case .requirementsMet: return Say.flashRequirementsMet
        case .resuming(let partition): return Say.flashResuming(partition: partition)
        case let .flashing(partition, step, count, bytes): return Say.flashFlashing(partition: partition, step: step, of: count, size: size(bytes))
        case .progress, .waitingForAndroid: return nil
        case let .retrying(partition, attempt, reason): return Say.flashRetrying(partition: partition, attempt: attempt, reason: reason)
        case .flashed(let partition): return Say.flashDone(partition: partition)
        case .rebootingBootloader: return Say.flashRestartingBootloader
        case .rebooting: return Say.flashRebootingIntoAndroid
        case .confirmed(let build): return Say.flashConfirmed(build: build.shortName, securityPatch: build.securityPatch)
        case .rebootingToDownload: return Say.flashRebootingToDownload
        case .inDownloadMode(let place): return Say.flashInDownloadMode(place)
        case let .sendingPackage(kind, step, count, bytes): return Say.flashSending(kind: kind, step: step, of: count, size: size(bytes))
        }
    }

    /// "3.0 MiB".
    public static func size(_ bytes: UInt64) -> String {
        bytes >= 1 << 30 ? String(format: "%.1f GiB", Double(bytes) / Double(1 << 30))
            : bytes >= 1 << 20 ? String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) : "\(bytes / 1024) KiB"
    }
}
