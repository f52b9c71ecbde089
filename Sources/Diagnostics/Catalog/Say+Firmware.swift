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

    // MARK: Images and packages against the catalog

    public static func imageDiffers(image: String, partition: String) -> String {
        pick(en: "Image \(image) for partition \(partition) does not match the catalog.",
             fr: "L'image \(image) de la partition \(partition) ne correspond pas au catalogue.")
    }

    public static func packageDiffers(_ package: String) -> String {
        pick(en: "The firmware package \(package) does not match the catalog; no tablet was touched.",
             fr: "Le paquet firmware \(package) ne correspond pas au catalogue ; aucune tablette n'a été touchée.")
    }

    /// A package of entry `board` failed its own checks (MD5, tar, lz4).
    public static func packageOfEntryRefused(_ package: String, board: String) -> String {
        pick(en: "The firmware package \(package) of the \(board) entry was refused; no tablet was touched.",
             fr: "Le paquet firmware \(package) de l'entrée \(board) a été refusé ; aucune tablette n'a été touchée.")
    }

    public static func fileMissing(_ path: String) -> String {
        pick(en: "The file \(path) is missing or unreadable.", fr: "Le fichier \(path) est absent ou illisible.")
    }

    /// `packages`: Samsung packages, else images.
    public static func copyFirmwareFilesFix(packages: Bool) -> String {
        packages
            ? pick(en: "Copy the packages next to the catalog (or run Scripts/make-demo-firmware for the demo), then run the command again.",
                   fr: "Copiez les paquets à côté du catalogue (ou lancez Scripts/make-demo-firmware pour la démo), puis relancez la commande.")
            : pick(en: "Copy the images next to the catalog (or run Scripts/make-demo-firmware for the demo), then run the command again.",
                   fr: "Copiez les images à côté du catalogue (ou lancez Scripts/make-demo-firmware pour la démo), puis relancez la commande.")
    }

    public static var checkDiskFix: String { pick(en: "Check the disk, then run the command again.", fr: "Vérifiez le disque, puis relancez la commande.") }

    public static func sizeDiffers(_ size: UInt64, catalog: UInt64) -> String {
        pick(en: "It has \(size) bytes; the catalog says \(catalog).", fr: "Le fichier fait \(size) octets ; le catalogue indique \(catalog).")
    }

    public static func truncatedFix(packages: Bool) -> String {
        packages
            ? pick(en: "Download the package again (it may be truncated), or correct the catalog's size.",
                   fr: "Téléchargez à nouveau le paquet (il est peut-être tronqué), ou corrigez la taille indiquée dans le catalogue.")
            : pick(en: "Download the image again (it may be truncated), or correct the catalog's size.",
                   fr: "Téléchargez à nouveau l'image (elle est peut-être tronquée), ou corrigez la taille indiquée dans le catalogue.")
    }

    public static func sha256Differs(_ digest: String, catalog: String) -> String {
        pick(en: "Its sha256 is \(digest); the catalog says \(catalog).", fr: "Son sha256 est \(digest) ; le catalogue indique \(catalog).")
    }

    public static func damagedFix(packages: Bool) -> String {
        packages
            ? pick(en: "Download the package again (it may be damaged), or correct the catalog's sha256.",
                   fr: "Téléchargez à nouveau le paquet (il est peut-être abîmé), ou corrigez le sha256 du catalogue.")
            : pick(en: "Download the image again (it may be damaged), or correct the catalog's sha256.",
                   fr: "Téléchargez à nouveau l'image (elle est peut-être abîmée), ou corrigez le sha256 du catalogue.")
    }

    public static func notAPartitionImageSaying(_ said: String) -> String {
        pick(en: "It is not a usable partition image (\(said)).", fr: "Ce n'est pas une image de partition utilisable (\(said)).")
    }

    public static var downloadImageAgainThenRunFix: String {
        pick(en: "Download the image again, then run the command again.", fr: "Téléchargez à nouveau l'image, puis relancez la commande.")
    }

    // MARK: A Samsung package's own checks (SamsungFirmwareError)

    public static func packageRefused(_ package: String) -> String {
        pick(en: "The firmware package \(package) was refused; no tablet was touched.",
             fr: "Le paquet firmware \(package) a été refusé ; aucune tablette n'a été touchée.")
    }

    /// `problem`: the technical words (`SamsungPackageProblem`), not translated.
    public static func packageMD5Failed(_ problem: String) -> String {
        pick(en: "Its MD5 check failed (\(problem)): the file is damaged or incomplete.",
             fr: "Son contrôle MD5 a échoué (\(problem)) : le fichier est abîmé ou incomplet.")
    }

    public static func packageMD5FailedFix(_ package: String) -> String {
        pick(en: "Download \(package) again from the district's firmware share, then run the same command.",
             fr: "Téléchargez à nouveau \(package) depuis le partage firmware de l'académie, puis relancez la même commande.")
    }

    public static func packageNotWholeTar(_ problem: String) -> String {
        pick(en: "It is not a whole tar archive (\(problem)): the copy stopped early or the file is not a package.",
             fr: "Ce n'est pas une archive tar complète (\(problem)) : la copie s'est arrêtée trop tôt ou le fichier n'est pas un paquet.")
    }

    public static func packageNotWholeTarFix(_ package: String) -> String {
        pick(en: "Copy \(package) again (check the free space on the disk), then run the same command.",
             fr: "Copiez à nouveau \(package) (vérifiez l'espace libre sur le disque), puis relancez la même commande.")
    }

    public static func packageEntryUnreadable(_ problem: String) -> String {
        pick(en: "A compressed entry inside cannot be read (\(problem)).",
             fr: "Une entrée compressée à l'intérieur ne peut pas être lue (\(problem)).")
    }

    public static func packageEntryUnreadableFix(_ package: String) -> String {
        pick(en: "Download \(package) again; if it still fails, the package is damaged at its source: ask for another one.",
             fr: "Téléchargez à nouveau \(package) ; si l'échec persiste, le paquet est abîmé à la source : demandez-en un autre.")
    }

    public static func packageForOtherModel(_ problem: String) -> String {
        pick(en: "It holds a file for a partition these tablets do not have (\(problem)): it is for another model.",
             fr: "Il contient un fichier pour une partition que ces tablettes n'ont pas (\(problem)) : il est pour un autre modèle.")
    }

    public static var packageForOtherModelFix: String {
        pick(en: "Use the package built for this tablet model (the model is on the label under the tablet's stand).",
             fr: "Utilisez le paquet construit pour ce modèle de tablette (le modèle est sur l'étiquette sous le support de la tablette).")
    }

    public static func packageUnreadable(_ problem: String) -> String {
        pick(en: "It cannot be read (\(problem)).", fr: "Il ne peut pas être lu (\(problem)).")
    }

    public static var packageUnreadableFix: String {
        pick(en: "Check that the file exists and that you can read it, then run the same command.",
             fr: "Vérifiez que le fichier existe et que vous pouvez le lire, puis relancez la même commande.")
    }

    // MARK: Progress lines of a flash

    public static var flashRebootingToBootloader: String { pick(en: "rebooting to the bootloader", fr: "redémarrage vers le bootloader") }
    public static var flashInFastbootMode: String { pick(en: "in fastboot mode", fr: "en mode fastboot") }
    public static var flashRequirementsMet: String { pick(en: "requirements met", fr: "prérequis remplis") }

    public static func flashResuming(partition: String) -> String {
        pick(en: "going on from partition \(partition) (the earlier ones were flashed before)",
             fr: "reprise à la partition \(partition) (les précédentes ont déjà été flashées)")
    }

    /// `size`: "3.0 MiB".
    public static func flashFlashing(partition: String, step: Int, of count: Int, size: String) -> String {
        pick(en: "[\(step)/\(count)] flashing \(partition) (\(size))", fr: "[\(step)/\(count)] flash de \(partition) (\(size))")
    }

    /// `step`: "[2/4] system"; `percent`: 25, 50 or 75.
    public static func flashQuarter(step: String, percent: Int, sent: String, of total: String) -> String {
        pick(en: "\(step) \(percent) % (\(sent) of \(total))", fr: "\(step) \(percent) % (\(sent) sur \(total))")
    }

    /// `reason`: why the connection broke (a sentence).
    public static func flashRetrying(partition: String, attempt: Int, reason: String) -> String {
        pick(en: "\(reason) Trying \(partition) again (attempt \(attempt)).", fr: "\(reason) Nouvel essai pour \(partition) (tentative \(attempt)).")
    }

    public static func flashDone(partition: String) -> String { pick(en: "\(partition) done", fr: "\(partition) terminé") }
    public static var flashRestartingBootloader: String { pick(en: "restarting the bootloader", fr: "redémarrage du bootloader") }
    public static var flashRebootingIntoAndroid: String { pick(en: "rebooting into Android", fr: "redémarrage sous Android") }

    public static func flashConfirmed(build: String, securityPatch: String) -> String {
        pick(en: "runs \(build), security patch \(securityPatch): confirmed", fr: "exécute \(build), correctif de sécurité \(securityPatch) : confirmé")
    }

    public static var flashRebootingToDownload: String { pick(en: "rebooting to Download mode", fr: "redémarrage en mode Download") }

    public static func flashInDownloadMode(_ place: String) -> String {
        pick(en: "in Download mode (\(place))", fr: "en mode Download (\(place))")
    }

    public static func flashSending(kind: String, step: Int, of count: Int, size: String) -> String {
        pick(en: "[\(step)/\(count)] sending \(kind) (\(size))", fr: "[\(step)/\(count)] envoi de \(kind) (\(size))")
    }

    // MARK: A case's firmware check (standing of each tablet)

    public static var inDownloadModeNotAnswering: String {
        pick(en: "it is in Download mode and does not answer there; hold Power and Volume Down for 7 s to restart it, then run the command again",
             fr: "elle est en mode Download et n'y répond pas ; maintenez Marche et Volume bas 7 s pour la redémarrer, puis relancez la commande")
    }

    public static var inDownloadModeNoModel: String {
        pick(en: "it is in Download mode, which does not say its model; restart it into Android (hold Power and Volume Down for 7 s), then run the command again",
             fr: "elle est en mode Download, qui ne donne pas son modèle ; redémarrez-la sous Android (maintenez Marche et Volume bas 7 s), puis relancez la commande")
    }

    public static var itIsInDownloadMode: String { pick(en: "it is in Download mode", fr: "elle est en mode Download") }
    public static var itIsInFastbootMode: String { pick(en: "it is in fastboot mode", fr: "elle est en mode fastboot") }

    /// The catalog has no entry for the tablet's model (nil: unknown) or board (nil: unknown).
    public static func noCatalogEntry(model: String?, board: String?) -> String {
        pick(en: "the catalog has no entry for \(model ?? "this model") (board \(board ?? "?")); add one (Firmware/README.md).",
             fr: "le catalogue n'a pas d'entrée pour \(model ?? "ce modèle") (carte \(board ?? "?")) ; ajoutez-en une (Firmware/README.md).")
    }

    // MARK: Why a tablet is behind its level (reasons of `needs flashing`)

    public static func pdaIsNotCatalogs(_ installed: String, catalog: String) -> String {
        pick(en: "PDA \(installed) is not the catalog's \(catalog)", fr: "le PDA \(installed) n'est pas celui du catalogue, \(catalog)")
    }

    /// `build`: the installed build (nil: unknown).
    public static func buildIsNotCatalogs(_ build: String?, catalog: String) -> String {
        pick(en: "build \(build ?? "unknown") is not the catalog's \(catalog)",
             fr: "le build \(build ?? "inconnu") n'est pas celui du catalogue, \(catalog)")
    }

    /// `patch`: the installed security patch (empty: unknown).
    public static func patchOlderThan(_ patch: String, _ wanted: String) -> String {
        pick(en: "security patch \(patch.isEmpty ? "unknown" : patch) is older than \(wanted)",
             fr: "le correctif de sécurité \(patch.isEmpty ? "inconnu" : patch) est plus ancien que \(wanted)")
    }

    /// `installed`: the installed bootloader (empty: unknown).
    public static func bootloaderIsNotCatalogs(_ installed: String, catalog: String) -> String {
        pick(en: "bootloader \(installed.isEmpty ? "unknown" : installed) is not the catalog's \(catalog)",
             fr: "le bootloader \(installed.isEmpty ? "inconnu" : installed) n'est pas celui du catalogue, \(catalog)")
    }

    public static func buildIsNotRequired(_ build: String, required: String) -> String {
        pick(en: "build \(build) is not the required \(required)", fr: "le build \(build) n'est pas celui exigé, \(required)")
    }

    public static func buildIsBelow(_ build: String, minimum: String) -> String {
        pick(en: "build \(build) is below \(minimum)", fr: "le build \(build) est antérieur à \(minimum)")
    }

    public static func fingerprintNotComparable(_ fingerprint: String, minimum: String) -> String {
        pick(en: "the build fingerprint \"\(fingerprint)\" cannot be compared with \(minimum)",
             fr: "l'empreinte de build \"\(fingerprint)\" ne peut pas être comparée à \(minimum)")
    }
}

extension Say {
    // MARK: A tablet's firmware standing, in words

    /// "needs flashing: " and why (the word itself, stored in the inventory, is not translated).
    public static func needsFlashingBecause(_ reasons: [String]) -> String {
        pick(en: "needs flashing: " + reasons.joined(separator: "; "), fr: "à flasher : " + reasons.joined(separator: " ; "))
    }

    public static func levelForOtherProduct(model: String) -> String {
        pick(en: "unknown model: the profile's firmware level is for another product than \(model)",
             fr: "modèle inconnu : le niveau de firmware du profil est pour un autre produit que \(model)")
    }

    /// One tablet's reasons on one line.
    public static func reasonsLine(_ reasons: [String]) -> String {
        pick(en: reasons.joined(separator: "; "), fr: reasons.joined(separator: " ; "))
    }
}

/// The firmware catalog's problems (`FILE:LINE:COL: what — fix`): the problem in lower case, then its fix.
extension Say {
    // MARK: The catalog as a whole

    public static var catalogUnreadable: String { pick(en: "the catalog cannot be read", fr: "le catalogue ne peut pas être lu") }

    public static var catalogUnreadableFix: String {
        pick(en: "check that the file exists and is readable (Scripts/make-demo-firmware writes a demo one)",
             fr: "vérifiez que le fichier existe et qu'il est lisible (Scripts/make-demo-firmware en écrit un de démonstration)")
    }

    public static var catalogNotAMap: String {
        pick(en: "a firmware catalog must be a map with 'products'", fr: "un catalogue de firmware doit être une table avec 'products'")
    }

    public static var catalogNotAMapFix: String {
        pick(en: "start from Firmware/demo/catalog.yaml (see Firmware/README.md)", fr: "partez de Firmware/demo/catalog.yaml (voir Firmware/README.md)")
    }

    public static var catalogImagesFix: String {
        pick(en: "give the folder holding the images, relative to this catalog",
             fr: "donnez le dossier qui contient les images, relatif à ce catalogue")
    }

    public static var catalogProductUnnamed: String {
        pick(en: "a product must be named by its board", fr: "un produit doit être nommé par sa carte")
    }

    public static var catalogProductUnnamedFix: String {
        pick(en: "write the board as fastboot's `getvar product` reports it, e.g. gta7litewifi:",
             fr: "écrivez la carte comme `getvar product` de fastboot l'annonce, par ex. gta7litewifi:")
    }

    public static func catalogProductTwice(_ board: String) -> String {
        pick(en: "product '\(board)' is listed twice", fr: "le produit '\(board)' figure deux fois")
    }

    public static var catalogOneEntryPerBoard: String { pick(en: "keep one entry per board", fr: "gardez une seule entrée par carte") }

    public static var catalogNoProducts: String { pick(en: "the catalog lists no products", fr: "le catalogue ne liste aucun produit") }

    public static var catalogNoProductsFix: String {
        pick(en: "add products: with one entry per board (see Firmware/README.md)",
             fr: "ajoutez products: avec une entrée par carte (voir Firmware/README.md)")
    }

    // MARK: Values and keys

    public static func catalogMustBeText(_ name: String) -> String {
        pick(en: "'\(name)' must be text", fr: "'\(name)' doit être du texte")
    }

    public static func catalogMustBeTexts(_ name: String) -> String {
        pick(en: "'\(name)' must be text or a list of texts", fr: "'\(name)' doit être du texte ou une liste de textes")
    }

    /// `place`: one of `catalogProduct`, `catalogFlashStep`, `catalogPackage`.
    public static func catalogMissingKey(_ key: String, in place: String) -> String {
        pick(en: "\(place) has no '\(key)'", fr: "\(place) n'a pas de '\(key)'")
    }

    /// "product 'gta7litewifi'".
    public static func catalogProduct(_ board: String) -> String { pick(en: "product '\(board)'", fr: "le produit '\(board)'") }
    public static var catalogFlashStep: String { pick(en: "a flash step", fr: "une étape de flash") }
    public static var catalogPackage: String { pick(en: "a package", fr: "un paquet") }

    public static func catalogFlashStepOf(_ board: String) -> String {
        pick(en: "a flash step of '\(board)'", fr: "une étape de flash de '\(board)'")
    }

    public static func catalogPackageOf(_ board: String) -> String { pick(en: "a package of '\(board)'", fr: "un paquet de '\(board)'") }

    // MARK: A product entry

    public static func catalogProductNotAMap(_ board: String) -> String {
        pick(en: "product '\(board)' must be a map", fr: "le produit '\(board)' doit être une table")
    }

    public static var catalogProductNotAMapFix: String {
        pick(en: "give its bootloader, fingerprint, security_patch, require and flash (see Firmware/README.md)",
             fr: "donnez son bootloader, fingerprint, security_patch, require et flash (voir Firmware/README.md)")
    }

    public static var catalogModelsFix: String {
        pick(en: "list the models of this board, e.g. models: [SM-T220]", fr: "listez les modèles de cette carte, par ex. models: [SM-T220]")
    }

    public static var catalogBootloaderFix: String {
        pick(en: "add bootloader: VERSION (the version-bootloader the plan installs)",
             fr: "ajoutez bootloader: VERSION (le version-bootloader que le plan installe)")
    }

    public static var catalogFingerprintFix: String {
        pick(en: "add fingerprint: the ro.build.fingerprint the plan installs", fr: "ajoutez fingerprint: le ro.build.fingerprint que le plan installe")
    }

    public static var catalogPatchFix: String {
        pick(en: "add security_patch: \"YYYY-MM-DD\" (the patch level the plan installs)",
             fr: "ajoutez security_patch: \"YYYY-MM-DD\" (le niveau de correctif que le plan installe)")
    }

    public static func catalogPatchNotADate(_ patch: String) -> String {
        pick(en: "security_patch '\(patch)' is not a date", fr: "security_patch '\(patch)' n'est pas une date")
    }

    public static var catalogPatchNotADateFix: String {
        pick(en: "write it as \"YYYY-MM-DD\", e.g. \"2025-06-01\"", fr: "écrivez-le sous la forme \"YYYY-MM-DD\", par ex. \"2025-06-01\"")
    }

    public static var catalogPDAFix: String {
        pick(en: "write the PDA version the packages install, e.g. pda: X200XXU9ZZA1",
             fr: "écrivez la version PDA que les paquets installent, par ex. pda: X200XXU9ZZA1")
    }

    /// `key`: packages or pda, written in a fastboot entry.
    public static func catalogOnlyForOdin(_ key: String) -> String {
        pick(en: "'\(key)' is for boards flashed in Samsung Download mode", fr: "'\(key)' est réservé aux cartes flashées en mode Download Samsung")
    }

    public static func catalogPackagesNeedOdinFix(_ board: String) -> String {
        pick(en: "add method: odin to product '\(board)', or give a flash: plan instead",
             fr: "ajoutez method: odin au produit '\(board)', ou donnez plutôt un plan flash:")
    }

    public static func catalogPDANeedsOdinFix(_ board: String) -> String {
        pick(en: "add method: odin to product '\(board)', or remove pda:", fr: "ajoutez method: odin au produit '\(board)', ou retirez pda:")
    }

    public static func catalogPartitionTwice(_ partition: String, board: String) -> String {
        pick(en: "partition '\(partition)' is flashed twice in product '\(board)'",
             fr: "la partition '\(partition)' est flashée deux fois dans le produit '\(board)'")
    }

    public static var catalogOneStepPerPartition: String { pick(en: "keep one step per partition", fr: "gardez une seule étape par partition") }

    public static func catalogNoFlashPlan(_ board: String) -> String {
        pick(en: "product '\(board)' has no flash plan", fr: "le produit '\(board)' n'a pas de plan flash")
    }

    public static var catalogNoFlashPlanFix: String {
        pick(en: "add flash: with one item per partition (partition, image, size, sha256), in flashing order",
             fr: "ajoutez flash: avec un élément par partition (partition, image, size, sha256), dans l'ordre du flash")
    }

    public static func catalogNotAFingerprint(_ fingerprint: String) -> String {
        pick(en: "fingerprint '\(fingerprint)' is not a build fingerprint", fr: "fingerprint '\(fingerprint)' n'est pas une empreinte de build")
    }

    public static var catalogNotAFingerprintFix: String {
        pick(en: "copy it from `getprop ro.build.fingerprint`: brand/product/device:release/id/incremental:type/tags",
             fr: "copiez-la depuis `getprop ro.build.fingerprint` : brand/product/device:release/id/incremental:type/tags")
    }

    public static func catalogFingerprintOtherDevice(_ device: String, board: String) -> String {
        pick(en: "fingerprint is for device '\(device)', not '\(board)'", fr: "fingerprint est pour l'appareil '\(device)', pas '\(board)'")
    }

    public static func catalogFingerprintOtherDeviceFix(_ device: String, board: String) -> String {
        pick(en: "use the fingerprint of the \(board) build, or file this entry under \(device)",
             fr: "utilisez le fingerprint du build \(board), ou rangez cette entrée sous \(device)")
    }

    // MARK: require: (fastboot entries)

    public static var catalogRequireNotAMap: String {
        pick(en: "'require' must be a map of getvar names to accepted values", fr: "'require' doit être une table des noms getvar vers les valeurs acceptées")
    }

    public static func catalogRequireNotAMapFix(_ board: String) -> String {
        pick(en: "write e.g. require: {board: \(board), version-bootloader: [\"T220XXU4*\"]}",
             fr: "écrivez par ex. require: {board: \(board), version-bootloader: [\"T220XXU4*\"]}")
    }

    public static func catalogNotAGetVar(_ name: String) -> String {
        pick(en: "'\(name)' is not a getvar name", fr: "'\(name)' n'est pas un nom getvar")
    }

    public static var catalogNotAGetVarFix: String {
        pick(en: "use a fastboot variable such as board, version-bootloader or version-baseband",
             fr: "utilisez une variable fastboot comme board, version-bootloader ou version-baseband")
    }

    public static var catalogRequireValuesFix: String {
        pick(en: "give the accepted value, or a list of them (a trailing * matches a prefix)",
             fr: "donnez la valeur acceptée, ou une liste de valeurs (un * final accepte un préfixe)")
    }

    public static func catalogRequireRefusesBoard(_ name: String, board: String) -> String {
        pick(en: "require \(name) does not accept this entry's own board '\(board)'",
             fr: "require \(name) n'accepte pas la carte de cette entrée, '\(board)'")
    }

    public static func catalogRequireRefusesBoardFix(_ name: String, board: String) -> String {
        pick(en: "write \(name): \(board), or file this entry under the board it names",
             fr: "écrivez \(name): \(board), ou rangez cette entrée sous la carte qu'il nomme")
    }

    // MARK: flash: steps

    public static var catalogStepNotAMap: String { pick(en: "a flash step must be a map", fr: "une étape de flash doit être une table") }

    public static func catalogStepNotAMapFix(_ board: String) -> String {
        pick(en: "write - {partition: boot, image: \(board)/boot.img, size: BYTES, sha256: HEX}",
             fr: "écrivez - {partition: boot, image: \(board)/boot.img, size: BYTES, sha256: HEX}")
    }

    public static var catalogPartitionFix: String { pick(en: "add partition: NAME (boot, system…)", fr: "ajoutez partition: NAME (boot, system…)") }

    public static func catalogNotAPartition(_ name: String) -> String {
        pick(en: "'\(name)' is not a partition name", fr: "'\(name)' n'est pas un nom de partition")
    }

    public static var catalogNotAPartitionFix: String {
        pick(en: "use the bootloader's name for it (letters, digits, _ and -), e.g. vendor_boot",
             fr: "utilisez le nom que lui donne le bootloader (lettres, chiffres, _ et -), par ex. vendor_boot")
    }

    public static var catalogImageFix: String {
        pick(en: "add image: PATH (relative to the catalog's image folder)", fr: "ajoutez image: PATH (relatif au dossier d'images du catalogue)")
    }

    public static func catalogNotAByteCount(_ size: String) -> String {
        pick(en: "size '\(size)' is not a byte count", fr: "size '\(size)' n'est pas un nombre d'octets")
    }

    /// `packages`: a package's size, else an image's.
    public static func catalogByteCountFix(packages: Bool) -> String {
        packages
            ? pick(en: "give the package's size in bytes (`stat -c %s FILE`)", fr: "donnez la taille du paquet en octets (`stat -c %s FILE`)")
            : pick(en: "give the image's size in bytes (`stat -c %s FILE`)", fr: "donnez la taille de l'image en octets (`stat -c %s FILE`)")
    }

    public static var catalogSizeFix: String { pick(en: "add size: BYTES (`stat -c %s FILE`)", fr: "ajoutez size: BYTES (`stat -c %s FILE`)") }
    public static var catalogSha256Fix: String { pick(en: "add sha256: HEX (`sha256sum FILE`)", fr: "ajoutez sha256: HEX (`sha256sum FILE`)") }

    public static func catalogNotASha256(_ digest: String) -> String {
        pick(en: "sha256 '\(digest)' is not 64 hexadecimal digits", fr: "sha256 '\(digest)' ne fait pas 64 chiffres hexadécimaux")
    }

    public static var catalogNotASha256Fix: String { pick(en: "copy it from `sha256sum FILE`", fr: "copiez-le depuis `sha256sum FILE`") }

    public static func catalogUnknownThen(_ then: String) -> String {
        pick(en: "then '\(then)' is not a reboot the plan knows", fr: "then '\(then)' n'est pas un redémarrage que le plan connaît")
    }

    public static var catalogUnknownThenFix: String {
        pick(en: "use then: reboot-bootloader, or leave it out (the final reboot is automatic)",
             fr: "utilisez then: reboot-bootloader, ou omettez-le (le redémarrage final est automatique)")
    }

    // MARK: Samsung entries (method: odin, packages:)

    public static func catalogUnknownMethod(_ name: String) -> String {
        pick(en: "method '\(name)' is not a way Valise flashes tablets", fr: "method '\(name)' n'est pas une façon dont Valise flashe les tablettes")
    }

    /// `nearest`: the method the misspelt one looks like, if any.
    public static func catalogUnknownMethodFix(nearest: String?) -> String {
        pick(en: (nearest.map { "did you mean '\($0)'? " } ?? "") + "write method: odin (Samsung Download mode) or method: fastboot",
             fr: (nearest.map { "vouliez-vous dire '\($0)' ? " } ?? "") + "écrivez method: odin (mode Download Samsung) ou method: fastboot")
    }

    public static func catalogOnlyForFastboot(_ key: String, board: String) -> String {
        pick(en: "'\(key)' is for boards flashed with fastboot; product '\(board)' is flashed in Samsung Download mode",
             fr: "'\(key)' est réservé aux cartes flashées avec fastboot ; le produit '\(board)' est flashé en mode Download Samsung")
    }

    public static func catalogOnlyForFastbootFix(_ key: String) -> String {
        pick(en: "remove \(key): and list the .tar.md5 files under packages:, or write method: fastboot",
             fr: "retirez \(key): et listez les fichiers .tar.md5 sous packages:, ou écrivez method: fastboot")
    }

    public static func catalogNoPackages(_ board: String) -> String {
        pick(en: "product '\(board)' has no packages", fr: "le produit '\(board)' n'a pas de paquets")
    }

    public static var catalogNoPackagesFix: String {
        pick(en: "add packages: with one item per .tar.md5 file (file, size, sha256): BL, AP, CP and CSC",
             fr: "ajoutez packages: avec un élément par fichier .tar.md5 (file, size, sha256) : BL, AP, CP et CSC")
    }

    public static func catalogTwoPackagesOfKind(_ kind: String, board: String) -> String {
        pick(en: "product '\(board)' lists two \(kind) packages", fr: "le produit '\(board)' liste deux paquets \(kind)")
    }

    public static var catalogTwoPackagesOfKindFix: String {
        pick(en: "keep one package of each kind (BL, AP, CP, CSC or HOME_CSC)", fr: "gardez un seul paquet de chaque sorte (BL, AP, CP, CSC ou HOME_CSC)")
    }

    public static func catalogCSCAndHomeCSC(_ board: String) -> String {
        pick(en: "product '\(board)' lists both CSC and HOME_CSC", fr: "le produit '\(board)' liste à la fois CSC et HOME_CSC")
    }

    public static var catalogCSCAndHomeCSCFix: String {
        pick(en: "keep CSC (it wipes the tablet, as a fresh install) or HOME_CSC (it keeps its data), not both",
             fr: "gardez CSC (il efface la tablette, comme une installation neuve) ou HOME_CSC (il garde ses données), pas les deux")
    }

    public static var catalogPackageNotAMap: String { pick(en: "a package must be a map", fr: "un paquet doit être une table") }

    public static func catalogPackageNotAMapFix(_ board: String) -> String {
        pick(en: "write - {file: \(board)/AP_….tar.md5, size: BYTES, sha256: HEX}", fr: "écrivez - {file: \(board)/AP_….tar.md5, size: BYTES, sha256: HEX}")
    }

    public static var catalogPackageFileFix: String {
        pick(en: "add file: PATH (a .tar.md5, relative to the catalog's image folder)",
             fr: "ajoutez file: PATH (un .tar.md5, relatif au dossier d'images du catalogue)")
    }

    public static func catalogNotATarMD5(_ name: String) -> String {
        pick(en: "'\(name)' is not a .tar.md5 package", fr: "'\(name)' n'est pas un paquet .tar.md5")
    }

    public static var catalogNotATarMD5Fix: String {
        pick(en: "give the package as Samsung ships it (BL_…, AP_…, CP_…, CSC_….tar.md5)",
             fr: "donnez le paquet tel que Samsung le livre (BL_…, AP_…, CP_…, CSC_….tar.md5)")
    }

    public static func catalogPackageKindUnknown(_ name: String) -> String {
        pick(en: "'\(name)' does not say which part of the firmware it is", fr: "'\(name)' ne dit pas quelle partie du firmware il contient")
    }

    public static var catalogPackageKindUnknownFix: String {
        pick(en: "keep Samsung's file name: it starts with BL_, AP_, CP_, CSC_ or HOME_CSC_",
             fr: "gardez le nom de fichier de Samsung : il commence par BL_, AP_, CP_, CSC_ ou HOME_CSC_")
    }

    public static func catalogPackageForOtherModel(_ name: String, code: String, models: [String]) -> String {
        pick(en: "package \(name) is for model SM-\(code) (its name says \(code)), not \(models.joined(separator: " or "))",
             fr: "le paquet \(name) est pour le modèle SM-\(code) (son nom indique \(code)), pas \(models.joined(separator: " ou "))")
    }

    public static func catalogPackageForOtherModelFix(model: String, code: String) -> String {
        pick(en: "use the \(model) package, or list it under the board of the SM-\(code)",
             fr: "utilisez le paquet du \(model), ou listez-le sous la carte du SM-\(code)")
    }

    /// `name`: bootloader or pda.
    public static func catalogNotASamsungVersion(_ name: String, _ text: String) -> String {
        pick(en: "\(name) '\(text)' is not a Samsung version", fr: "\(name) '\(text)' n'est pas une version Samsung")
    }

    /// `property`: the getprop name (ro.bootloader, ro.build.PDA).
    public static func catalogNotASamsungVersionFix(property: String) -> String {
        pick(en: "copy it from the package names or `getprop \(property)`, e.g. T220XXU9ZZA1",
             fr: "copiez-la depuis les noms des paquets ou `getprop \(property)`, par ex. T220XXU9ZZA1")
    }

    public static func catalogVersionForOtherModel(_ name: String, _ text: String, code: String, models: [String]) -> String {
        pick(en: "\(name) \(text) is for model SM-\(code), not \(models.joined(separator: " or "))",
             fr: "\(name) \(text) est pour le modèle SM-\(code), pas \(models.joined(separator: " ou "))")
    }

    public static func catalogVersionForOtherModelFix(_ name: String, model: String) -> String {
        pick(en: "write the \(name) version of the \(model) firmware", fr: "écrivez la version \(name) du firmware du \(model)")
    }
}

extension Say {
    // MARK: A case's firmware table

    /// A standing's status as the table shows it: `word` is the inventory's (`up to date`, `needs flashing`,
    /// `unknown model`, `no level set`) or `unreachable`; the inventory keeps the English word.
    public static func firmwareStatus(_ word: String) -> String {
        switch word {
        case "up to date": pick(en: word, fr: "à jour")
        case "needs flashing": pick(en: word, fr: "à flasher")
        case "unknown model": pick(en: word, fr: "modèle inconnu")
        case "no level set": pick(en: word, fr: "aucun niveau fixé")
        case "unreachable": pick(en: word, fr: "injoignable")
        default: word
        }
    }

    /// The build cell of a tablet seen only in fastboot mode.
    public static var buildInFastbootMode: String { pick(en: "(fastboot mode)", fr: "(mode fastboot)") }
    /// The build cell of a tablet seen only in Download mode.
    public static var buildInDownloadMode: String { pick(en: "(Download mode)", fr: "(mode Download)") }
}

extension Say {
    // MARK: What is wrong inside a Samsung package (SamsungPackageProblem)

    public static var packageNoMD5Line: String {
        pick(en: "no MD5 line at the end (a .tar.md5 ends with \"<md5>  <name>.tar\")",
             fr: "pas de ligne MD5 à la fin (un .tar.md5 se termine par \"<md5>  <name>.tar\")")
    }

    public static func packageMD5Differs(computed: String, expected: String) -> String {
        pick(en: "MD5 \(computed), the package says \(expected)", fr: "MD5 \(computed), le paquet annonce \(expected)")
    }

    public static func packageTarCut(at offset: Int) -> String {
        pick(en: "the tar ends in the middle of an entry (at byte \(offset))", fr: "le tar s'arrête au milieu d'une entrée (à l'octet \(offset))")
    }

    public static func packageBadTar(_ why: String) -> String { pick(en: "bad tar: \(why)", fr: "tar invalide : \(why)") }

    public static var packageTarChecksum: String {
        pick(en: "a header's checksum does not match (is this a tar file?)",
             fr: "la somme de contrôle d'un en-tête ne correspond pas (est-ce bien un fichier tar ?)")
    }

    public static var packageTarSizeUnreadable: String {
        pick(en: "an entry's size is unreadable", fr: "la taille d'une entrée est illisible")
    }

    public static func packageLZ4(_ why: String) -> String {
        pick(en: "an lz4 entry does not decode: \(why)", fr: "une entrée lz4 ne se décode pas : \(why)")
    }

    public static func packageLZ4WithoutSize(_ entry: String) -> String {
        pick(en: "\(entry) does not say its size in its lz4 frame header", fr: "\(entry) ne donne pas sa taille dans l'en-tête de sa trame lz4")
    }

    public static func packageEntrySize(_ entry: String, expected: Int, got: Int) -> String {
        pick(en: "\(entry) gave \(got) bytes, \(expected) announced", fr: "\(entry) a donné \(got) octets, \(expected) annoncés")
    }

    /// `partitions`: the first ones of the PIT.
    public static func packageEntryNotInPIT(_ entry: String, partitions: [String]) -> String {
        pick(en: "\(entry) names no partition of the tablet's PIT (\(partitions.joined(separator: ", ")))",
             fr: "\(entry) ne désigne aucune partition du PIT de la tablette (\(partitions.joined(separator: ", ")))")
    }

    public static func cannotReadPackage(_ path: String) -> String { pick(en: "cannot read \(path)", fr: "impossible de lire \(path)") }
}
