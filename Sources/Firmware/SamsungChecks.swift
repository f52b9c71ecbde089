import Diagnostics

/// What must hold on a Samsung tablet before anything is written: its model is one the packages are for, and
/// the packages are not older than what it runs (anti-rollback).
enum SamsungChecks {
    /// The tablet's model (Android's ro.product.model, or what Download mode reports) against the entry's models.
    static func model(_ model: String, entry: FirmwareEntry, tablet: String) throws(FirmwareFlashError) {
        guard !entry.models.isEmpty, !entry.models.contains(where: { $0.lowercased() == model.lowercased() }) else { return }
        throw FirmwareFlashError(.wrongModel, tablet: tablet, summary: Say.otherModel(tablet: tablet, model: model, board: entry.board, models: entry.models),
                                 reason: Say.otherModelReason, action: Say.otherModelFix(model: model),
                                 helpTopic: "firmware-wrong-board")
    }

    /// The installed bootloader's binary revision against the packages' (Samsung refuses going back).
    static func rollback(installed: String, entry: FirmwareEntry, tablet: String) throws(FirmwareFlashError) {
        guard let current = SamsungVersion(installed), let package = SamsungVersion(entry.bootloader), package.revision < current.revision else { return }
        throw FirmwareFlashError(.olderThanInstalled, tablet: tablet, summary: Say.olderThanInstalled(tablet: tablet, installed: installed, revision: current.revisionMark, bootloader: entry.bootloader,
                                                                packageRevision: package.revisionMark),
                                 reason: Say.olderThanInstalledReason,
                                 action: Say.olderThanInstalledFix(revision: current.revisionMark, modelCode: current.modelCode, board: entry.board),
                                 helpTopic: "firmware-rollback")
    }
}
