/// A profile's sections (device, ENT and apps, restrictions and system updates, Wi-Fi and proxy): each problem and its fix.
extension Say {
    // MARK: Profile sections

    public static func notUAI(_ uai: String) -> String {
        pick(en: "'\(uai)' is not a UAI code (7 digits and a capital letter)", fr: "'\(uai)' n'est pas un code UAI (7 chiffres et une lettre majuscule)")
    }

    public static var notUAIFix: String {
        pick(en: "copy the school's UAI from the annuaire de l'Éducation nationale, e.g. 9711001X",
             fr: "copiez l'UAI de l'établissement depuis l'annuaire de l'Éducation nationale, par exemple 9711001X")
    }

    public static func schoolCodeUnusable(_ code: String) -> String {
        pick(en: "the school code '\(code)' cannot be part of a tablet name", fr: "le code d'école '\(code)' ne peut pas entrer dans un nom de tablette")
    }

    public static var schoolCodeUnusableFix: String {
        pick(en: "use letters without accents, digits and '-', e.g. QO", fr: "utilisez des lettres sans accents, des chiffres et '-', par exemple QO")
    }

    public static func componentOutsidePackage(_ component: String, _ package: String) -> String {
        pick(en: "the component '\(component)' is not in the agent's package '\(package)'",
             fr: "le composant '\(component)' n'est pas dans le paquet de l'agent '\(package)'")
    }

    public static func componentOutsidePackageFix(_ package: String) -> String {
        pick(en: "write \(package)/.AdminReceiver, or fix 'package'", fr: "écrivez \(package)/.AdminReceiver, ou corrigez 'package'")
    }

    public static func notAdminComponent(_ component: String) -> String {
        pick(en: "'\(component)' is not an admin component", fr: "'\(component)' n'est pas un composant d'administration")
    }

    public static var notAdminComponentFix: String {
        pick(en: "write PACKAGE/.Receiver, e.g. fr.valise.agent/.AdminReceiver", fr: "écrivez PACKAGE/.Receiver, par exemple fr.valise.agent/.AdminReceiver")
    }

    public static var firmwareBothBuilds: String {
        pick(en: "the firmware names both a min_build and a fingerprint", fr: "le firmware indique à la fois un min_build et un fingerprint")
    }

    public static var firmwareBothBuildsFix: String {
        pick(en: "keep min_build (any build from it on) or fingerprint (exactly this build), not both",
             fr: "gardez min_build (tout build à partir de celui-ci) ou fingerprint (exactement ce build), pas les deux")
    }

    public static var classProfileNoUnit: String {
        pick(en: "this class profile names neither a class nor a case", fr: "ce profil de classe n'indique ni classe ni mallette")
    }

    public static var classProfileNoUnitFix: String {
        pick(en: "add class: 5A (collège) or case: Valise 1 (école)", fr: "ajoutez class: 5A (collège) ou case: Valise 1 (école)")
    }

    public static var classProfileNoSchool: String {
        pick(en: "this class profile has no school name", fr: "ce profil de classe n'a pas de nom d'école")
    }

    public static var classProfileNoSchoolFix: String {
        pick(en: "inherit the school's profile, or add school: {name: …}", fr: "héritez du profil de l'école, ou ajoutez school: {name: …}")
    }

    public static var namingSchoolWithoutCode: String {
        pick(en: "the naming template uses {school} but the school has no code", fr: "le modèle de nom utilise {school} mais l'école n'a pas de code")
    }

    public static var namingSchoolWithoutCodeFix: String {
        pick(en: "add code: QO under school: in the school's profile", fr: "ajoutez code: QO sous school: dans le profil de l'école")
    }

    public static var namingClassWithoutClass: String {
        pick(en: "the naming template uses {class} but this profile has no class", fr: "le modèle de nom utilise {class} mais ce profil n'a pas de classe")
    }

    public static var namingClassWithoutClassFix: String {
        pick(en: "add class: … or write the name in the template, e.g. CSM-V1-{slot:02}",
             fr: "ajoutez class: … ou écrivez le nom dans le modèle, par exemple CSM-V1-{slot:02}")
    }

    public static func checksumMismatch(_ file: String, _ actual: String) -> String {
        pick(en: "the sha256 of \(file) is \(actual), not the one written here", fr: "le sha256 de \(file) est \(actual), pas celui écrit ici")
    }

    public static func checksumMismatchFix(_ actual: String) -> String {
        pick(en: "if this APK is the right one, write sha256: \(actual); otherwise replace the file",
             fr: "si cet APK est le bon, écrivez sha256: \(actual) ; sinon remplacez le fichier")
    }

    // MARK: ENT and apps

    public static var casURLOnlyWithCAS: String { pick(en: "'cas_url' only applies when sso is cas", fr: "'cas_url' ne s'applique que si sso vaut cas") }
    public static var casURLOnlyWithCASFix: String { pick(en: "remove it, or write sso: cas", fr: "supprimez-la, ou écrivez sso: cas") }

    public static var managedConfigurationNotMap: String {
        pick(en: "'managed_configuration' must be a map of restriction keys", fr: "'managed_configuration' doit être une table de clés de restriction")
    }

    public static var managedConfigurationNotMapFix: String {
        pick(en: "write one 'key: value' per line, indented", fr: "écrivez une ligne 'clé: valeur' par réglage, en retrait")
    }

    public static var managedValueEmpty: String { pick(en: "a managed configuration value is empty", fr: "une valeur de configuration gérée est vide") }
    public static var managedValueEmptyFix: String { pick(en: "write a value, or remove the key", fr: "écrivez une valeur, ou supprimez la clé") }

    /// The example value of a missing sha256.
    public static var sha256Example: String { pick(en: "<sha256sum of the APK>", fr: "<sha256sum de l'APK>") }

    public static func installedTwice(_ package: String, firstLine: Int) -> String {
        pick(en: "'\(package)' is installed twice (first at line \(firstLine))", fr: "'\(package)' est installé deux fois (d'abord ligne \(firstLine))")
    }

    public static var onePerPackage: String { pick(en: "keep one entry per package", fr: "gardez une seule entrée par paquet") }

    public static func installedAndRemoved(_ package: String) -> String {
        pick(en: "'\(package)' is both installed and removed", fr: "'\(package)' est à la fois installé et supprimé")
    }

    public static var installedAndRemovedFix: String {
        pick(en: "keep it in only one of install and remove", fr: "gardez-le seulement dans install ou dans remove")
    }

    // MARK: Restrictions and system updates

    public static func unknownRestriction(_ name: String) -> String {
        pick(en: "'\(name)' is not an Android user restriction Valise knows", fr: "'\(name)' n'est pas une restriction utilisateur Android connue de Valise")
    }

    public static var windowOnlyWindowed: String {
        pick(en: "a window is only used with policy: windowed", fr: "une plage horaire ne sert qu'avec policy: windowed")
    }

    public static var windowOnlyWindowedFix: String {
        pick(en: "remove window, or write policy: windowed", fr: "supprimez window, ou écrivez policy: windowed")
    }

    public static func notDailyWindow(_ window: String) -> String {
        pick(en: "'\(window)' is not a daily window", fr: "'\(window)' n'est pas une plage horaire quotidienne")
    }

    public static var notDailyWindowFix: String {
        pick(en: "write the start and end times, e.g. window: 02:00-04:00", fr: "écrivez l'heure de début et de fin, par exemple window: 02:00-04:00")
    }

    public static var windowedNeedsWindow: String { pick(en: "policy: windowed needs a window", fr: "policy: windowed demande une plage horaire (window)") }

    public static var windowedNeedsWindowFix: String {
        pick(en: "add window: 02:00-04:00 (when tablets may update)", fr: "ajoutez window: 02:00-04:00 (quand les tablettes peuvent se mettre à jour)")
    }

    public static func freezeTooLong(_ from: String, _ to: String, maxDays: Int) -> String {
        pick(en: "the freeze period \(from) to \(to) is longer than Android's \(maxDays) days",
             fr: "la période de gel du \(from) au \(to) dépasse les \(maxDays) jours permis par Android")
    }

    public static func freezeTooLongFix(minGap: Int) -> String {
        pick(en: "shorten it, or split it into periods at least \(minGap) days apart",
             fr: "raccourcissez-la, ou coupez-la en périodes séparées d'au moins \(minGap) jours")
    }

    public static func notDayOfYear(_ text: String) -> String {
        pick(en: "'\(text)' is not a day of the year", fr: "'\(text)' n'est pas un jour de l'année")
    }

    public static var notDayOfYearFix: String {
        pick(en: "write MM-DD, e.g. 06-15 for 15 June", fr: "écrivez MM-JJ, par exemple 06-15 pour le 15 juin")
    }

    public static func freezeTooClose(_ a: (String, String), _ b: (String, String), minGap: Int) -> String {
        pick(en: "the freeze periods \(a.0)–\(a.1) and \(b.0)–\(b.1) are less than \(minGap) days apart",
             fr: "les périodes de gel \(a.0)–\(a.1) et \(b.0)–\(b.1) sont à moins de \(minGap) jours l'une de l'autre")
    }

    public static func freezeTooCloseFix(minGap: Int) -> String {
        pick(en: "Android needs \(minGap) days between freeze periods: merge them or move one",
             fr: "Android demande \(minGap) jours entre deux périodes de gel : fusionnez-les ou déplacez-en une")
    }

    // MARK: Wi-Fi and proxy

    public static func networkListedTwice(_ ssid: String, firstLine: Int) -> String {
        pick(en: "the network '\(ssid)' is listed twice (first at line \(firstLine))", fr: "le réseau '\(ssid)' apparaît deux fois (d'abord ligne \(firstLine))")
    }

    public static var onePerSSID: String { pick(en: "keep one entry per SSID", fr: "gardez une seule entrée par SSID") }

    public static func doesNotApplyToNetworks(_ key: String, _ security: String) -> String {
        pick(en: "'\(key)' does not apply to \(security) networks", fr: "'\(key)' ne s'applique pas aux réseaux \(security)")
    }

    public static var removeOrChangeSecurity: String { pick(en: "remove it, or change 'security'", fr: "supprimez-la, ou changez 'security'") }

    public static func notHostName(_ host: String) -> String {
        pick(en: "'\(host)' is not a host name", fr: "'\(host)' n'est pas un nom d'hôte")
    }

    public static var notHostNameFix: String {
        pick(en: "write only the host, without http:// or a port, e.g. proxy.ac-guadeloupe.fr",
             fr: "écrivez seulement l'hôte, sans http:// ni port, par exemple proxy.ac-guadeloupe.fr")
    }

    public static func doesNotApplyToProxy(_ key: String, _ type: String) -> String {
        pick(en: "'\(key)' does not apply to a proxy of type \(type)", fr: "'\(key)' ne s'applique pas à un proxy de type \(type)")
    }

    public static var removeOrChangeType: String { pick(en: "remove it, or change 'type'", fr: "supprimez-la, ou changez 'type'") }
}
