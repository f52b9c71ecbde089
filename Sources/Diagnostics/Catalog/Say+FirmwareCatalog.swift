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
