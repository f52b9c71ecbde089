import Diagnostics
import Odin

extension FirmwareCase {
    /// The standing of a Samsung tablet found in Download mode on its port (an earlier flash was cut, or it was
    /// started there), from the model its PIT reports, else from the plan `journal` kept of its cut flash; nil when
    /// nothing answers there in Download mode.
    static func inDownloadMode(_ tablet: FlashTablet, catalog: FirmwareCatalog, journal: (any FlashJournal)?) -> FirmwareStanding? {
        guard let download = tablet.download, let link = try? download() else { return nil }
        defer { link.close() }
        var standing = FirmwareStanding(name: tablet.name)
        standing.inDownloadMode = true
        guard (try? link.session.open()) != nil, let pit = try? link.session.pit() else {
            standing.problem = Say.inDownloadModeNotAnswering
            return standing
        }
        let journaled = tablet.serial.flatMap { serial in journal?.planID(serial: serial) }.flatMap { plan in catalog.entries.first { $0.planID == plan } }
        guard let model = pit.model ?? journaled?.models.first else {
            standing.problem = Say.inDownloadModeNoModel
            return standing
        }
        let entry = pit.model == nil ? journaled : catalog.entry(board: nil, model: model)
        standing.entry = entry
        standing.compliance = entry == nil ? .otherModel(model) : .needsFlashing([Say.itIsInDownloadMode])
        standing.build = TabletBuild(serial: tablet.serial ?? tablet.name, model: model, board: entry?.board ?? "-", fingerprint: "",
                                     securityPatch: "", bootloader: "")
        return standing
    }
}
