/// Firmware images and Samsung packages against the catalog, a flash's progress lines, each tablet's standing and
/// the case's firmware table.
extension Say {
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
