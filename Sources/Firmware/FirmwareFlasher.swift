import ADB
import Devices
import Diagnostics
import Fastboot
import Foundation

/// A tablet to flash: how to reach it over ADB, and in fastboot mode once it rebooted there.
public struct FlashTablet: Sendable {
    /// How messages name it before its serial is known: "127.0.0.1:5555".
    public var name: String
    /// Its serial, when known (checked against the fastboot endpoint's `serialno`).
    public var serial: String?
    /// Connects over ADB (while it runs Android).
    public var adb: @Sendable () throws -> ADBDevice
    /// Connects to its bootloader (while it is in fastboot mode).
    public var fastboot: @Sendable () throws(FastbootError) -> FastbootDevice
    /// Connects to it in Samsung Download mode, on the same USB port (nil: it cannot be reached there).
    public var download: (@Sendable () throws -> DownloadModeLink)?

    /// Creates a tablet.
    public init(name: String, serial: String? = nil, adb: @escaping @Sendable () throws -> ADBDevice,
                fastboot: @escaping @Sendable () throws(FastbootError) -> FastbootDevice,
                download: (@Sendable () throws -> DownloadModeLink)? = nil) {
        self.name = name
        self.serial = serial
        self.adb = adb
        self.fastboot = fastboot
        self.download = download
    }
}

/// What a flash is doing, for progress lines.
public enum FlashEvent: Sendable, Equatable {
    /// `reboot:bootloader` was sent over ADB.
    case rebootingToBootloader
    /// Connected to the bootloader (its label).
    case inBootloader(String)
    /// Every requirement of the plan is met; writing starts.
    case requirementsMet
    /// Partitions before this one were written by an earlier, interrupted flash.
    case resuming(partition: String)
    /// Partition `step` of `of` starts; its image has `bytes` bytes.
    case flashing(partition: String, step: Int, of: Int, bytes: UInt64)
    /// Image bytes sent so far for this partition.
    case progress(partition: String, sent: Int)
    /// The connection broke; the partition is sent again.
    case retrying(partition: String, attempt: Int, reason: String)
    /// The partition is written (and its reboot, if any, done).
    case flashed(partition: String)
    /// `reboot-bootloader` after a partition.
    case rebootingBootloader
    /// The final `reboot`.
    case rebooting
    /// Waiting for ADB to answer again.
    case waitingForAndroid
    /// The tablet runs the catalog's build.
    case confirmed(TabletBuild)
    /// `reboot download` was sent over ADB (a Samsung tablet).
    case rebootingToDownload
    /// Connected to the tablet in Download mode (where).
    case inDownloadMode(String)
    /// Package `step` of `of` (its kind: BL, AP, CP, CSC) starts; `bytes` go to the tablet.
    case sendingPackage(kind: String, step: Int, of: Int, bytes: UInt64)
}

/// How a flash went.
public struct FlashResult: Sendable, Equatable {
    /// The build before (nil when the tablet was already in fastboot mode).
    public var before: TabletBuild?
    /// The build after, confirmed against the catalog.
    public var after: TabletBuild
    /// The partitions written by this run, in order.
    public var flashed: [String]
    /// Partitions written again after a broken connection.
    public var retries: Int
}

/// Flashes a tablet to a catalog entry: reboot to the bootloader over ADB, check the requirements (a wrong board
/// is refused before any write), flash in plan order (a broken connection retries the partition that failed,
/// and the journal lets a later run go on from there), reboot, wait for Android and confirm the build.
public struct FirmwareFlasher: Sendable {
    /// Partitions done so far, per tablet.
    public var journal: any FlashJournal
    /// How long a reboot may take (to the bootloader, or back to Android).
    public var bootTimeout: Duration = .seconds(120)
    /// Tries per partition when the connection breaks.
    public var attempts = 3
    /// How often an endpoint is tried while the tablet reboots.
    public var pollInterval: Duration = .milliseconds(200)

    /// A flasher writing to `journal`.
    public init(journal: any FlashJournal) { self.journal = journal }

    /// Flashes `tablet` with `images`' entry, reading images as reader `reader` of `images`.
    public func flash(_ tablet: FlashTablet, images: PlanImages, reader: Int,
                      events: @escaping @Sendable (FlashEvent) -> Void = { _ in }) throws(FirmwareFlashError) -> FlashResult {
        let entry = images.entry
        defer { images.release(entry.steps.indices, reader: reader) }
        var name = tablet.name
        let facts = try images.checkAll(tablet: name)
        var before: TabletBuild?
        var serial = tablet.serial
        if let adb = try? tablet.adb() {
            defer { adb.close() }
            before = try? TabletBuild.read(adb)
            serial = serial ?? adb.serial
            name = adb.label
            events(.rebootingToBootloader)
            do { try adb.reboot(.bootloader) } catch { throw .other(error, tablet: name, doing: Say.whileRebootingToBootloader) }
        }
        var device = try waitForFastboot(tablet, serial: serial, name: name)
        defer { device.close() }
        events(.inBootloader(device.label))
        do { try checkRequirements(device, entry: entry, facts: facts, name: name) } catch {
            // Nothing was written: the tablet goes back to Android as it was.
            if before != nil { try? device.reboot() }
            throw error
        }
        events(.requirementsMet)
        var serialNumber = serial ?? ""
        if serial == nil {
            do { serialNumber = try device.getVar(FastbootVariable.serialNumber) } catch { throw .fastboot(error, tablet: name) }
        }
        let done = min(journal.completedSteps(serial: serialNumber, planID: entry.planID), entry.steps.count)
        images.release(0..<done, reader: reader)
        if done > 0, done < entry.steps.count { events(.resuming(partition: entry.steps[done].partition)) }
        var flashed: [String] = []
        var retries = 0
        for index in done..<entry.steps.count {
            let step = entry.steps[index]
            events(.flashing(partition: step.partition, step: index + 1, of: entry.steps.count, bytes: facts[index].size))
            var attempt = 1
            while true {
                let source: ImageSource
                do { source = try images.source(index, reader: reader) } catch {
                    throw FirmwareFlashError(.badImage, tablet: name, summary: Say.imageUnreadable(step.path), reason: "\(error)",
                                             action: Say.checkImageFileFix, helpTopic: "firmware-image-mismatch")
                }
                do {
                    let downloads = try device.downloads(layout: facts[index].layout, size: facts[index].size, partition: step.partition)
                    try device.flash(step.partition, downloads: downloads, source: source) { events(.progress(partition: step.partition, sent: $0)) }
                    break
                } catch where error.isTransient && attempt < attempts {
                    attempt += 1
                    retries += 1
                    events(.retrying(partition: step.partition, attempt: attempt, reason: error.summary))
                    device.close()
                    device = try waitForFastboot(tablet, serial: serialNumber, name: name)
                } catch {
                    throw .fastboot(error, tablet: name)
                }
            }
            images.release([index], reader: reader)
            flashed.append(step.partition)
            if step.then == .rebootBootloader {
                events(.rebootingBootloader)
                do { try device.rebootBootloader() } catch { throw .fastboot(error, tablet: name) }
                device = try waitForFastboot(tablet, serial: serialNumber, name: name)
            }
            journal.record(serial: serialNumber, planID: entry.planID, steps: index + 1)
            events(.flashed(partition: step.partition))
        }
        events(.rebooting)
        do { try device.reboot() } catch { throw .fastboot(error, tablet: name) }
        events(.waitingForAndroid)
        let after = try waitForAndroid(tablet, name: name)
        guard case .upToDate = entry.check(after.installed, bootloader: after.bootloader) else {
            throw FirmwareFlashError(.buildNotConfirmed, tablet: name, summary: Say.buildNotConfirmed(tablet: name),
                                     reason: Say.buildNotConfirmedReason(runs: after.shortName, bootloader: after.bootloader, pda: nil, patch: after.securityPatch,
                                                                         board: entry.board, installs: entry.bootloader, installsPatch: entry.securityPatch),
                                     action: Say.buildNotConfirmedFix(packages: false),
                                     helpTopic: "firmware-build-not-confirmed")
        }
        journal.finish(serial: serialNumber)
        events(.confirmed(after))
        return FlashResult(before: before, after: after, flashed: flashed, retries: retries)
    }
}
