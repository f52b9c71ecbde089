/// The files Valise reads (profiles, rentrée plans, case maps, firmware catalogs): the located line each problem is
/// printed on, "did you mean", YAML errors, and the summary and fix of a file's problems.
extension Say {
    // MARK: Kinds of file

    /// The kind of file, as a sentence names it after "The"/"Le".
    public static func fileKind(_ kind: FileProblems.Kind) -> String {
        switch kind {
        case .profile: pick(en: "profile", fr: "profil")
        case .rentreePlan: pick(en: "rentrée plan", fr: "plan de rentrée")
        case .caseMap: pick(en: "case map", fr: "plan de mallette")
        case .firmwareCatalog: pick(en: "firmware catalog", fr: "catalogue de firmware")
        }
    }

    // MARK: A file's problems (FileProblems)

    /// "The profile has 2 problems:" before the located lines.
    public static func fileProblemsSummary(_ kind: FileProblems.Kind, count: Int) -> String {
        pick(en: "The \(fileKind(kind)) has \(count) problem\(count == 1 ? "" : "s"):",
             fr: "Le \(fileKind(kind)) a \(Say.count(count, en: ("problem", "problems"), fr: ("problème", "problèmes"))) :")
    }

    /// Why: each located line says what to do; for a plan or a catalog, nothing was done yet.
    public static func fileProblemsReason(_ kind: FileProblems.Kind) -> String {
        switch kind {
        case .profile, .caseMap:
            pick(en: "Each line above names the file, line and column, what is wrong and how to fix it.",
                 fr: "Chaque ligne ci-dessus donne le fichier, la ligne et la colonne, ce qui ne va pas et comment le corriger.")
        case .rentreePlan:
            pick(en: "Each line above names the file, line and column, what is wrong and how to fix it; nothing was provisioned.",
                 fr: "Chaque ligne ci-dessus donne le fichier, la ligne et la colonne, ce qui ne va pas et comment le corriger ; aucune tablette n'a été préparée.")
        case .firmwareCatalog:
            pick(en: "Each line above names the file, line and column, what is wrong and how to fix it; nothing was flashed.",
                 fr: "Chaque ligne ci-dessus donne le fichier, la ligne et la colonne, ce qui ne va pas et comment le corriger ; rien n'a été flashé.")
        }
    }

    /// The fix of a file's problems, by kind of file.
    public static func fileProblemsAction(_ kind: FileProblems.Kind) -> String {
        switch kind {
        case .profile:
            pick(en: "Fix the lines above, then run `valise profile check` again.",
                 fr: "Corrigez les lignes ci-dessus, puis relancez `valise profile check`.")
        case .caseMap:
            pick(en: "Fix the lines above (Profiles/cases/valise-1.yaml is an example), or give another map with --case FILE.",
                 fr: "Corrigez les lignes ci-dessus (Profiles/cases/valise-1.yaml est un exemple), ou donnez un autre plan avec --case FILE.")
        case .rentreePlan, .firmwareCatalog:
            pick(en: "Fix the lines above, then run the same command again.",
                 fr: "Corrigez les lignes ci-dessus, puis relancez la même commande.")
        }
    }

    // MARK: Unknown keys and "did you mean"

    /// "unknown key 'klass'", with " in case 'valise-1'" when the map is not the file's top level.
    public static func unknownKey(_ key: String, in place: String?) -> String {
        pick(en: "unknown key '\(key)'\(place.map { " in \($0)" } ?? "")",
             fr: "clé inconnue '\(key)'\(place.map { " dans \($0)" } ?? "")")
    }

    /// "did you mean 'class'?"
    public static func didYouMean(_ nearest: String) -> String {
        pick(en: "did you mean '\(nearest)'?", fr: "vouliez-vous dire '\(nearest)' ?")
    }

    /// The fix for an unknown key nothing resembles: the list of valid keys.
    public static func removeKeyValidAre(_ keys: [String]) -> String {
        pick(en: "remove it; valid keys here are: \(keys.joined(separator: ", "))",
             fr: "supprimez-la ; les clés valides ici sont : \(keys.joined(separator: ", "))")
    }

    /// "use one of: a, b, c" (a value, not a key).
    public static func useOneOf(_ choices: [String]) -> String {
        pick(en: "use one of: \(choices.joined(separator: ", "))", fr: "utilisez l'une de ces valeurs : \(choices.joined(separator: ", "))")
    }

    // MARK: YAML

    /// A YAML syntax error: libyaml's own words (`problem`, `context`), framed.
    public static func yamlSyntax(_ problem: String, context: (text: String, line: Int, column: Int)?) -> String {
        let started = context.map {
            pick(en: " (\($0.text) that starts at line \($0.line), column \($0.column))",
                 fr: " (\($0.text), qui commence ligne \($0.line), colonne \($0.column))")
        } ?? ""
        return pick(en: "YAML syntax error: \(problem)\(started)", fr: "erreur de syntaxe YAML : \(problem)\(started)")
    }

    /// The fix for a YAML syntax error.
    public static var yamlFix: String {
        pick(en: "fix the YAML syntax here (indentation with spaces, a space after each colon, closed quotes)",
             fr: "corrigez la syntaxe YAML ici (indentation avec des espaces, un espace après chaque deux-points, guillemets refermés)")
    }

    public static var yamlUnreadable: String {
        pick(en: "this file could not be read as YAML", fr: "ce fichier n'a pas pu être lu comme du YAML")
    }

    public static var yamlUnreadableFix: String {
        pick(en: "check that it is a UTF-8 text file", fr: "vérifiez que c'est un fichier texte UTF-8")
    }

    /// The same key twice in a map; `names` are the keys, quoted.
    public static func yamlDuplicateKeys(_ names: String) -> String {
        pick(en: "the key \(names) is written twice in the same map", fr: "la clé \(names) est écrite deux fois dans la même table")
    }

    public static var keepOnlyOne: String { pick(en: "keep only one of them", fr: "n'en gardez qu'une") }

    /// libyaml's reader refused the text (its `problem`, in its own words).
    public static func yamlReader(_ problem: String) -> String {
        pick(en: "the file could not be read: \(problem)", fr: "le fichier n'a pas pu être lu : \(problem)")
    }

    public static var yamlReaderFix: String {
        pick(en: "save it as UTF-8 text without control characters", fr: "enregistrez-le en texte UTF-8, sans caractères de contrôle")
    }

    public static var yamlInvalid: String { pick(en: "this file is not valid YAML", fr: "ce fichier n'est pas du YAML valide") }
}
