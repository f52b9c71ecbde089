/// Firmware: the flash of a case (fastboot and Samsung Download mode), its refusals and failures, its progress
/// lines, the images and packages checked against the catalog, and the catalog's own problems.
extension Say {
    /// `Nothing was written.` after why a flash was refused.
    public static var nothingWritten: String { pick(en: "Nothing was written.", fr: "Rien n'a été écrit.") }

    // MARK: The result column of a flash summary

    /// "refused: wrong board", "failed: unreachable"…, by the refusal's kind (`FirmwareFlashErrorKind`'s raw value).
    public static func flashResult(_ kind: String) -> String {
        switch kind {
        case "wrongBoard": pick(en: "refused: wrong board", fr: "refusé : mauvaise carte")
        case "requirementNotMet": pick(en: "refused: requirements", fr: "refusé : prérequis")
        case "badImage": pick(en: "refused: image differs", fr: "refusé : image différente")
        case "unknownModel": pick(en: "refused: unknown model", fr: "refusé : modèle inconnu")
        case "locked": pick(en: "refused: locked", fr: "refusé : verrouillé")
        case "refused": pick(en: "refused by the bootloader", fr: "refusé par le bootloader")
        case "unreachable": pick(en: "failed: unreachable", fr: "échec : injoignable")
        case "wrongEndpoint": pick(en: "failed: wrong endpoint", fr: "échec : mauvais point d'accès")
        case "buildNotConfirmed": pick(en: "failed: build not confirmed", fr: "échec : build non confirmé")
        case "wrongModel": pick(en: "refused: wrong model", fr: "refusé : mauvais modèle")
        case "olderThanInstalled": pick(en: "refused: older than installed", fr: "refusé : version antérieure")
        default: kind
        }
    }

    // MARK: A flash that failed on the way

    /// Tablet `tablet` failed while `doing` (one of the `while…` phrases below).
    public static func flashFailedWhile(tablet: String, doing: String) -> String {
        pick(en: "Tablet \(tablet) failed while \(doing).", fr: "La tablette \(tablet) a échoué pendant \(doing).")
    }

    public static var whileConnectingToBootloader: String {
        pick(en: "connecting to its bootloader", fr: "la connexion à son bootloader")
    }

    public static var whileRebootingToBootloader: String {
        pick(en: "rebooting to the bootloader", fr: "le redémarrage vers le bootloader")
    }

    public static var whileReadingBuild: String { pick(en: "reading its build", fr: "la lecture de son build") }

    public static var whileRebootingToDownload: String {
        pick(en: "rebooting to Download mode", fr: "le redémarrage en mode Download")
    }

    public static var flashFailedFix: String {
        pick(en: "Check the cable and run the command again: Valise goes on from the partition that failed.",
             fr: "Vérifiez le câble et relancez la commande : Valise reprend à la partition qui a échoué.")
    }

    // MARK: Refused before any write (fastboot)

    /// The bootloader reports another board (`reported`, empty when it does not say) than the entry's `board`.
    public static func otherBoard(tablet: String, reported: String, board: String) -> String {
        pick(en: "Tablet \(tablet) is a \(reported.isEmpty ? "board that does not say its name" : reported), not a \(board): the firmware was not flashed.",
             fr: "La tablette \(tablet) est \(reported.isEmpty ? "une carte qui ne donne pas son nom" : "une \(reported)"), pas une \(board) : le firmware n'a pas été flashé.")
    }

    public static func otherBoardReason(board: String, requirement: String, reported: String) -> String {
        pick(en: "The catalog's \(board) entry says \"\(requirement)\", and the tablet's bootloader reports product \(reported.isEmpty ? "(none)" : reported); firmware for another board can leave it unable to start. Nothing was written.",
             fr: "L'entrée \(board) du catalogue indique \"\(requirement)\", et le bootloader de la tablette annonce le product \(reported.isEmpty ? "(aucun)" : reported) ; un firmware pour une autre carte peut l'empêcher de démarrer. Rien n'a été écrit.")
    }

    public static func otherBoardFix(reported: String) -> String {
        pick(en: "Add an entry for \(reported.isEmpty ? "this board" : reported) to the catalog (or take this tablet out of the run), then run the command again.",
             fr: "Ajoutez au catalogue une entrée pour \(reported.isEmpty ? "cette carte" : reported) (ou retirez cette tablette de l'opération), puis relancez la commande.")
    }

    public static func requirementNotMet(tablet: String, board: String) -> String {
        pick(en: "Tablet \(tablet) does not meet the \(board) firmware's requirements: nothing was written.",
             fr: "La tablette \(tablet) ne remplit pas les prérequis du firmware \(board) : rien n'a été écrit.")
    }

    public static func requirementNotMetReason(requirement: String, variable: String, value: String) -> String {
        pick(en: "The plan says \"\(requirement)\", and the bootloader reports \(variable)=\(value.isEmpty ? "(nothing)" : value).",
             fr: "Le plan indique \"\(requirement)\", et le bootloader annonce \(variable)=\(value.isEmpty ? "(rien)" : value).")
    }

    public static func requirementNotMetFix(board: String) -> String {
        pick(en: "Bring the tablet to a bootloader the plan accepts first (see the catalog's require: for \(board)), or correct the catalog, then run the command again.",
             fr: "Amenez d'abord la tablette à un bootloader que le plan accepte (voir le require: du catalogue pour \(board)), ou corrigez le catalogue, puis relancez la commande.")
    }

    /// An image of the plan carries another board's header.
    public static func imageForOtherBoard(image: String, imageBoard: String, tablet: String, product: String) -> String {
        pick(en: "Image \(image) is for a \(imageBoard) tablet, but tablet \(tablet) is a \(product): the firmware was not flashed.",
             fr: "L'image \(image) est pour une tablette \(imageBoard), mais la tablette \(tablet) est une \(product) : le firmware n'a pas été flashé.")
    }

    public static var otherBoardFirmwareReason: String {
        pick(en: "Firmware built for another board can leave the tablet unable to start. Nothing was written.",
             fr: "Un firmware construit pour une autre carte peut empêcher la tablette de démarrer. Rien n'a été écrit.")
    }

    public static func imageForOtherBoardFix(product: String, board: String) -> String {
        pick(en: "Put the \(product) images in the catalog's \(board) entry, then run the command again.",
             fr: "Mettez les images \(product) dans l'entrée \(board) du catalogue, puis relancez la commande.")
    }

    // MARK: Reaching the tablet while it reboots

    public static func wrongFastbootEndpoint(address: String, reported: String, serial: String) -> String {
        pick(en: "The fastboot endpoint \(address) is tablet \(reported.isEmpty ? "(no serial)" : reported), not \(serial).",
             fr: "Le point d'accès fastboot \(address) est la tablette \(reported.isEmpty ? "(sans numéro de série)" : reported), pas \(serial).")
    }

    public static var wrongFastbootEndpointReason: String {
        pick(en: "The --fastboot-tcp addresses are paired with the --tcp addresses in the order given; this pair does not match.",
             fr: "Les adresses --fastboot-tcp sont associées aux adresses --tcp dans l'ordre donné ; cette paire ne correspond pas.")
    }

    public static var wrongFastbootEndpointFix: String {
        pick(en: "Give --fastboot-tcp in the same order as --tcp (see docs/firmware.md), then run the command again.",
             fr: "Donnez --fastboot-tcp dans le même ordre que --tcp (voir docs/firmware.md), puis relancez la commande.")
    }

    public static func noFastboot(tablet: String) -> String {
        pick(en: "Tablet \(tablet) did not come up in fastboot mode.", fr: "La tablette \(tablet) n'est pas apparue en mode fastboot.")
    }

    public static func noFastbootReason(seconds: Int, said: String) -> String {
        pick(en: "Nothing answered fastboot at its endpoint within \(seconds) s (\(said)).",
             fr: "Rien n'a répondu en fastboot à son point d'accès en \(seconds) s (\(said)).")
    }

    public static var noFastbootFix: String {
        pick(en: "Check that the tablet shows its fastboot screen and that --fastboot-tcp names its endpoint, then run the command again: Valise goes on from the partition that failed.",
             fr: "Vérifiez que la tablette affiche son écran fastboot et que --fastboot-tcp désigne son point d'accès, puis relancez la commande : Valise reprend à la partition qui a échoué.")
    }

    public static func noAndroidAfterFlash(tablet: String) -> String {
        pick(en: "Tablet \(tablet) did not come back in Android after flashing.",
             fr: "La tablette \(tablet) n'est pas revenue sous Android après le flash.")
    }

    /// `last`: the last error met, if any.
    public static func noAndroidReason(seconds: Int, last: String?) -> String {
        let said = last.map { " (\($0))" } ?? ""
        return pick(en: "ADB did not answer within \(seconds) s\(said).", fr: "ADB n'a pas répondu en \(seconds) s\(said).")
    }

    public static var noAndroidFix: String {
        pick(en: "Wait for the tablet to finish starting (the first start after a flash is slow), then run `valise firmware check`.",
             fr: "Attendez que la tablette ait fini de démarrer (le premier démarrage après un flash est lent), puis lancez `valise firmware check`.")
    }

    // MARK: Writing and confirming

    public static func imageUnreadable(_ image: String) -> String {
        pick(en: "Image \(image) cannot be read.", fr: "L'image \(image) ne peut pas être lue.")
    }

    public static func imageCannotBeSplit(partition: String, tablet: String) -> String {
        pick(en: "The image for partition \(partition) cannot be split for tablet \(tablet).",
             fr: "L'image de la partition \(partition) ne peut pas être découpée pour la tablette \(tablet).")
    }

    public static func imageTooLarge(partition: String) -> String {
        pick(en: "The image for partition \(partition) is too large for one download.",
             fr: "L'image de la partition \(partition) est trop grande pour un seul téléchargement.")
    }

    public static var imageTooLargeReason: String {
        pick(en: "A download holds at most 4 GiB.", fr: "Un téléchargement contient au plus 4 Gio.")
    }

    public static var imageTooLargeFix: String {
        pick(en: "Check the catalog's image for this partition.", fr: "Vérifiez l'image du catalogue pour cette partition.")
    }

    public static func buildNotConfirmed(tablet: String) -> String {
        pick(en: "Tablet \(tablet) did not come back with the catalog's build.",
             fr: "La tablette \(tablet) n'est pas revenue avec le build du catalogue.")
    }

    /// What the tablet runs after the flash against what the entry installs; `pda` only for Samsung tablets.
    public static func buildNotConfirmedReason(runs: String, bootloader: String, pda: String?, patch: String,
                                               board: String, installs: String, installsPatch: String) -> String {
        let pdaEN = pda.map { ", PDA \($0.isEmpty ? "unknown" : $0)" } ?? ""
        let pdaFR = pda.map { ", PDA \($0.isEmpty ? "inconnu" : $0)" } ?? ""
        return pick(en: "It runs \(runs) (bootloader \(bootloader)\(pdaEN), patch \(patch)); the catalog's \(board) entry installs \(installs) with patch \(installsPatch).",
                    fr: "Elle exécute \(runs) (bootloader \(bootloader)\(pdaFR), correctif \(patch)) ; l'entrée \(board) du catalogue installe \(installs) avec le correctif \(installsPatch).")
    }

    /// `packages`: a Samsung entry (packages), else a fastboot one (images).
    public static func buildNotConfirmedFix(packages: Bool) -> String {
        packages
            ? pick(en: "Run `valise firmware flash` again for this tablet; if it comes back the same, check that the catalog's packages are the ones for this build.",
                   fr: "Relancez `valise firmware flash` pour cette tablette ; si elle revient identique, vérifiez que les paquets du catalogue sont bien ceux de ce build.")
            : pick(en: "Run `valise firmware flash` again for this tablet; if it comes back the same, check that the catalog's images are the ones for this build.",
                   fr: "Relancez `valise firmware flash` pour cette tablette ; si elle revient identique, vérifiez que les images du catalogue sont bien celles de ce build.")
    }

    // MARK: Samsung tablets (Download mode)

    public static func downloadModeOutOfReach(tablet: String) -> String {
        pick(en: "Valise cannot reach tablet \(tablet) in Download mode: it was not flashed.",
             fr: "Valise ne peut pas joindre la tablette \(tablet) en mode Download : elle n'a pas été flashée.")
    }

    public static var downloadModeOutOfReachReason: String {
        pick(en: "Samsung tablets are flashed in Download mode over USB; this one is not on USB. Nothing was written.",
             fr: "Les tablettes Samsung sont flashées en mode Download par USB ; celle-ci n'est pas branchée en USB. Rien n'a été écrit.")
    }

    public static var downloadModeOutOfReachFix: String {
        pick(en: "Plug the tablet into this computer's USB (or the case's hub), then run the command again.",
             fr: "Branchez la tablette sur un port USB de cet ordinateur (ou sur le hub USB de la mallette), puis relancez la commande.")
    }

    public static func cannotTakePackages(tablet: String, board: String) -> String {
        pick(en: "Tablet \(tablet) cannot take the \(board) packages: the firmware was not flashed.",
             fr: "La tablette \(tablet) ne peut pas recevoir les paquets \(board) : le firmware n'a pas été flashé.")
    }

    public static func cannotTakePackagesFix(board: String, models: [String]) -> String {
        pick(en: "Check that the catalog's \(board) packages are the ones for this tablet's model (\(models.joined(separator: ", "))), then run the command again.",
             fr: "Vérifiez que les paquets \(board) du catalogue sont bien ceux du modèle de cette tablette (\(models.joined(separator: ", "))), puis relancez la commande.")
    }

    /// `kind`: the package being sent (BL, AP…), empty before the first.
    public static func packageRefusedInDownloadMode(tablet: String, kind: String) -> String {
        pick(en: "Tablet \(tablet) refused the \(kind.isEmpty ? "firmware" : kind) package in Download mode: it was not flashed completely.",
             fr: "La tablette \(tablet) a refusé le paquet \(kind.isEmpty ? "firmware" : kind) en mode Download : elle n'a pas été entièrement flashée.")
    }

    public static func packageRefusedInDownloadModeReason(_ said: String) -> String {
        pick(en: "\(said). A Samsung tablet refuses a binary built for another model, one of an older binary revision than it runs (anti-rollback, \"SW REV CHECK FAIL\" on its screen) or one its bootloader does not accept.",
             fr: "\(said). Une tablette Samsung refuse un binaire construit pour un autre modèle, un binaire d'une révision plus ancienne que celle qu'elle exécute (anti-rollback, \"SW REV CHECK FAIL\" à l'écran) ou un binaire que son bootloader n'accepte pas.")
    }

    public static func packageRefusedInDownloadModeFix(board: String) -> String {
        pick(en: "Read the reason in red on the tablet's Download mode screen; put Samsung's official packages for its model, of its binary revision or later, in the catalog's \(board) entry, then run the command again (the tablet stays in Download mode and is taken up there).",
             fr: "Lisez la raison en rouge sur l'écran du mode Download de la tablette ; mettez les paquets officiels Samsung de son modèle, de sa révision binaire ou d'une plus récente, dans l'entrée \(board) du catalogue, puis relancez la commande (la tablette reste en mode Download et y est reprise).")
    }

    public static func noDownloadMode(tablet: String) -> String {
        pick(en: "Tablet \(tablet) did not come up in Download mode.", fr: "La tablette \(tablet) n'est pas apparue en mode Download.")
    }

    public static func noDownloadModeReason(seconds: Int, last: String?) -> String {
        let said = last.map { " (\($0))" } ?? ""
        return pick(en: "Nothing answered in Download mode on its USB port within \(seconds) s\(said).",
                    fr: "Rien n'a répondu en mode Download sur son port USB en \(seconds) s\(said).")
    }

    public static var noDownloadModeFix: String {
        pick(en: "Check its cable; if the tablet shows the Download mode screen, run the command again (Valise takes it up there). Otherwise hold Volume Down and Volume Up while plugging it in.",
             fr: "Vérifiez son câble ; si la tablette affiche l'écran du mode Download, relancez la commande (Valise l'y reprend). Sinon, maintenez Volume bas et Volume haut en la branchant.")
    }

    public static func stoppedInDownloadMode(tablet: String) -> String {
        pick(en: "Tablet \(tablet) stopped answering in Download mode: it was not flashed completely.",
             fr: "La tablette \(tablet) a cessé de répondre en mode Download : elle n'a pas été entièrement flashée.")
    }

    public static var stoppedInDownloadModeFix: String {
        pick(en: "Check its cable and leave it on its Download mode screen, then run the command again: Valise takes it up there and sends the packages again.",
             fr: "Vérifiez son câble et laissez-la sur l'écran du mode Download, puis relancez la commande : Valise l'y reprend et renvoie les paquets.")
    }

    /// The tablet's model (empty when it does not say) is not one of the entry's `models`.
    public static func otherModel(tablet: String, model: String, board: String, models: [String]) -> String {
        pick(en: "Tablet \(tablet) is an \(model.isEmpty ? "unnamed model" : model), but the \(board) packages are for the \(models.joined(separator: ", ")): the firmware was not flashed.",
             fr: "La tablette \(tablet) est un \(model.isEmpty ? "modèle sans nom" : model), mais les paquets \(board) sont pour le \(models.joined(separator: ", ")) : le firmware n'a pas été flashé.")
    }

    public static var otherModelReason: String {
        pick(en: "Firmware built for another model can leave the tablet unable to start. Nothing was written.",
             fr: "Un firmware construit pour un autre modèle peut empêcher la tablette de démarrer. Rien n'a été écrit.")
    }

    public static func otherModelFix(model: String) -> String {
        pick(en: "Add an entry for the \(model) to the catalog with its own packages (or take this tablet out of the run), then run the command again.",
             fr: "Ajoutez au catalogue une entrée pour le \(model) avec ses propres paquets (ou retirez cette tablette de l'opération), puis relancez la commande.")
    }

    /// The installed bootloader's binary revision is above the packages' (Samsung's anti-rollback).
    public static func olderThanInstalled(tablet: String, installed: String, revision: String, bootloader: String, packageRevision: String) -> String {
        pick(en: "Tablet \(tablet) runs bootloader \(installed) (binary revision \(revision)); the catalog's \(bootloader) is revision \(packageRevision): the firmware was not flashed.",
             fr: "La tablette \(tablet) exécute le bootloader \(installed) (révision binaire \(revision)) ; le \(bootloader) du catalogue est de révision \(packageRevision) : le firmware n'a pas été flashé.")
    }

    public static var olderThanInstalledReason: String {
        pick(en: "Samsung tablets refuse firmware of an older binary revision than the one they run (anti-rollback); the tablet would stop the flash with \"SW REV CHECK FAIL\". Nothing was written.",
             fr: "Les tablettes Samsung refusent un firmware d'une révision binaire plus ancienne que celle qu'elles exécutent (anti-rollback) ; la tablette arrêterait le flash avec \"SW REV CHECK FAIL\". Rien n'a été écrit.")
    }

    public static func olderThanInstalledFix(revision: String, modelCode: String, board: String) -> String {
        pick(en: "Put packages of revision \(revision) or later (names like \(modelCode)XXU\(revision)…) in the catalog's \(board) entry, then run the command again.",
             fr: "Mettez des paquets de révision \(revision) ou plus récente (noms comme \(modelCode)XXU\(revision)…) dans l'entrée \(board) du catalogue, puis relancez la commande.")
    }

    /// A Samsung tablet stopped while its case was flashed (`SamsungCaseFlash`).
    public static func notFlashed(tablet: String) -> String {
        pick(en: "Tablet \(tablet) was not flashed.", fr: "La tablette \(tablet) n'a pas été flashée.")
    }

    public static var notFlashedFix: String {
        pick(en: "Check its cable, put it back in Download mode (Volume Down + Volume Up while plugging it in), then run the same command for it.",
             fr: "Vérifiez son câble, remettez-la en mode Download (Volume bas + Volume haut en la branchant), puis relancez la même commande pour elle.")
    }
}
