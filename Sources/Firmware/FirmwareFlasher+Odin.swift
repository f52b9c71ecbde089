import ADB
import Devices
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
            throw FirmwareFlashError(.unreachable, tablet: name, summary: "Valise cannot reach tablet \(name) in Download mode: it was not flashed.",
                                     reason: "Samsung tablets are flashed in Download mode over USB; this one is not on USB. Nothing was written.",
                                     action: "Plug the tablet into this computer's USB (or the case's hub), then run the command again.",
                                     helpTopic: "firmware-download-mode")
        }
        if let adb = try? tablet.adb() {
            defer { adb.close() }
            let build: TabletBuild
            do { build = try TabletBuild.read(adb) } catch { throw .other(error, tablet: name, doing: "reading its build") }
            before = build
            serial = serial ?? adb.serial
            name = adb.label
            try SamsungChecks.model(build.model, entry: entry, tablet: name)
            try SamsungChecks.rollback(installed: build.bootloader, entry: entry, tablet: name)
            events(.rebootingToDownload)
            do { try adb.reboot(.download) } catch { throw .other(error, tablet: name, doing: "rebooting to Download mode") }
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
                throw FirmwareFlashError(.wrongModel, tablet: name, summary: "Tablet \(name) cannot take the \(entry.board) packages: the firmware was not flashed.",
                                         reason: "\(error). Nothing was written.",
                                         action: "Check that the catalog's \(entry.board) packages are the ones for this tablet's model (\(entry.models.joined(separator: ", "))), then run the command again.",
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
                        try source.read(entry: item.name, offset: offset, into: destination)
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
            throw FirmwareFlashError(.refused, tablet: name, summary: "Tablet \(name) refused the \(sending.isEmpty ? "firmware" : sending) package in Download mode: it was not flashed completely.",
                                     reason: "\(error). A Samsung tablet refuses a binary built for another model, one of an older binary revision than it runs (anti-rollback, \"SW REV CHECK FAIL\" on its screen) or one its bootloader does not accept.",
                                     action: "Read the reason in red on the tablet's Download mode screen; put Samsung's official packages for its model, of its binary revision or later, in the catalog's \(entry.board) entry, then run the command again (the tablet stays in Download mode and is taken up there).",
                                     helpTopic: "firmware-rollback")
        } catch {
            throw Self.odinFailure(error, tablet: name)
        }
        events(.waitingForAndroid)
        let after = try waitForAndroid(tablet, name: name)
        guard case .upToDate = entry.check(after.installed, bootloader: after.bootloader, pda: after.pda) else {
            throw FirmwareFlashError(.buildNotConfirmed, tablet: name, summary: "Tablet \(name) did not come back with the catalog's build.",
                                     reason: "It runs \(after.shortName) (bootloader \(after.bootloader), PDA \(after.pda.isEmpty ? "unknown" : after.pda), patch \(after.securityPatch)); the catalog's \(entry.board) entry installs \(entry.pda ?? entry.bootloader) with patch \(entry.securityPatch).",
                                     action: "Run `valise firmware flash` again for this tablet; if it comes back the same, check that the catalog's packages are the ones for this build.",
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
        throw FirmwareFlashError(.unreachable, tablet: name, summary: "Tablet \(name) did not come up in Download mode.",
                                 reason: "Nothing answered in Download mode on its USB port within \(Int(bootTimeout.seconds)) s\(last.map { " (\($0))" } ?? "").",
                                 action: "Check its cable; if the tablet shows the Download mode screen, run the command again (Valise takes it up there). Otherwise hold Volume Down and Volume Up while plugging it in.",
                                 helpTopic: "firmware-download-mode")
    }

    static func odinFailure(_ error: any Error, tablet: String) -> FirmwareFlashError {
        if let error = error as? FirmwareFlashError { return error }
        return FirmwareFlashError(.unreachable, tablet: tablet, summary: "Tablet \(tablet) stopped answering in Download mode: it was not flashed completely.",
                                  reason: "\(error)",
                                  action: "Check its cable and leave it on its Download mode screen, then run the command again: Valise takes it up there and sends the packages again.",
                                  helpTopic: "firmware-download-mode")
    }
}
