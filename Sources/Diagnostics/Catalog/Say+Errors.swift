/// The frame every error is printed in, and the errors every command can meet.
extension Say {
    /// `Error: ` before what happened.
    public static var errorLabel: String { pick(en: "Error: ", fr: "Erreur : ") }
    /// `Why: ` before the reason.
    public static var whyLabel: String { pick(en: "Why: ", fr: "Pourquoi : ") }
    /// `Fix: ` before the fix.
    public static var fixLabel: String { pick(en: "Fix: ", fr: "Solution : ") }
    /// `Help: ` before the troubleshooting section.
    public static var helpLabel: String { pick(en: "Help: ", fr: "Aide : ") }
    /// `Detail: ` before the technical detail (--verbose).
    public static var detailLabel: String { pick(en: "Detail: ", fr: "Détail : ") }
    /// `Warning: ` before a warning.
    public static var warningLabel: String { pick(en: "Warning: ", fr: "Attention : ") }
    /// `Usage: ` before a command's usage.
    public static var usageLabel: String { pick(en: "Usage: ", fr: "Utilisation : ") }

    /// The troubleshooting page's section for `topic`, in the reader's language.
    public static func helpPage(_ topic: String) -> String {
        pick(en: "docs/troubleshooting.md#\(topic)", fr: "docs/fr/depannage.md#\(topic)")
    }

    /// After a usage mistake: where to read the command's help.
    public static func seeHelp(_ command: String) -> String {
        pick(en: "See '\(command) --help' for more information.", fr: "Voir '\(command) --help' pour en savoir plus.")
    }

    // MARK: Errors of any command

    /// The plain fix: "Run the command again."
    public static var runAgainFix: String { pick(en: "Run the command again.", fr: "Relancez la commande.") }

    public static func fileUnusable(_ path: String?) -> String {
        if let path {
            pick(en: "Valise could not use the file \(path).", fr: "Valise n'a pas pu utiliser le fichier \(path).")
        } else {
            pick(en: "Valise could not read or write a file it needs.",
                 fr: "Valise n'a pas pu lire ou écrire un fichier dont elle a besoin.")
        }
    }

    public static func systemSaid(_ words: String) -> String {
        pick(en: "The system said: \(words)", fr: "Le système a répondu : \(words)")
    }

    public static var fileUnusableFix: String {
        pick(en: "Check that the file and its folder exist, that this user may read and write them, and that the disk is not full; then run the command again.",
             fr: "Vérifiez que le fichier et son dossier existent, que cet utilisateur peut les lire et les écrire, et que le disque n'est pas plein ; puis relancez la commande.")
    }

    public static func unexplained(_ type: String) -> String {
        pick(en: "Valise has no explanation written for this error (\(type)): this looks like a bug in Valise.",
             fr: "Valise n'a pas d'explication écrite pour cette erreur (\(type)) : cela ressemble à un défaut de Valise.")
    }

    public static var unexplainedFix: String {
        pick(en: "Run the same command again with --verbose; if the error comes back, send the command and everything it printed to whoever looks after Valise for the parc.",
             fr: "Relancez la même commande avec --verbose ; si l'erreur revient, envoyez la commande et tout ce qu'elle a affiché à la personne qui s'occupe de Valise pour le parc.")
    }
}
