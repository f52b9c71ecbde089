/// What is wrong in a case map (which USB port is which slot of a case), line by line, and the fix.
/// Keys (`case`, `hub`, `slots`) and examples to write stay as they are written in the file.
extension Say {
    // MARK: Case maps

    public static var caseMapNotAMap: String {
        pick(en: "a case map must be a map with 'case' and 'slots'", fr: "un plan de mallette doit être une table avec 'case' et 'slots'")
    }

    public static var caseMapStartFrom: String {
        pick(en: "start from Profiles/cases/valise-1.yaml", fr: "partez de Profiles/cases/valise-1.yaml")
    }

    public static var caseMapNoCase: String { pick(en: "the case map has no 'case'", fr: "le plan de mallette n'a pas de 'case'") }

    public static var caseMapNoCaseFix: String {
        pick(en: "add case: NAME (the case's name, e.g. valise-1)", fr: "ajoutez case: NOM (le nom de la mallette, par ex. valise-1)")
    }

    public static func caseMapBadHub(_ hub: String) -> String {
        pick(en: "hub '\(hub)' is not a USB port path", fr: "hub '\(hub)' n'est pas un chemin de port USB")
    }

    public static var caseMapBadHubFix: String {
        pick(en: "write where the case's hub is plugged, as `valise devices` shows it, e.g. hub: 1-1",
             fr: "écrivez où le hub USB de la mallette est branché, comme `valise devices` l'affiche, par ex. hub: 1-1")
    }

    public static func caseMapBadSlot(_ key: String) -> String {
        pick(en: "slot '\(key)' is not a positive whole number", fr: "l'emplacement '\(key)' n'est pas un nombre entier positif")
    }

    public static var caseMapBadSlotFix: String {
        pick(en: "number the slots as written on the case: 1, 2, 3…", fr: "numérotez les emplacements comme sur la mallette : 1, 2, 3…")
    }

    public static func caseMapSlotTwice(_ slot: Int) -> String {
        pick(en: "slot \(slot) is listed twice", fr: "l'emplacement \(slot) figure deux fois")
    }

    public static var caseMapOneLinePerSlot: String { pick(en: "keep one line per slot", fr: "gardez une ligne par emplacement") }

    public static func caseMapRelativeWithoutHub(_ slot: Int, written: String) -> String {
        pick(en: "slot \(slot): '\(written)' is relative but the map has no hub",
             fr: "emplacement \(slot) : '\(written)' est relatif mais le plan n'a pas de hub")
    }

    public static func caseMapRelativeWithoutHubFix(_ written: String) -> String {
        pick(en: "write 1-1.\(written), or add hub: 1-1", fr: "écrivez 1-1.\(written), ou ajoutez hub: 1-1")
    }

    public static func caseMapBadPort(_ slot: Int, written: String) -> String {
        pick(en: "slot \(slot): '\(written)' is not a USB port path", fr: "emplacement \(slot) : '\(written)' n'est pas un chemin de port USB")
    }

    public static var caseMapBadPortFix: String {
        pick(en: "write the port path as `valise devices` shows it, e.g. 1-1.2",
             fr: "écrivez le chemin du port comme `valise devices` l'affiche, par ex. 1-1.2")
    }

    public static func caseMapPortTwice(_ path: String, first: Int, then slot: Int) -> String {
        pick(en: "port \(path) is given to both slot \(first) and slot \(slot)",
             fr: "le port \(path) est donné à la fois à l'emplacement \(first) et à l'emplacement \(slot)")
    }

    public static var caseMapPortTwiceFix: String {
        pick(en: "give each slot the port its tablet is plugged in", fr: "donnez à chaque emplacement le port où sa tablette est branchée")
    }

    public static var caseMapNoSlots: String { pick(en: "the case map has no slots", fr: "le plan de mallette n'a pas d'emplacements") }

    public static var caseMapNoSlotsFix: String {
        pick(en: "add slots: with one line per slot, its number and port path, e.g. 1: 1.1",
             fr: "ajoutez slots: avec une ligne par emplacement, son numéro et son chemin de port, par ex. 1: 1.1")
    }

    public static var caseMapUnreadable: String {
        pick(en: "the case map does not exist or cannot be read", fr: "le plan de mallette n'existe pas ou ne peut pas être lu")
    }

    public static func caseMapUnreadableFix(_ path: String) -> String {
        pick(en: "check the path given with --case, or its permissions (ls -l \(path))",
             fr: "vérifiez le chemin donné avec --case, ou ses droits d'accès (ls -l \(path))")
    }

    public static func caseMapPortInOtherCase(_ path: String, slot: Int, case name: String, file: String) -> String {
        pick(en: "port \(path) is also slot \(slot) of case \(name) in \(file)",
             fr: "le port \(path) est aussi l'emplacement \(slot) de la mallette \(name) dans \(file)")
    }

    public static var caseMapPortInOtherCaseFix: String {
        pick(en: "keep each port in one case map; remove it from one of the two files",
             fr: "gardez chaque port dans un seul plan de mallette ; retirez-le de l'un des deux fichiers")
    }
}
