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
}
