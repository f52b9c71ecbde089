/// ArgumentParser's own words (the headings of `--help`, its usage lines and the mistakes it finds in a command line),
/// as it prints them in English, with their French: it has no French of its own. `ParserWords` (ValiseCLI) puts these
/// in place of its English when the reader's language is French.
extension Say {
    /// Fixed words, English as ArgumentParser prints them → French.
    public static let parserWords: [(en: String, fr: String)] = [
        ("OVERVIEW: ", "DESCRIPTION : "),
        ("USAGE: ", "UTILISATION : "),
        ("\nOPTIONS:\n", "\nOPTIONS :\n"),
        ("\nARGUMENTS:\n", "\nARGUMENTS :\n"),
        ("\nSUBCOMMANDS:\n", "\nSOUS-COMMANDES :\n"),
        ("Show help information.", "Afficher l'aide."),
        ("Show the version.", "Afficher la version."),
        ("(default: ", "(par défaut : "),
        ("  See '", "  Voir '"),
        (" <subcommand>' for detailed help.", " <sous-commande>' pour l'aide détaillée."),
        ("' for more information.", "' pour en savoir plus."),
        ("\nUsage: ", "\nUtilisation : "),
        ("\nHelp: ", "\nAide : "),
        ("Missing required subcommand.", "Il manque la sous-commande."),
    ]

    /// The mistakes ArgumentParser finds, as patterns of its English (regular expressions, most precise first) → French
    /// templates (`$1`, `$2`: what the pattern captured).
    public static let parserMistakes: [(en: String, fr: String)] = [
        (#"^Error: "#, "Erreur : "),
        (#"Missing expected argument '(.+?)'"#, "Argument attendu manquant : '$1'"),
        (#"Missing one of: '(.+?)'"#, "Il manque l'un de : '$1'"),
        (#"Unknown option '(.+?)'\. Did you mean '(.+?)'\?"#, "Option inconnue '$1'. Vouliez-vous dire '$2' ?"),
        (#"Unknown option '(.+?)'"#, "Option inconnue '$1'"),
        (#"Missing value for '(.+?)'"#, "Valeur manquante pour '$1'"),
        (#"Unexpected argument '(.+?)'"#, "Argument inattendu '$1'"),
        (#"(\d+) unexpected arguments: '(.+?)'"#, "$1 arguments inattendus : '$2'"),
        (#"The value '(.*?)' is invalid for '(.+?)'"#, "La valeur '$1' n'est pas valable pour '$2'"),
        (#"\. Please provide one of (.+)' or '(.+)\."#, ". Donnez l'une de ces valeurs : $1' ou '$2."),
        (#"The option '(.+?)' does not take any value, but '(.*?)' was specified\."#,
         "L'option '$1' ne prend pas de valeur, or '$2' a été donné."),
    ]
}
