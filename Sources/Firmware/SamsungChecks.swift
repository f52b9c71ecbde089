
/// What must hold on a Samsung tablet before anything is written: its model is one the packages are for, and
/// the packages are not older than what it runs (anti-rollback).
enum SamsungChecks {
    /// The tablet's model (Android's ro.product.model, or what Download mode reports) against the entry's models.
    static func model(_ model: String, entry: FirmwareEntry, tablet: String) throws(FirmwareFlashError) {
        guard !entry.models.isEmpty, !entry.models.contains(where: { $0.lowercased() == model.lowercased() }) else { return }
        throw FirmwareFlashError(.wrongModel, tablet: tablet, summary: "Tablet \(tablet) is an \(model.isEmpty ? "unnamed model" : model), but the \(entry.board) packages are for the \(entry.models.joined(separator: ", ")): the firmware was not flashed.",
                                 reason: "Firmware built for another model can leave the tablet unable to start. Nothing was written.",
                                 action: "Add an entry for the \(model) to the catalog with its own packages (or take this tablet out of the run), then run the command again.",
                                 helpTopic: "firmware-wrong-board")
    }

    /// The installed bootloader's binary revision against the packages' (Samsung refuses going back).
    static func rollback(installed: String, entry: FirmwareEntry, tablet: String) throws(FirmwareFlashError) {
        guard let current = SamsungVersion(installed), let package = SamsungVersion(entry.bootloader), package.revision < current.revision else { return }
        throw FirmwareFlashError(.olderThanInstalled, tablet: tablet, summary: "Tablet \(tablet) runs bootloader \(installed) (binary revision \(current.revisionMark)); the catalog's \(entry.bootloader) is revision \(package.revisionMark): the firmware was not flashed.",
                                 reason: "Samsung tablets refuse firmware of an older binary revision than the one they run (anti-rollback); the tablet would stop the flash with \"SW REV CHECK FAIL\". Nothing was written.",
                                 action: "Put packages of revision \(current.revisionMark) or later (names like \(current.modelCode)XXU\(current.revisionMark)…) in the catalog's \(entry.board) entry, then run the command again.",
                                 helpTopic: "firmware-rollback")
    }
}
