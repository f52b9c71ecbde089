/// Profiles (`valise profile check`), secrets, rentrée plans and the profile library: each problem's message and fix
/// (printed as `FILE:LINE:COL: message — fix`). Profile keys, paths and examples to type are not translated.
extension Say {
    // MARK: Kinds of value (what YAML read)

    public static var valueMap: String { pick(en: "a map", fr: "une table de clés") }
    public static var valueList: String { pick(en: "a list", fr: "une liste") }
    public static var valueText: String { pick(en: "text", fr: "du texte") }
    public static var valueNumber: String { pick(en: "a number", fr: "un nombre") }
    public static var valueNothing: String { pick(en: "nothing", fr: "rien") }
    public static var valueDate: String { pick(en: "a date", fr: "une date") }

    // MARK: Reading a profile file

    public static var profileFileUnreadable: String {
        pick(en: "the profile file does not exist or cannot be read", fr: "le fichier de profil n'existe pas ou ne peut pas être lu")
    }

    public static func checkPathOrPermissions(_ path: String) -> String {
        pick(en: "check the path, or its permissions (ls -l \(path))", fr: "vérifiez le chemin, ou ses droits (ls -l \(path))")
    }

    public static var profileFileNotUTF8: String {
        pick(en: "the profile file is not UTF-8 text", fr: "le fichier de profil n'est pas du texte UTF-8")
    }

    public static var saveAsUTF8: String { pick(en: "save it as UTF-8 in your editor", fr: "enregistrez-le en UTF-8 dans votre éditeur") }

    public static var keyMustBeWord: String {
        pick(en: "a key must be a simple word, not a list or a map", fr: "une clé doit être un simple mot, pas une liste ni une table de clés")
    }

    public static var keyMustBeWordFix: String {
        pick(en: "write the key as plain text followed by a colon", fr: "écrivez la clé en texte simple, suivie de deux-points")
    }

    public static var yamlAliases: String {
        pick(en: "YAML aliases (*name) are not supported in profiles", fr: "les alias YAML (*nom) ne sont pas acceptés dans les profils")
    }

    public static var yamlAliasesFix: String {
        pick(en: "write the value out, or move it to a parent layer and use inherits",
             fr: "écrivez la valeur en entier, ou placez-la dans une couche parente et utilisez inherits")
    }

    // MARK: Inheritance

    public static func inheritanceCycle(_ names: [String]) -> String {
        pick(en: "inheritance cycle: \(names.joined(separator: " → "))", fr: "cycle d'héritage : \(names.joined(separator: " → "))")
    }

    public static var inheritanceCycleFix: String {
        pick(en: "remove one of these inherits so that each layer inherits only from layers above it",
             fr: "supprimez l'un de ces inherits pour que chaque couche n'hérite que des couches au-dessus d'elle")
    }

    public static func inheritsMissing(_ path: String) -> String {
        pick(en: "inherits '\(path)', which does not exist", fr: "hérite de '\(path)', qui n'existe pas")
    }

    public static var inheritsMissingFix: String {
        pick(en: "check the path; it is relative to the folder of the file that inherits it",
             fr: "vérifiez le chemin ; il part du dossier du fichier qui en hérite")
    }

    public static var profileNotMap: String {
        pick(en: "a profile must be a map of sections (name:, device:, wifi:, …)",
             fr: "un profil doit être une table de sections (name:, device:, wifi:, …)")
    }

    public static var profileNotMapFix: String {
        pick(en: "start each section at the beginning of a line with 'section:'",
             fr: "commencez chaque section en début de ligne par 'section:'")
    }

    public static func inheritsWrongType(_ kind: String) -> String {
        pick(en: "'inherits' must be a path or a list of paths, not \(kind)",
             fr: "'inherits' doit être un chemin ou une liste de chemins, pas \(kind)")
    }

    public static var inheritsWrongTypeFix: String {
        pick(en: "write for example: inherits: ../school.yaml", fr: "écrivez par exemple : inherits: ../school.yaml")
    }

    public static func inheritsEntryNotPath(_ kind: String) -> String {
        pick(en: "each entry of 'inherits' must be a path, not \(kind)", fr: "chaque entrée de 'inherits' doit être un chemin, pas \(kind)")
    }

    public static var inheritsEntryNotPathFix: String {
        pick(en: "write the path of a profile file, relative to this file's folder",
             fr: "écrivez le chemin d'un fichier de profil, à partir du dossier de ce fichier")
    }

    // MARK: Maps, keys and types

    /// Names of the maps that are not keys themselves (`section` in messages).
    public static var sectionBookmark: String { pick(en: "bookmark", fr: "favori") }
    public static var sectionAppToInstall: String { pick(en: "app to install", fr: "application à installer") }
    public static var sectionFreezePeriod: String { pick(en: "freeze period", fr: "période de gel") }
    public static var sectionWiFiNetwork: String { pick(en: "wifi network", fr: "réseau wifi") }

    /// How messages name a Wi-Fi network or a proxy.
    public static var thisWiFiNetwork: String { pick(en: "this Wi-Fi network", fr: "ce réseau Wi-Fi") }
    public static func theWiFiNetwork(_ ssid: String) -> String { pick(en: "the Wi-Fi network '\(ssid)'", fr: "le réseau Wi-Fi '\(ssid)'") }
    public static var thisNetwork: String { pick(en: "this network", fr: "ce réseau") }
    public static func theProxy(_ type: String) -> String { pick(en: "the \(type) proxy", fr: "le proxy \(type)") }

    public static func mustBeMap(_ section: String, not kind: String) -> String {
        pick(en: "'\(section)' must be a map of keys, not \(kind)", fr: "'\(section)' doit être une table de clés, pas \(kind)")
    }

    public static func mustBeMapFix(_ keys: [String]) -> String {
        pick(en: "write its keys on the following lines, indented (valid keys: \(keys.joined(separator: ", ")))",
             fr: "écrivez ses clés sur les lignes suivantes, en retrait (clés valides : \(keys.joined(separator: ", ")))")
    }

    /// `label` ("'device'", "the Wi-Fi network 'X'") lacks `key`.
    public static func hasNoKey(_ label: String, _ key: String) -> String {
        pick(en: "\(label) has no '\(key)'", fr: "\(label) n'a pas de '\(key)'")
    }

    public static func addKey(_ key: String, example: String) -> String {
        pick(en: "add \(key): \(example)", fr: "ajoutez \(key): \(example)")
    }

    public static func mustBeTextYAMLReads(_ key: String, _ text: String, as kind: String) -> String {
        pick(en: "'\(key)' must be text; YAML reads \(text) as \(kind)", fr: "'\(key)' doit être du texte ; YAML lit \(text) comme \(kind)")
    }

    public static func putInQuotes(_ key: String, _ text: String) -> String {
        pick(en: "put it in quotes: \(key): \"\(text)\"", fr: "mettez-la entre guillemets : \(key): \"\(text)\"")
    }

    public static func mustBeText(_ key: String, not kind: String) -> String {
        pick(en: "'\(key)' must be text, not \(kind)", fr: "'\(key)' doit être du texte, pas \(kind)")
    }

    public static var oneValueSameLine: String {
        pick(en: "write one value on the same line", fr: "écrivez une seule valeur sur la même ligne")
    }

    public static func mustBeWholeNumber(_ key: String, not kind: String) -> String {
        pick(en: "'\(key)' must be a whole number, not \(kind)", fr: "'\(key)' doit être un nombre entier, pas \(kind)")
    }

    /// "write for example KEY: VALUE".
    public static func writeForExample(_ key: String, _ example: String) -> String {
        pick(en: "write for example \(key): \(example)", fr: "écrivez par exemple \(key): \(example)")
    }

    public static func outOfRange(_ key: String, _ number: Int, unit: String, _ range: ClosedRange<Int>) -> String {
        pick(en: "'\(key)' is \(number)\(unit), outside \(range.lowerBound)–\(range.upperBound)\(unit)",
             fr: "'\(key)' vaut \(number)\(unit), hors de \(range.lowerBound)–\(range.upperBound)\(unit)")
    }

    public static func useValueFromTo(_ range: ClosedRange<Int>) -> String {
        pick(en: "use a value from \(range.lowerBound) to \(range.upperBound)",
             fr: "utilisez une valeur de \(range.lowerBound) à \(range.upperBound)")
    }

    public static func mustBeBool(_ key: String, not kind: String) -> String {
        pick(en: "'\(key)' must be true or false, not \(kind)", fr: "'\(key)' doit être true ou false, pas \(kind)")
    }

    public static func writeTrueOrFalse(_ key: String) -> String {
        pick(en: "write \(key): true or \(key): false", fr: "écrivez \(key): true ou \(key): false")
    }

    public static func notOneOf(_ key: String, _ text: String, _ choices: [String]) -> String {
        pick(en: "'\(key)' is '\(text)', which is not one of: \(choices.joined(separator: ", "))",
             fr: "'\(key)' vaut '\(text)', qui n'est pas l'une de ces valeurs : \(choices.joined(separator: ", "))")
    }

    public static func mustBeList(_ key: String, not kind: String) -> String {
        pick(en: "'\(key)' must be a list, not \(kind)", fr: "'\(key)' doit être une liste, pas \(kind)")
    }

    public static var eachValueOwnLine: String {
        pick(en: "write each value on its own line, starting with '- '", fr: "écrivez chaque valeur sur sa propre ligne, commençant par '- '")
    }

    public static var eachEntryOwnLine: String {
        pick(en: "start each entry with '- ' on its own line", fr: "commencez chaque entrée par '- ', sur sa propre ligne")
    }

    public static func eachEntryMustBeText(_ key: String, not kind: String) -> String {
        pick(en: "each entry of '\(key)' must be text, not \(kind)", fr: "chaque entrée de '\(key)' doit être du texte, pas \(kind)")
    }

    public static var oneValueAfterEachDash: String {
        pick(en: "write one value after each '- '", fr: "écrivez une valeur après chaque '- '")
    }

    // MARK: Single values

    public static func usesHTTP(_ key: String) -> String {
        pick(en: "'\(key)' uses http://, which tablets would send unencrypted", fr: "'\(key)' utilise http://, que les tablettes enverraient sans chiffrement")
    }

    public static func useHTTPS(_ rest: String) -> String { pick(en: "use https://\(rest)", fr: "utilisez https://\(rest)") }

    public static func notHTTPS(_ key: String) -> String {
        pick(en: "'\(key)' is not an https:// address", fr: "'\(key)' n'est pas une adresse https://")
    }

    public static var writeFullAddress: String {
        pick(en: "write a full address such as https://www.example.fr/", fr: "écrivez une adresse complète comme https://www.example.fr/")
    }

    public static func pathMissing(_ key: String, _ path: String) -> String {
        pick(en: "'\(key)' names \(path), which does not exist", fr: "'\(key)' désigne \(path), qui n'existe pas")
    }

    public static func pathRelativeTo(_ file: String) -> String {
        pick(en: "check the path; it is relative to the folder of \(file)", fr: "vérifiez le chemin ; il part du dossier de \(file)")
    }

    public static func notPackageName(_ text: String) -> String {
        pick(en: "'\(text)' is not an Android package name", fr: "'\(text)' n'est pas un nom de paquet Android")
    }

    public static var notPackageNameFix: String {
        pick(en: "write the app's package, such as fr.valise.agent (see the Play Store address: ?id=…)",
             fr: "écrivez le paquet de l'application, comme fr.valise.agent (voir l'adresse sur le Play Store : ?id=…)")
    }

    public static var ssidEmpty: String { pick(en: "the SSID is empty", fr: "le SSID est vide") }

    public static var ssidEmptyFix: String {
        pick(en: "write the network's name as the tablets see it", fr: "écrivez le nom du réseau tel que les tablettes le voient")
    }

    public static func ssidTooLong(_ ssid: String, bytes: Int) -> String {
        pick(en: "the SSID '\(ssid)' is \(bytes) bytes long in UTF-8; Wi-Fi allows at most 32",
             fr: "le SSID '\(ssid)' fait \(bytes) octets en UTF-8 ; le Wi-Fi en permet 32 au plus")
    }

    public static var ssidTooLongFix: String {
        pick(en: "shorten the network's name on the access point and here (accented letters count 2 bytes)",
             fr: "raccourcissez le nom du réseau sur le point d'accès et ici (une lettre accentuée compte 2 octets)")
    }

    public static var passphraseNotASCII: String {
        pick(en: "contains characters that are not plain ASCII (accents, emoji or control characters)",
             fr: "contient des caractères qui ne sont pas de l'ASCII simple (accents, emoji ou caractères de contrôle)")
    }

    public static var passphraseTooShort: String { pick(en: "is shorter than 8 characters", fr: "fait moins de 8 caractères") }

    public static var passphraseTooLong: String {
        pick(en: "is longer than 63 characters and is not 64 hex digits", fr: "fait plus de 63 caractères sans être 64 chiffres hexadécimaux")
    }

    /// The passphrase of `ssid` (from `origin`) has `problem` (one of the three above).
    public static func passphraseProblem(_ ssid: String, origin: String, _ problem: String) -> String {
        pick(en: "the passphrase of '\(ssid)' (from \(origin)) \(problem)", fr: "la phrase secrète de '\(ssid)' (depuis \(origin)) \(problem)")
    }

    public static var passphraseFix: String {
        pick(en: "a WPA passphrase is 8 to 63 ASCII characters or 64 hex digits; change it where it is stored",
             fr: "une phrase secrète WPA fait 8 à 63 caractères ASCII ou 64 chiffres hexadécimaux ; changez-la là où elle est enregistrée")
    }

    public static var eapPasswordControl: String {
        pick(en: "contains line breaks or control characters", fr: "contient des retours à la ligne ou des caractères de contrôle")
    }

    public static var eapPasswordTooLong: String { pick(en: "is longer than 128 bytes", fr: "fait plus de 128 octets") }

    public static func eapPasswordProblem(_ ssid: String, origin: String, _ problem: String) -> String {
        pick(en: "the 802.1X password of '\(ssid)' (from \(origin)) \(problem)", fr: "le mot de passe 802.1X de '\(ssid)' (depuis \(origin)) \(problem)")
    }

    public static var eapPasswordFix: String {
        pick(en: "an 802.1X password is one line of at most 128 characters; change it where it is stored",
             fr: "un mot de passe 802.1X tient sur une ligne d'au plus 128 caractères ; changez-le là où il est enregistré")
    }

    public static func notTimeZone(_ text: String) -> String {
        pick(en: "'\(text)' is not a known time zone", fr: "'\(text)' n'est pas un fuseau horaire connu")
    }

    public static var useOlsonName: String {
        pick(en: "use an Olson name such as America/Marigot", fr: "utilisez un nom Olson comme America/Marigot")
    }

    public static func notLocale(_ text: String) -> String {
        pick(en: "'\(text)' is not a locale such as fr_FR", fr: "'\(text)' n'est pas une locale comme fr_FR")
    }

    public static var notLocaleFix: String {
        pick(en: "write the language in lower case, an underscore, then the country in upper case: fr_FR",
             fr: "écrivez la langue en minuscules, un tiret bas, puis le pays en majuscules : fr_FR")
    }

    public static var sha256Invalid: String {
        pick(en: "'sha256' must be 64 hex digits", fr: "'sha256' doit faire 64 chiffres hexadécimaux")
    }

    public static var sha256InvalidFix: String {
        pick(en: "run: sha256sum FILE.apk and copy the first column", fr: "lancez : sha256sum FILE.apk et copiez la première colonne")
    }

    public static func notDate(_ key: String) -> String {
        pick(en: "'\(key)' is not a date written YYYY-MM-DD", fr: "'\(key)' n'est pas une date écrite AAAA-MM-JJ")
    }

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

    // MARK: Secrets

    /// What a secret is, for the sentences below (their subject).
    public static func wifiPassphraseOf(_ name: String) -> String {
        pick(en: "the Wi-Fi passphrase of '\(name)'", fr: "la phrase secrète Wi-Fi de '\(name)'")
    }

    public static func eapPasswordOf(_ name: String) -> String {
        pick(en: "the 802.1X password of '\(name)'", fr: "le mot de passe 802.1X de '\(name)'")
    }

    public static func clientKeyOf(_ name: String) -> String { pick(en: "the client key of '\(name)'", fr: "la clé client de '\(name)'") }

    public static var clientKeyFix: String {
        pick(en: "give the tablets' own 802.1X client key (made for them), never the parc's keys",
             fr: "donnez la clé client 802.1X propre aux tablettes (faite pour elles), jamais les clés du parc")
    }

    /// Where a secret's value came from.
    public static func secretFromFile(_ path: String) -> String { pick(en: "file \(path)", fr: "fichier \(path)") }

    public static func secretIsEmpty(_ what: String) -> String { pick(en: "\(what) is empty", fr: "\(what) n'a pas de valeur") }

    public static var secretIsEmptyFix: String {
        pick(en: "write {secret: NAME} and put NAME in secrets.yaml", fr: "écrivez {secret: NAME} et mettez NAME dans secrets.yaml")
    }

    public static func secretWrittenInProfile(_ what: String) -> String {
        pick(en: "\(what) must not be written in the profile", fr: "\(what) ne doit pas figurer en clair dans le profil")
    }

    public static var secretWrittenInProfileFix: String {
        pick(en: "put it in secrets.yaml and write {secret: NAME}", fr: "mettez ce secret dans secrets.yaml et écrivez {secret: NAME}")
    }

    public static var aSecretReference: String { pick(en: "a secret reference", fr: "une référence de secret") }

    public static func referenceMustName(_ key: String, _ noun: String) -> String {
        pick(en: "'\(key)' must name \(noun)", fr: "'\(key)' doit désigner \(noun)")
    }

    public static func writeForExampleBraces(_ key: String, _ example: String) -> String {
        pick(en: "write for example {\(key): \(example)}", fr: "écrivez par exemple {\(key): \(example)}")
    }

    public static var anEnvironmentVariable: String { pick(en: "an environment variable", fr: "une variable d'environnement") }
    public static var aFile: String { pick(en: "a file", fr: "un fichier") }
    public static var aSecretInStore: String { pick(en: "a secret in secrets.yaml", fr: "un secret de secrets.yaml") }

    public static func secretManySources(_ what: String) -> String {
        pick(en: "\(what) names more than one source", fr: "\(what) indique plus d'une source")
    }

    public static var secretManySourcesFix: String {
        pick(en: "keep exactly one of env:, file: or secret:", fr: "gardez un seul de env:, file: ou secret:")
    }

    public static func secretNoSource(_ what: String) -> String { pick(en: "\(what) names no source", fr: "\(what) n'indique aucune source") }

    public static var secretNoSourceFix: String {
        pick(en: "write {secret: NAME}, {env: VAR} or {file: PATH}", fr: "écrivez {secret: NAME}, {env: VAR} ou {file: PATH}")
    }

    public static func secretHoldsPEM(_ what: String, origin: String) -> String {
        pick(en: "\(what) (from \(origin)) holds a key or certificate (a PEM block), not a password",
             fr: "\(what) (depuis \(origin)) contient une clé ou un certificat (un bloc PEM), pas un mot de passe")
    }

    public static var secretHoldsPEMFix: String {
        pick(en: "point it at the password itself: its own 0600 file, or secrets.yaml with {secret: NAME}",
             fr: "désignez le mot de passe lui-même : son propre fichier 0600, ou secrets.yaml avec {secret: NAME}")
    }

    public static func secretEnvNotSet(_ what: String, _ name: String) -> String {
        pick(en: "\(what) comes from the environment variable \(name), which is not set",
             fr: "\(what) vient de la variable d'environnement \(name), qui n'est pas définie")
    }

    public static func secretEnvNotSetFix(_ name: String) -> String {
        pick(en: "export \(name)=… before running valise, or use {secret: NAME} instead",
             fr: "exportez \(name)=… avant de lancer valise, ou utilisez plutôt {secret: NAME}")
    }

    public static func secretFileMissing(_ what: String, _ path: String) -> String {
        pick(en: "\(what) comes from the file \(path), which does not exist", fr: "\(what) vient du fichier \(path), qui n'existe pas")
    }

    public static func secretFileMissingFix(_ path: String) -> String {
        pick(en: "create it with the secret on one line, then run: chmod 600 \(path)",
             fr: "créez-le avec le secret sur une ligne, puis lancez : chmod 600 \(path)")
    }

    public static func secretFileNotText(_ path: String) -> String {
        pick(en: "the secret file \(path) cannot be read as text", fr: "le fichier secret \(path) ne peut pas être lu comme du texte")
    }

    public static var secretFileNotTextFix: String { pick(en: "write the secret as UTF-8 text", fr: "écrivez le secret en texte UTF-8") }

    public static func secretFileEmpty(_ path: String) -> String { pick(en: "the secret file \(path) is empty", fr: "le fichier secret \(path) est vide") }

    public static var secretFileEmptyFix: String { pick(en: "write the secret on its first line", fr: "écrivez le secret sur sa première ligne") }

    public static var keyMaterialFix: String {
        pick(en: "put the password in its own file (chmod 600) or in secrets.yaml with {secret: NAME}",
             fr: "mettez le mot de passe dans son propre fichier (chmod 600) ou dans secrets.yaml avec {secret: NAME}")
    }

    /// `what` names `path` (that is `real`, when a link), one of Valise's own keys.
    public static func isKeyMaterial(_ what: String, _ path: String, real: String?) -> String {
        pick(en: "\(what) names \(path)\(real.map { " (that is \($0))" } ?? ""), which is Valise's own key material: it never leaves this computer",
             fr: "\(what) désigne \(path)\(real.map { " (c'est-à-dire \($0))" } ?? ""), qui fait partie des clés propres à Valise : elles ne quittent jamais cet ordinateur")
    }

    public static func secretNotInStore(_ what: String, _ name: String, _ store: String) -> String {
        pick(en: "\(what) names the secret '\(name)', which is not in \(store)", fr: "\(what) désigne le secret '\(name)', absent de \(store)")
    }

    public static func addSecretLine(_ name: String, _ store: String) -> String {
        pick(en: "add a line '\(name): …' to \(store)", fr: "ajoutez une ligne '\(name): …' à \(store)")
    }

    /// The profile uses the secrets `names` (none known: "secrets") from `path`, which is missing.
    public static func secretStoreMissing(_ names: [String], _ path: String) -> String {
        let quoted = names.map { "'\($0)'" }.joined(separator: ", ")
        return pick(en: "this profile uses \(names.isEmpty ? "secrets" : "the secret\(names.count == 1 ? "" : "s") \(quoted)") from \(path), which does not exist",
                    fr: "ce profil utilise \(names.isEmpty ? "des secrets" : "\(names.count == 1 ? "le secret" : "les secrets") \(quoted)") de \(path), qui n'existe pas")
    }

    public static func secretStoreMissingFix(_ names: [String], _ path: String) -> String {
        let lines = names.isEmpty ? pick(en: "'name: value'", fr: "'nom: valeur'") : names.map { "'\($0): …'" }.joined(separator: ", ")
        return pick(en: "create it with one line per secret (\(lines)), then run: chmod 600 \(path)",
                    fr: "créez-le avec une ligne par secret (\(lines)), puis lancez : chmod 600 \(path)")
    }

    public static var secretStoreNotMap: String {
        pick(en: "secrets.yaml must be a map of 'name: value' lines", fr: "secrets.yaml doit être une table de lignes 'nom: valeur'")
    }

    public static var secretStoreNotMapFix: String { pick(en: "write one 'name: value' per line", fr: "écrivez une ligne 'nom: valeur' par secret") }

    public static func secretNoText(_ name: String) -> String {
        pick(en: "the secret '\(name)' has no text value", fr: "le secret '\(name)' n'a pas de valeur texte")
    }

    public static func secretNoTextFix(_ name: String) -> String {
        pick(en: "write it as '\(name): \"…\"' on one line", fr: "écrivez-le sous la forme '\(name): \"…\"' sur une ligne")
    }

    public static func permissionsUnreadable(_ path: String) -> String {
        pick(en: "cannot read the permissions of \(path)", fr: "impossible de lire les droits de \(path)")
    }

    public static var permissionsUnreadableFix: String {
        pick(en: "check that the file exists and is yours", fr: "vérifiez que le fichier existe et vous appartient")
    }

    /// `path` (a link to `target`, when it is one) can be read by others.
    public static func readableByOthers(_ path: String, linkTo target: String?, mode: String) -> String {
        pick(en: "\(path)\(target.map { " (a link to \($0))" } ?? "") can be read by other users (mode \(mode))",
             fr: "\(path)\(target.map { " (un lien vers \($0))" } ?? "") peut être lu par d'autres utilisateurs (mode \(mode))")
    }

    public static func runChmod600(_ path: String) -> String { pick(en: "run: chmod 600 \(path)", fr: "lancez : chmod 600 \(path)") }

    // MARK: Naming template

    public static var braceNeverClosed: String { pick(en: "the '{' is never closed", fr: "l'accolade '{' n'est jamais fermée") }
    public static var braceNeverClosedFix: String { pick(en: "close it: {slot:02}", fr: "fermez-la : {slot:02}") }

    public static func characterNotInName(_ character: String) -> String {
        pick(en: "the character '\(character)' cannot be part of a tablet name", fr: "le caractère '\(character)' ne peut pas entrer dans un nom de tablette")
    }

    public static var characterNotInNameFix: String {
        pick(en: "use only letters without accents, digits, '-', '_' and '.'", fr: "utilisez seulement des lettres sans accents, des chiffres, '-', '_' et '.'")
    }

    public static func sameNameForAll(_ template: String) -> String {
        pick(en: "every tablet of the case would get the same name '\(template)'", fr: "toutes les tablettes de la mallette auraient le même nom '\(template)'")
    }

    public static var sameNameForAllFix: String { pick(en: "add {slot:02} or {serial} to the template", fr: "ajoutez {slot:02} ou {serial} au modèle") }

    public static func unknownFormat(_ body: String) -> String { pick(en: "'{\(body)}' has an unknown format", fr: "'{\(body)}' a un format inconnu") }

    public static var unknownFormatFix: String {
        pick(en: "write {slot:02} for two digits (01, 02, …)", fr: "écrivez {slot:02} pour deux chiffres (01, 02, …)")
    }

    public static func takesNoFormat(_ body: String) -> String { pick(en: "'{\(body)}' takes no format", fr: "'{\(body)}' ne prend pas de format") }

    public static func writePlaceholder(_ name: String) -> String { pick(en: "write {\(name)}", fr: "écrivez {\(name)}") }

    public static var usePlaceholders: String {
        pick(en: "use {slot:02}, {school}, {class} or {serial}", fr: "utilisez {slot:02}, {school}, {class} ou {serial}")
    }

    public static func unknownPlaceholder(_ body: String) -> String {
        pick(en: "unknown placeholder '{\(body)}' in the naming template", fr: "champ inconnu '{\(body)}' dans le modèle de nom")
    }

    // MARK: Unconfirmed values

    public static func markedToConfirm(_ marker: String) -> String { pick(en: "marked '\(marker)'", fr: "marqué '\(marker)'") }
    public static var namesPlaceholderFile: String { pick(en: "names a placeholder file", fr: "désigne un fichier provisoire (PLACEHOLDER)") }

    // MARK: Profile library

    public static var noSchool: String { pick(en: "no school", fr: "sans école") }

    public static func alreadyDefined(_ label: String, in file: String) -> String {
        pick(en: "\(label) is already defined in \(file)", fr: "\(label) est déjà défini dans \(file)")
    }

    public static var alreadyDefinedFix: String {
        pick(en: "keep one profile per class; rename or delete one of them", fr: "gardez un profil par classe ; renommez ou supprimez l'un des deux")
    }

    public static func sameTabletNames(_ label: String, _ sample: String, like file: String) -> String {
        pick(en: "tablets of \(label) would be named \(sample), like those of \(file)",
             fr: "les tablettes de \(label) s'appelleraient \(sample), comme celles de \(file)")
    }

    public static var sameTabletNamesFix: String {
        pick(en: "give each class its own naming template, e.g. with {class}", fr: "donnez à chaque classe son propre modèle de nom, par exemple avec {class}")
    }

    public static func noProfileForClass(_ name: String, school: String?, known: [String]) -> String {
        pick(en: "no profile for class '\(name)'\(school.map { " at \($0)" } ?? "") — known classes: \(known.joined(separator: "; "))",
             fr: "aucun profil pour la classe '\(name)'\(school.map { " à \($0)" } ?? "") — classes connues : \(known.joined(separator: "; "))")
    }

    public static func severalSchoolsHaveClass(_ name: String, _ labels: [String]) -> String {
        pick(en: "several schools have a class '\(name)': \(labels.joined(separator: "; "))",
             fr: "plusieurs écoles ont une classe '\(name)' : \(labels.joined(separator: "; "))")
    }

    public static var nameTheSchoolToo: String { pick(en: " — name the school too", fr: " — indiquez aussi l'école") }

    // MARK: Rentrée plans

    public static var planUnreadable: String { pick(en: "the plan cannot be read", fr: "le plan ne peut pas être lu") }
    public static var planUnreadableFix: String { pick(en: "check that the file exists and is readable", fr: "vérifiez que le fichier existe et peut être lu") }

    public static var planNotMap: String {
        pick(en: "a rentrée plan must be a map with name, profiles and cases", fr: "un plan de rentrée doit être une table avec name, profiles et cases")
    }

    public static var planNotMapFix: String { pick(en: "start from the example in docs/rentree.md", fr: "partez de l'exemple de docs/rentree.md") }

    public static func libraryNotFolder(_ path: String) -> String {
        pick(en: "the profile library \(path) is not a folder", fr: "la bibliothèque de profils \(path) n'est pas un dossier")
    }

    public static var libraryNotFolderFix: String {
        pick(en: "give the folder holding the district, school and class profiles, relative to this plan",
             fr: "donnez le dossier qui contient les profils du district, des écoles et des classes, à partir de ce plan")
    }

    public static var planNoProfiles: String { pick(en: "the plan has no 'profiles'", fr: "le plan n'a pas de 'profiles'") }

    public static var planNoProfilesFix: String {
        pick(en: "add profiles: PATH (the profile library folder, relative to this plan)",
             fr: "ajoutez profiles: PATH (le dossier de la bibliothèque de profils, à partir de ce plan)")
    }

    public static var caseNameMustBeText: String { pick(en: "a case name must be text", fr: "un nom de mallette doit être du texte") }

    public static var caseNameMustBeTextFix: String {
        pick(en: "write the case's name as in its case map, e.g. valise-1: 5A", fr: "écrivez le nom de la mallette comme dans son plan de mallette, par exemple valise-1: 5A")
    }

    /// "case 'valise-1'", where an unknown key is.
    public static func caseNamed(_ name: String) -> String { pick(en: "case '\(name)'", fr: "la mallette '\(name)'") }

    public static func caseListedTwice(_ name: String) -> String { pick(en: "case '\(name)' is listed twice", fr: "la mallette '\(name)' apparaît deux fois") }
    public static var oneLinePerCase: String { pick(en: "keep one line per case", fr: "gardez une ligne par mallette") }

    public static func caseHasNoClass(_ name: String) -> String { pick(en: "case '\(name)' has no class", fr: "la mallette '\(name)' n'a pas de classe") }

    public static var caseHasNoClassFix: String {
        pick(en: "add class: CLASS (a class profile of the library, e.g. 5A)", fr: "ajoutez class: CLASS (un profil de classe de la bibliothèque, par exemple 5A)")
    }

    public static func caseMustNameClass(_ name: String) -> String { pick(en: "case '\(name)' must name a class", fr: "la mallette '\(name)' doit indiquer une classe") }

    public static func caseMustNameClassFix(_ name: String) -> String {
        pick(en: "write \(name): CLASS, or \(name): {class: CLASS, tcp: HOST:PORT-PORT}",
             fr: "écrivez \(name): CLASS, ou \(name): {class: CLASS, tcp: HOST:PORT-PORT}")
    }

    public static var planNoCases: String { pick(en: "the plan lists no cases", fr: "le plan ne liste aucune mallette") }

    public static var planNoCasesFix: String {
        pick(en: "add cases: with one line per case, e.g. valise-1: 5A", fr: "ajoutez cases: avec une ligne par mallette, par exemple valise-1: 5A")
    }

    public static func nameTheSchool(_ example: String) -> String { pick(en: "name the school: \(example)", fr: "indiquez l'école : \(example)") }

    public static func noSchoolHasClass(_ school: String, _ className: String) -> String {
        pick(en: "no school '\(school)' of the library has a class '\(className)'",
             fr: "aucune école '\(school)' de la bibliothèque n'a de classe '\(className)'")
    }

    public static func didYouMeanSchool(_ school: String) -> String {
        pick(en: "did you mean school '\(school)'?", fr: "vouliez-vous dire l'école '\(school)' ?")
    }

    public static func schoolsWithClass(_ schools: [String]) -> String {
        pick(en: "schools with that class: \(schools.joined(separator: ", "))", fr: "écoles qui ont cette classe : \(schools.joined(separator: ", "))")
    }

    public static func knownClasses(_ names: [String]) -> String {
        pick(en: "known: \(names.joined(separator: ", "))", fr: "connues : \(names.joined(separator: ", "))")
    }

    public static func libraryHasNoClass(_ path: String, _ className: String) -> String {
        pick(en: "the library \(path) has no class or case '\(className)'", fr: "la bibliothèque \(path) n'a pas de classe ni de mallette '\(className)'")
    }

    // MARK: A resolved profile (valise profile show --resolved), its comments

    public static func resolvedProfileFor(_ unit: String, school: String) -> String {
        pick(en: "Resolved profile for \(unit) — \(school)", fr: "Profil résolu de \(unit) — \(school)")
    }

    public static var layersLabel: String { pick(en: "layers: ", fr: "couches : ") }

    /// Where a value comes from when no layer wrote it.
    public static var byDefault: String { pick(en: "default", fr: "par défaut") }

    /// "from filtering.proxy", "from secret 'wifi-test'".
    public static func from(_ origin: String) -> String { pick(en: "from \(origin)", fr: "depuis \(origin)") }
}
