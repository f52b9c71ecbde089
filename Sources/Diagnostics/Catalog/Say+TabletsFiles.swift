/// What Valise says about files sent to and pulled from a tablet (sync).
extension Say {
    // MARK: Sync transfers

    public static func tabletEndedTransferEarly(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) ended the file transfer early.", fr: "La tablette \(tablet) a interrompu le transfert de fichier.")
    }

    public static var syncClosedMidReply: String {
        pick(en: "The tablet closed the sync connection in the middle of a reply.",
             fr: "La tablette a fermé la connexion de transfert au milieu d'une réponse.")
    }

    public static var checkCableRunAgain: String {
        pick(en: "Check the cable and run the command again.", fr: "Vérifiez le câble et relancez la commande.")
    }

    public static func cannotSendPath(_ tablet: String) -> String {
        pick(en: "Cannot send that path to \(tablet).", fr: "Impossible d'envoyer ce chemin à \(tablet).")
    }

    public static var useShorterPath: String { pick(en: "Use a shorter path.", fr: "Utilisez un chemin plus court.") }

    public static var localFileUnreadable: String {
        pick(en: "The file is missing or not readable.", fr: "Le fichier est absent ou illisible.")
    }

    public static var checkPathPermissions: String {
        pick(en: "Check the path and its permissions.", fr: "Vérifiez le chemin et ses droits d'accès.")
    }

    public static func readingLocalFileFailed(_ path: String) -> String {
        pick(en: "Reading \(path) failed.", fr: "La lecture de \(path) a échoué.")
    }

    public static var checkDiskAndFile: String { pick(en: "Check the disk and the file.", fr: "Vérifiez le disque et le fichier.") }

    public static func cannotWriteLocalFile(_ path: String) -> String { pick(en: "Cannot write \(path).", fr: "Impossible d'écrire \(path).") }

    public static var folderNotWritable: String {
        pick(en: "The folder is missing or not writable.", fr: "Le dossier est absent ou protégé en écriture.")
    }

    public static var checkDestinationFolder: String {
        pick(en: "Check the destination folder.", fr: "Vérifiez le dossier de destination.")
    }

    /// `why`: the system's words.
    public static func couldNotPutInPlace(_ why: String) -> String {
        pick(en: "The file could not be put in place (\(why)).", fr: "Le fichier n'a pas pu être mis en place (\(why)).")
    }

    public static func writingLocalFileFailed(_ path: String) -> String {
        pick(en: "Writing \(path) failed.", fr: "L'écriture de \(path) a échoué.")
    }

    public static var freeDiskSpaceFix: String {
        pick(en: "Free some disk space and try again.", fr: "Libérez de la place sur le disque et réessayez.")
    }

    public static func tabletRefusedToList(_ tablet: String, path: String) -> String {
        pick(en: "Tablet \(tablet) refused to list \(path).", fr: "La tablette \(tablet) a refusé de lister \(path).")
    }

    public static func tabletRefusedToPush(_ tablet: String, path: String) -> String {
        pick(en: "Tablet \(tablet) refused to push to \(path).", fr: "La tablette \(tablet) a refusé de recevoir \(path).")
    }

    public static func tabletRefusedToPull(_ tablet: String, path: String) -> String {
        pick(en: "Tablet \(tablet) refused to pull \(path).", fr: "La tablette \(tablet) a refusé de donner \(path).")
    }

    /// `message`: the tablet's words (not translated).
    public static func tabletSaid(_ message: String) -> String {
        pick(en: "The tablet said: \(message)", fr: "La tablette a répondu : \(message)")
    }

    public static var syncUnexpectedReply: String { pick(en: "unexpected reply", fr: "réponse inattendue") }

    public static var freeTabletSpaceFix: String {
        pick(en: "Free space on the tablet (remove old files or apps) and run the command again.",
             fr: "Libérez de la place sur la tablette (supprimez d'anciens fichiers ou applications) et relancez la commande.")
    }

    public static var checkTabletPathFix: String {
        pick(en: "Check the path on the tablet and its permissions, then try again.",
             fr: "Vérifiez le chemin sur la tablette et ses droits d'accès, puis réessayez.")
    }

    // MARK: Where a pulled file goes

    public static func cannotPullIntoFolder(_ remote: String, tablet: String) -> String {
        pick(en: "Cannot pull \"\(remote)\" from \(tablet) into a folder.",
             fr: "Impossible de copier \"\(remote)\" de \(tablet) dans un dossier.")
    }

    /// `name`: the last part of the tablet's path ("" when empty).
    public static func lastPartNotFileName(_ name: String) -> String {
        if name.isEmpty {
            pick(en: "Its last part is empty, which is not a file name: the copy would take the place of a folder on this computer.",
                 fr: "Sa dernière partie est vide, ce n'est pas un nom de fichier : la copie prendrait la place d'un dossier sur cet ordinateur.")
        } else {
            pick(en: "Its last part is \"\(name)\", which is not a file name: the copy would take the place of a folder on this computer.",
                 fr: "Sa dernière partie est \"\(name)\", ce n'est pas un nom de fichier : la copie prendrait la place d'un dossier sur cet ordinateur.")
        }
    }

    public static var nameTheFileFix: String {
        pick(en: "Name the file on the tablet (for example /sdcard/Download/devoir.pdf), or give the file to write on this computer as the last argument.",
             fr: "Nommez le fichier sur la tablette (par exemple /sdcard/Download/devoir.pdf), ou donnez en dernier argument le fichier à écrire sur cet ordinateur.")
    }

    public static func pullOverFolder(_ path: String, tablet: String) -> String {
        pick(en: "\(path) is a folder: Valise does not replace it with a file from \(tablet).",
             fr: "\(path) est un dossier : Valise ne le remplace pas par un fichier de \(tablet).")
    }

    public static var pullNeverReplacesFolder: String {
        pick(en: "A pull never replaces a folder, so nothing in it is lost.",
             fr: "Une copie depuis la tablette ne remplace jamais un dossier : rien de ce qu'il contient n'est perdu.")
    }

    public static func pullIntoFolderFix(_ path: String) -> String {
        pick(en: "Pull into it (give \(path)/ as the last argument), or give another file name.",
             fr: "Copiez dedans (donnez \(path)/ en dernier argument), ou donnez un autre nom de fichier.")
    }

    public static func pullTargetExists(_ path: String) -> String {
        pick(en: "\(path) already exists: Valise left it as it is.", fr: "\(path) existe déjà : Valise l'a laissé tel quel.")
    }

    public static var pullReplacesOnlyWhenAsked: String {
        pick(en: "A pull replaces a file on this computer only when asked.",
             fr: "Une copie depuis la tablette ne remplace un fichier de cet ordinateur que si on le demande.")
    }

    public static var addForceFix: String {
        pick(en: "Add --force to replace it, or give another file name.",
             fr: "Ajoutez --force pour le remplacer, ou donnez un autre nom de fichier.")
    }
}
