import Devices
import Diagnostics
import Firmware
import Foundation

/// The firmware step of a provisioning run: before the rest of the pipeline, the tablets behind the catalog
/// are flashed together, fastboot and Samsung Download-mode boards alike (each image or package read once for
/// the whole case, a wrong board or model, or an older Samsung package, refused before any write),
/// then they go on with the other steps. A tablet whose fastboot endpoint is unknown is only reported.
public struct FirmwarePhase: Sendable {
    /// The district's catalog.
    public let catalog: FirmwareCatalog
    /// Flashes one tablet (its journal lets an interrupted flash go on from the partition that failed).
    public let flasher: FirmwareFlasher
    /// How to reach a target over ADB and in fastboot mode; nil when its fastboot endpoint is unknown.
    public let tablet: @Sendable (ProvisionTarget) -> FlashTablet?

    /// Creates the phase.
    public init(catalog: FirmwareCatalog, flasher: FirmwareFlasher, tablet: @escaping @Sendable (ProvisionTarget) -> FlashTablet?) {
        self.catalog = catalog
        self.flasher = flasher
        self.tablet = tablet
    }

    /// A tablet the firmware step stopped: its serial and why.
    struct Stopped {
        let serial: String
        let problem: TabletProblem
    }

    /// Flashes the targets that need it; returns each that failed (they stop there).
    func run(_ targets: [ProvisionTarget], events: @escaping @Sendable (ProvisionEvent) -> Void) -> [ProvisionTarget: Stopped] {
        let candidates = targets.compactMap { target in tablet(target).map { (target, $0) } }
        let standings = FirmwareCase.check(candidates.map(\.1), catalog: catalog, journal: flasher.journal)
        var jobs: [(tablet: FlashTablet, entry: FirmwareEntry)] = []
        var flashed: [(target: ProvisionTarget, serial: String)] = []
        var problems: [ProvisionTarget: Stopped] = [:]
        for ((target, flashTablet), standing) in zip(candidates, standings) {
            if standing.inFastbootMode, standing.entry == nil, let build = standing.build {
                // It cannot go on to the other steps in its bootloader, and nothing says what to flash.
                let problem = TabletProblem(Say.fastbootNoEntry(serial: build.serial, name: flashTablet.name, board: build.board),
                                            reason: Say.fastbootNoEntryWhy, action: Say.fastbootNoEntryFix(board: build.board),
                                            helpTopic: "firmware-catalog")
                problems[target] = Stopped(serial: build.serial, problem: problem)
                events(ProvisionEvent(slot: target.slot, serial: build.serial, kind: .failed, message: problem.summary, caseName: target.caseName))
                continue
            }
            if standing.inDownloadMode, standing.entry == nil {
                // It cannot go on to the other steps in Download mode, and nothing says what to send it.
                let what = standing.build.map { Say.downloadModelUnknown($0.model) } ?? standing.problem ?? Say.downloadUnreadable
                let problem = TabletProblem(Say.downloadNoEntry(name: flashTablet.name, what: what), reason: Say.downloadNoEntryWhy,
                                            action: Say.downloadNoEntryFix,
                                            helpTopic: "firmware-download-mode")
                problems[target] = Stopped(serial: standing.build?.serial ?? flashTablet.name, problem: problem)
                events(ProvisionEvent(slot: target.slot, serial: standing.build?.serial ?? flashTablet.name, kind: .failed, message: problem.summary,
                                      caseName: target.caseName))
                continue
            }
            guard let entry = standing.entry, case .needsFlashing = standing.compliance, let build = standing.build else { continue }
            var tablet = flashTablet
            tablet.serial = build.serial
            jobs.append((tablet, entry))
            flashed.append((target, build.serial))
        }
        guard !jobs.isEmpty else { return problems }
        let places = flashed
        let results = FirmwareCase.flash(jobs, flasher: flasher) { index, event in
            let (target, serial) = places[index]
            if let line = FlashProgressLines.words(event) {
                events(ProvisionEvent(slot: target.slot, serial: serial, kind: .firmware, message: line, caseName: target.caseName))
            }
        }
        for (index, result) in results.enumerated() {
            guard case .failure(let error) = result else { continue }
            let (target, serial) = flashed[index]
            problems[target] = Stopped(serial: serial, problem: TabletProblem(error.summary, reason: error.reason, action: error.action,
                                                                               helpTopic: error.helpTopic))
            events(ProvisionEvent(slot: target.slot, serial: serial, kind: .failed, message: error.summary, caseName: target.caseName))
        }
        return problems
    }
}
