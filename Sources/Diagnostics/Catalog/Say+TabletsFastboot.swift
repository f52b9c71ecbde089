/// What Valise says about a tablet in fastboot mode (its bootloader): reaching it, sending images, its refusals.
extension Say {
    // MARK: What Valise was doing (the `doing` of a fastboot error)

    public static var fastbootConnecting: String { pick(en: "connecting", fr: "pendant la connexion") }

    public static func fastbootSendingPartition(_ partition: String) -> String {
        pick(en: "sending partition \(partition)", fr: "pendant l'envoi de la partition \(partition)")
    }

    /// `command`: the fastboot command (not translated).
    public static func fastbootRunning(_ command: String) -> String {
        pick(en: "running \"\(command)\"", fr: "pendant l'exécution de \"\(command)\"")
    }

    // MARK: The connection to the bootloader

    public static func cannotReachFastboot(_ tablet: String) -> String {
        pick(en: "Cannot reach tablet \(tablet) in fastboot mode.", fr: "Impossible de joindre la tablette \(tablet) en mode fastboot.")
    }

    public static var nothingAnsweredFastboot: String {
        pick(en: "Nothing answered fastboot at that address; the tablet may still be in Android or restarting.",
             fr: "Rien n'a répondu en fastboot à cette adresse ; la tablette est peut-être encore sous Android ou en train de redémarrer.")
    }

    public static var putInFastbootFix: String {
        pick(en: "Put the tablet in fastboot mode (valise reboots it there, or hold Volume Down while it starts), then run the command again.",
             fr: "Mettez la tablette en mode fastboot (valise l'y redémarre, ou maintenez Volume bas pendant son démarrage), puis relancez la commande.")
    }

    /// `doing`: one of `fastbootConnecting`, `fastbootSendingPartition`, `fastbootRunning`.
    public static func fastbootDisconnectedWhile(_ tablet: String, _ doing: String) -> String {
        pick(en: "Tablet \(tablet) was disconnected while \(doing).", fr: "La tablette \(tablet) a été déconnectée \(doing).")
    }

    public static var halfWrittenReason: String {
        pick(en: "The connection closed mid-way (cable pulled, hub reset or the tablet restarted); that partition may be half written.",
             fr: "La connexion s'est fermée en cours de route (câble retiré, hub USB réinitialisé ou tablette redémarrée) ; cette partition est peut-être à moitié écrite.")
    }

    public static var fastbootReplugFix: String {
        pick(en: "Plug the tablet back in (it stays in fastboot mode) and run the command again: Valise starts again from the partition that failed.",
             fr: "Rebranchez la tablette (elle reste en mode fastboot) et relancez la commande : Valise reprend à la partition qui a échoué.")
    }

    public static func fastbootStoppedAnsweringWhile(_ tablet: String, _ doing: String) -> String {
        pick(en: "Tablet \(tablet) stopped answering while \(doing).", fr: "La tablette \(tablet) ne répond plus \(doing).")
    }

    public static var bootloaderSilentReason: String {
        pick(en: "Nothing came back from its bootloader in time; it may have restarted or the cable is bad.",
             fr: "Son bootloader n'a rien renvoyé à temps ; elle a peut-être redémarré ou le câble est défectueux.")
    }

    public static var fastbootScreenFix: String {
        pick(en: "Check the cable and that the tablet shows its fastboot screen, then run the command again.",
             fr: "Vérifiez le câble et que la tablette affiche son écran fastboot, puis relancez la commande.")
    }

    public static func fastbootGarbage(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) sent fastboot data Valise cannot understand.",
             fr: "La tablette \(tablet) a envoyé des données fastboot que Valise ne comprend pas.")
    }

    /// `error`: the protocol's own words (not translated).
    public static func fastbootProtocolBroken(_ error: String) -> String {
        pick(en: "Its bootloader broke the fastboot protocol (\(error)).",
             fr: "Son bootloader n'a pas respecté le protocole fastboot (\(error)).")
    }

    public static var restartIntoFastbootFix: String {
        pick(en: "Restart the tablet into fastboot mode (or try another cable or port), then run the command again.",
             fr: "Redémarrez la tablette en mode fastboot (ou essayez un autre câble ou un autre port), puis relancez la commande.")
    }

    // MARK: What the bootloader refused (`partition`: the partition written, nil for any other command)

    public static func bootloaderLocked(_ tablet: String, partition: String?) -> String {
        if let partition {
            pick(en: "Tablet \(tablet) refused to write partition \(partition): its bootloader is locked.",
                 fr: "La tablette \(tablet) a refusé d'écrire la partition \(partition) : son bootloader est verrouillé.")
        } else {
            pick(en: "Tablet \(tablet) refused to do what Valise asked: its bootloader is locked.",
                 fr: "La tablette \(tablet) a refusé ce que Valise demandait : son bootloader est verrouillé.")
        }
    }

    /// `message`: the bootloader's words (not translated).
    public static func bootloaderLockedReason(_ message: String) -> String {
        pick(en: "The bootloader answered \"\(message)\". A locked tablet only takes firmware through its normal update path.",
             fr: "Le bootloader a répondu \"\(message)\". Une tablette verrouillée n'accepte de firmware que par sa voie de mise à jour normale.")
    }

    public static var unlockBootloaderFix: String {
        pick(en: "Unlock it first: turn on OEM unlocking in Developer options, run `fastboot flashing unlock` and confirm on the tablet (this erases it), then run the command again.",
             fr: "Déverrouillez-la d'abord : activez le déverrouillage OEM dans les Options pour les développeurs, lancez `fastboot flashing unlock` et confirmez sur la tablette (cela l'efface), puis relancez la commande.")
    }

    public static func imageTooLarge(_ tablet: String, partition: String?) -> String {
        if let partition {
            pick(en: "Tablet \(tablet) refused to write partition \(partition): the image is too large.",
                 fr: "La tablette \(tablet) a refusé d'écrire la partition \(partition) : l'image est trop grande.")
        } else {
            pick(en: "Tablet \(tablet) refused to do what Valise asked: the image is too large.",
                 fr: "La tablette \(tablet) a refusé ce que Valise demandait : l'image est trop grande.")
        }
    }

    public static func bootloaderAnswered(_ message: String) -> String {
        pick(en: "The bootloader answered \"\(message)\".", fr: "Le bootloader a répondu \"\(message)\".")
    }

    public static var checkImageModelFix: String {
        pick(en: "Check that the image is the one made for this tablet model, then run the command again.",
             fr: "Vérifiez que l'image est bien celle faite pour ce modèle de tablette, puis relancez la commande.")
    }

    public static func bootloaderRefused(_ tablet: String, partition: String?) -> String {
        if let partition {
            pick(en: "Tablet \(tablet) refused to write partition \(partition).",
                 fr: "La tablette \(tablet) a refusé d'écrire la partition \(partition).")
        } else {
            pick(en: "Tablet \(tablet) refused to do what Valise asked.", fr: "La tablette \(tablet) a refusé ce que Valise demandait.")
        }
    }

    public static func itsBootloaderAnswered(_ message: String) -> String {
        pick(en: "Its bootloader answered \"\(message)\".", fr: "Son bootloader a répondu \"\(message)\".")
    }

    public static var checkFirmwareChargedFix: String {
        pick(en: "Check that the firmware matches this tablet model and that the tablet is charged, then run the command again.",
             fr: "Vérifiez que le firmware correspond à ce modèle de tablette et que la tablette est chargée, puis relancez la commande.")
    }

    // MARK: Images

    public static func couldNotSendBytes(_ count: Int, tablet: String) -> String {
        pick(en: "Valise could not send \(count) bytes to tablet \(tablet).",
             fr: "Valise n'a pas pu envoyer \(count) octets à la tablette \(tablet).")
    }

    public static func onlyBytesRead(_ sent: Int) -> String {
        pick(en: "Only \(sent) bytes could be read from the image (the file changed or is unreadable).",
             fr: "Seuls \(sent) octets ont pu être lus dans l'image (le fichier a changé ou est illisible).")
    }

    public static var checkImageFileFix: String {
        pick(en: "Check the image file, then run the command again.", fr: "Vérifiez le fichier image, puis relancez la commande.")
    }

    public static func couldNotReadImageFor(_ tablet: String) -> String {
        pick(en: "Valise could not read the image for tablet \(tablet).",
             fr: "Valise n'a pas pu lire l'image destinée à la tablette \(tablet).")
    }

    /// `error`: the system's words.
    public static func readingFileFailed(_ error: String) -> String {
        pick(en: "Reading the file failed (\(error)).", fr: "La lecture du fichier a échoué (\(error)).")
    }

    public static func imageForOtherBoard(_ image: String, board: String, tablet: String, product: String) -> String {
        pick(en: "Image \(image) is for a \(board) tablet, but tablet \(tablet) is a \(product).",
             fr: "L'image \(image) est faite pour une tablette \(board), mais la tablette \(tablet) est une \(product).")
    }

    public static var otherBoardReason: String {
        pick(en: "Firmware built for another board can leave the tablet unable to start; nothing was written.",
             fr: "Un firmware fait pour une autre carte peut empêcher la tablette de démarrer ; rien n'a été écrit.")
    }

    public static func useImageForProductFix(_ product: String) -> String {
        pick(en: "Use the image made for \(product) (see the firmware catalog entry for this model), then run the command again.",
             fr: "Utilisez l'image faite pour \(product) (voir l'entrée du catalogue de firmware pour ce modèle), puis relancez la commande.")
    }

    public static func imageCannotBeSplit(_ image: String, tablet: String) -> String {
        pick(en: "Image \(image) cannot be split for tablet \(tablet).",
             fr: "L'image \(image) ne peut pas être découpée pour la tablette \(tablet).")
    }

    public static func cannotReadImage(_ path: String, tablet: String) -> String {
        pick(en: "Valise cannot read image \(path) for tablet \(tablet).",
             fr: "Valise ne peut pas lire l'image \(path) destinée à la tablette \(tablet).")
    }

    public static var imageFileMissing: String {
        pick(en: "The file is missing or unreadable.", fr: "Le fichier est absent ou illisible.")
    }

    public static var checkImagePathFix: String {
        pick(en: "Check the path of the image, then run the command again.", fr: "Vérifiez le chemin de l'image, puis relancez la commande.")
    }

    public static func notAPartitionImage(_ image: String) -> String {
        pick(en: "Image \(image) is not a usable partition image.", fr: "L'image \(image) n'est pas une image de partition utilisable.")
    }

    public static var downloadImageAgainFix: String {
        pick(en: "Download the image again (it may be truncated), then run the command again.",
             fr: "Téléchargez de nouveau l'image (elle est peut-être incomplète), puis relancez la commande.")
    }

    public static func noFastbootTabletAt(_ tablet: String) -> String {
        pick(en: "No tablet in fastboot mode at \(tablet) yet.", fr: "Pas encore de tablette en mode fastboot sur \(tablet).")
    }

    public static var notBackAsBootloader: String {
        pick(en: "The tablet has not come back as a bootloader on that USB port (still rebooting, or unplugged).",
             fr: "La tablette n'est pas revenue en bootloader sur ce port USB (elle redémarre encore, ou elle est débranchée).")
    }

    public static var waitOrCheckCableFix: String {
        pick(en: "Wait for it, or check its cable; then run the command again.",
             fr: "Attendez-la, ou vérifiez son câble ; puis relancez la commande.")
    }
}
