import ADB
import Devices
import Diagnostics
import Foundation
import Odin
import SamsungFirmware

extension FirmwareFlasher {
    /// Flashes a Samsung tablet with `packages`' entry (already checked), reading them as reader `reader`: model
    /// and anti-rollback checked over ADB, `reboot download`, found again in Download mode on its port, its PIT
    /// checked against every package entry (all before any write), the packages sent, then back in Android with
    /// the new build confirmed. A tablet already in Download mode (an earlier run cut) is taken up as it is.
    public func flashOdin(_ tablet: FlashTablet, packages: PlanPackages, reader: Int,
                          events: @escaping @Sendable (FlashEvent) -> Void = { _ in }) throws(FirmwareFlashError) -> FlashResult {
        defer { packages.release(reader: reader) }
        let entry = packages.entry
        var name = tablet.name
        var before: TabletBuild?
        var serial = tablet.serial
        if tablet.download == nil {
            // Rebooting it to a Download mode Valise cannot reach would strand it there.
            throw FirmwareFlashError(.unreachable, tablet: name, summary: Say.downloadModeOutOfReach(tablet: name),
                                     reason: Say.downloadModeOutOfReachReason,
                                     action: Say.downloadModeOutOfReachFix,
                                     helpTopic: "firmware-download-mode")
        }
        if let adb = try? tablet.adb() {
            defer { adb.close() }
            let build: TabletBuild
            do { build = try TabletBuild.read(adb) } catch { throw .other(error, tablet: name, doing: Say.whileReadingBuild) }
            before = build
            serial = serial ?? adb.serial
            name = adb.label
            try SamsungChecks.model(build.model, entry: entry, tablet: name)
            try SamsungChecks.rollback(installed: build.bootloader, entry: entry, tablet: name)
            events(.rebootingToDownload)
            do { try adb.reboot(.download) } catch { throw .other(error, tablet: name, doing: Say.whileRebootingToDownload) }
        }
        let link = try waitForDownloadMode(tablet, name: name)
        defer { link.close() }
        events(.inDownloadMode(link.label))
        let session = link.session
        var plans: [[SamsungPackageEntry]] = []
        do {
            try session.open()
            let pit = try session.pit()
            do {
                if let model = pit.model { try SamsungChecks.model(model, entry: entry, tablet: name) }
                for package in packages.packages { plans.append(try package.plan(for: pit)) }
            } catch let refusal as FirmwareFlashError {
                // Nothing was written: the tablet goes back to Android as it was.
                try? session.close(reboot: true)
                throw refusal
            } catch {
                try? session.close(reboot: true)
                throw FirmwareFlashError(.wrongModel, tablet: name, summary: Say.cannotTakePackages(tablet: name, board: entry.board),
                                         reason: "\(error). " + Say.nothingWritten,
                                         action: Say.cannotTakePackagesFix(board: entry.board, models: entry.models),
                                         helpTopic: "firmware-wrong-board")
            }
        } catch let error as FirmwareFlashError {
            throw error
        } catch {
            throw Self.odinFailure(error, tablet: name)
        }
        events(.requirementsMet)
        let journalSerial = serial ?? "download-\(link.label)"
        journal.record(serial: journalSerial, planID: entry.planID, steps: 0)
        let readers = packages.readers(for: reader)
        var sending = ""
        do {
            try session.announce(totalBytes: UInt64(plans.joined().reduce(0) { $0 + $1.flashSize }))
            for (index, (plan, source)) in zip(plans, readers).enumerated() {
                let kind = entry.packages[index].kind
                sending = kind
                events(.sendingPackage(kind: kind, step: index + 1, of: plans.count, bytes: UInt64(plan.reduce(0) { $0 + $1.flashSize })))
                for item in plan {
                    try session.flash(item.partition, byteCount: item.flashSize) { offset, destination in
                        try source.read(entry: item.name, offset: offset, into: destination, beforeWaiting: session.yieldTurn)
                    }
                }
                source.detach()
                journal.record(serial: journalSerial, planID: entry.planID, steps: index + 1)
                events(.flashed(partition: kind))
            }
            events(.rebooting)
            try session.close(reboot: true)
        } catch let error as OdinProtocolError {
            guard case .refused = error else { throw Self.odinFailure(error, tablet: name) }
            throw FirmwareFlashError(.refused, tablet: name, summary: Say.packageRefusedInDownloadMode(tablet: name, kind: sending),
                                     reason: Say.packageRefusedInDownloadModeReason("\(error)"),
                                     action: Say.packageRefusedInDownloadModeFix(board: entry.board),
                                     helpTopic: "firmware-rollback")
        } catch {
            throw Self.odinFailure(error, tablet: name)
        }
        events(.waitingForAndroid)
        let after = try waitForAndroid(tablet, name: name)
        guard case .upToDate = entry.check(after.installed, bootloader: after.bootloader, pda: after.pda) else {
            throw FirmwareFlashError(.buildNotConfirmed, tablet: name, summary: Say.buildNotConfirmed(tablet: name),
                                     reason: Say.buildNotConfirmedReason(runs: after.shortName, bootloader: after.bootloader, pda: after.pda, patch: after.securityPatch,
                                                                         board: entry.board, installs: entry.pda ?? entry.bootloader, installsPatch: entry.securityPatch),
                                     action: Say.buildNotConfirmedFix(packages: true),
                                     helpTopic: "firmware-build-not-confirmed")
        }
        journal.finish(serial: journalSerial)
        events(.confirmed(after))
        return FlashResult(before: before, after: after, flashed: entry.packages.map(\.kind), retries: 0)
    }

    /// Connects to the tablet in Download mode on its port, trying until `bootTimeout` (it may still be rebooting).
    func waitForDownloadMode(_ tablet: FlashTablet, name: String) throws(FirmwareFlashError) -> DownloadModeLink {
        guard let download = tablet.download else { preconditionFailure("checked before the reboot") }
        let deadline = ContinuousClock.now + bootTimeout
        var last: (any Error)?
        while ContinuousClock.now < deadline {
            do { return try download() } catch { last = error }
            Thread.sleep(forTimeInterval: pollInterval.seconds)
        }
        throw FirmwareFlashError(.unreachable, tablet: name, summary: Say.noDownloadMode(tablet: name),
                                 reason: Say.noDownloadModeReason(seconds: Int(bootTimeout.seconds), last: last.map { "\($0)" }),
                                 action: Say.noDownloadModeFix,
                                 helpTopic: "firmware-download-mode")
    }

    static func odinFailure(_ error: any Error, tablet: String) -> FirmwareFlashError {
        if let error = error as? FirmwareFlashError { return error }
        return FirmwareFlashError(.unreachable, tablet: tablet, summary: Say.stoppedInDownloadMode(tablet: tablet),
                                  reason: "\(error)",
                                  action: Say.stoppedInDownloadModeFix,
                                  helpTopic: "firmware-download-mode")
    }
}
