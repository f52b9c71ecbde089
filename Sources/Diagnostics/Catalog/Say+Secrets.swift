/// Secrets, the naming template, values not yet confirmed, the profile library and rentrée plans; the comments of
/// `valise profile show --resolved`.
extension Say {
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
        pick(en: "use {slot:02}, {school}, {class}, {case} or {serial}", fr: "utilisez {slot:02}, {school}, {class}, {case} ou {serial}")
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

    /// Two cases of a rentrée plan given one class whose naming names a tablet by its slot only.
    public static func casesNamedAlike(_ caseName: String, _ earlier: String, className: String, sample: String, template: String) -> String {
        pick(en: "cases \(earlier) and \(caseName) both get class \(className): their tablets would have the same names "
                + "(\(sample) in each), since the naming template '\(template)' names a tablet by its slot",
             fr: "les mallettes \(earlier) et \(caseName) reçoivent toutes deux la classe \(className) : leurs tablettes auraient "
                + "les mêmes noms (\(sample) dans chacune), car le modèle de nom '\(template)' nomme une tablette par son emplacement")
    }

    public static func casesNamedAlikeFix(_ suggestion: String) -> String {
        pick(en: "add {case} to naming.template in the class's profile (for example template: \"\(suggestion)\"), or give each case its own class",
             fr: "ajoutez {case} à naming.template dans le profil de la classe (par ex. template: \"\(suggestion)\"), ou donnez à chaque mallette sa propre classe")
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
