/// The district server (PostgreSQL): its errors, and the district report (terminal and HTML page).
/// What the server or libpq said is quoted as it is.
extension Say {
    // MARK: District errors

    public static func districtBadURL(_ url: String, why: String) -> String {
        pick(en: "The district inventory address \(url) cannot be used: \(why).",
             fr: "L'adresse de l'inventaire du district \(url) est inutilisable : \(why).")
    }

    public static func districtUnreachable(_ url: String) -> String {
        pick(en: "The district server \(url) cannot be reached.", fr: "Le serveur du district \(url) est injoignable.")
    }

    public static func districtRefused(_ url: String) -> String {
        pick(en: "The district server \(url) refused this station.", fr: "Le serveur du district \(url) a refusé ce poste.")
    }

    public static func districtPasswordFile(_ file: String, why: String) -> String {
        pick(en: "The password file \(file) cannot be used: \(why).", fr: "Le fichier de mots de passe \(file) est inutilisable : \(why).")
    }

    public static func districtLost(_ url: String) -> String {
        pick(en: "The connection to the district server \(url) was lost.",
             fr: "La connexion au serveur du district \(url) a été perdue.")
    }

    public static var districtStatementRefused: String {
        pick(en: "The district server refused an update.", fr: "Le serveur du district a refusé une mise à jour.")
    }

    public static var districtBadURLWhy: String {
        pick(en: "The address must name the server, its port and the database; the password belongs in a pgpass file.",
             fr: "L'adresse doit nommer le serveur, son port et la base de données ; le mot de passe va dans un fichier pgpass.")
    }

    /// What the server said (its words, not translated).
    public static func districtServerSaid(_ words: String) -> String {
        pick(en: "The server said: \(words)", fr: "Le serveur a répondu : \(words)")
    }

    public static var districtKeepsProvisioning: String {
        pick(en: "This station keeps provisioning on its own journal and uploads when the server is back.",
             fr: "Ce poste continue de préparer les tablettes sur son propre journal et envoie ses données quand le serveur revient.")
    }

    public static var districtNothingLost: String {
        pick(en: "Nothing is lost: the changes stay on this station and go up when the server is back.",
             fr: "Rien n'est perdu : les modifications restent sur ce poste et partent quand le serveur revient.")
    }

    public static var districtPasswordFileWhy: String {
        pick(en: "A pgpass file others can read would give the district's password away; libpq would also ignore it.",
             fr: "Un fichier pgpass lisible par d'autres livrerait le mot de passe du district ; libpq l'ignorerait d'ailleurs.")
    }

    public static var districtBadURLFix: String {
        pick(en: "Give --inventory or VALISE_INVENTORY as postgres://USER@HOST:PORT/DATABASE (the password in a 0600 pgpass file).",
             fr: "Donnez --inventory ou VALISE_INVENTORY sous la forme postgres://USER@HOST:PORT/DATABASE (le mot de passe dans un fichier pgpass en mode 0600).")
    }

    public static var districtAwayFix: String {
        pick(en: "Check the server, the network and the address; the changes go up with the next run, or now with `valise sync`.",
             fr: "Vérifiez le serveur, le réseau et l'adresse ; les modifications partiront à la prochaine exécution, ou tout de suite avec `valise sync`.")
    }

    public static var districtRefusedFix: String {
        pick(en: "Check the user and the password in the pgpass file (a line HOST:PORT:DATABASE:USER:PASSWORD, mode 0600).",
             fr: "Vérifiez l'utilisateur et le mot de passe dans le fichier pgpass (une ligne HOST:PORT:DATABASE:USER:PASSWORD, mode 0600).")
    }

    public static func districtPasswordFileFix(_ file: String) -> String {
        pick(en: "Make it readable by its owner only: chmod 600 \(file).",
             fr: "Rendez-le lisible par son seul propriétaire : chmod 600 \(file).")
    }

    public static var districtStatementFix: String {
        pick(en: "Check that every station runs the same Valise version; `valise doctor` shows how far behind this station is.",
             fr: "Vérifiez que tous les postes utilisent la même version de Valise ; `valise doctor` montre le retard de ce poste.")
    }

    // MARK: Why an address or a password file cannot be used

    public static var districtURLShape: String {
        pick(en: "it must look like postgres://USER@HOST:PORT/DATABASE", fr: "elle doit avoir la forme postgres://USER@HOST:PORT/DATABASE")
    }
    public static var districtURLNoHost: String { pick(en: "it names no server (HOST)", fr: "elle ne nomme aucun serveur (HOST)") }
    public static var districtURLNoDatabase: String {
        pick(en: "it names no database (…/DATABASE at the end)", fr: "elle ne nomme aucune base de données (…/DATABASE à la fin)")
    }
    public static func districtURLPort(_ port: Int) -> String {
        pick(en: "port \(port) is out of range", fr: "le port \(port) est hors limites")
    }
    public static var districtPasswordFileMissing: String { pick(en: "it does not exist", fr: "il n'existe pas") }
    public static func districtPasswordFileOpen(mode: String) -> String {
        pick(en: "it is readable by others (mode \(mode))", fr: "il est lisible par d'autres (mode \(mode))")
    }
    public static var districtNoConnection: String {
        pick(en: "libpq could not allocate a connection", fr: "libpq n'a pas pu allouer de connexion")
    }
    public static var districtNoMessage: String { pick(en: "no message", fr: "aucun message") }

    /// Where a district inventory lives: the server, and this station's journal.
    public static func districtLocation(_ server: String, journal: String) -> String {
        pick(en: "\(server) (this station's journal: \(journal))", fr: "\(server) (journal de ce poste : \(journal))")
    }

    // MARK: The district report

    /// "30 of 32 tablets provisioned (93.8%), 29 in service, 2 need a hand" (without "tablets" when `withNoun` is false).
    public static func districtFigures(provisioned: Int, of tablets: Int, share: Double, inService: Int, needingAHand: Int,
                                       withNoun: Bool) -> String {
        let english = String(format: "%.1f%%", share)
        let french = String(format: "%.1f", share).replacingOccurrences(of: ".", with: ",") + " %"
        return pick(en: "\(provisioned) of \(tablets)\(withNoun ? " tablets" : "") provisioned (\(english)), "
                        + "\(inService) in service, \(needingAHand) \(needingAHand == 1 ? "needs" : "need") a hand",
                    fr: "\(provisioned) sur \(tablets)\(withNoun ? (tablets <= 1 ? " tablette" : " tablettes") : "") "
                        + "\(provisioned <= 1 ? "préparée" : "préparées") (\(french)), \(inService) en service, \(needingAHand) à reprendre")
    }

    /// The district's figures, then "across 3 schools.".
    public static func districtAcross(_ figures: String, schools: Int) -> String {
        pick(en: "\(figures) across \(schools) school\(schools == 1 ? "" : "s").",
             fr: "\(figures) dans \(schools) \(schools <= 1 ? "établissement" : "établissements").")
    }

    /// A progress bar's tooltip: "42.9% provisioned".
    public static func districtShareProvisioned(_ share: Double) -> String {
        pick(en: String(format: "%.1f%%", share) + " provisioned",
             fr: String(format: "%.1f", share).replacingOccurrences(of: ".", with: ",") + " % de préparées")
    }

    /// A tablet needing a hand whose record gives no reason.
    public static var districtNoReason: String { pick(en: "no reason recorded", fr: "aucune raison enregistrée") }

    /// The page's table of classes and cases.
    public static var districtPageColumns: [String] {
        [pick(en: "Class", fr: "Classe"), pick(en: "Case", fr: "Mallette"), pick(en: "Tablets", fr: "Tablettes"),
         pick(en: "Provisioned", fr: "Préparées"), pick(en: "In service", fr: "En service"), pick(en: "Needs a hand", fr: "À reprendre"),
         pick(en: "Why they need a hand", fr: "Pourquoi les reprendre"), pick(en: "Up to date", fr: "À jour"),
         pick(en: "Needs flashing", fr: "À flasher"), pick(en: "Unknown model", fr: "Modèle inconnu"), pick(en: "Not checked", fr: "Non vérifié"),
         pick(en: "Last rentrée", fr: "Dernière rentrée")]
    }

    /// The terminal's table of classes and cases.
    public static var districtTableColumns: [String] {
        [pick(en: "class", fr: "classe"), pick(en: "case", fr: "mallette"), pick(en: "tablets", fr: "tablettes"),
         pick(en: "provisioned", fr: "préparées"), pick(en: "in service", fr: "en service"), pick(en: "needs a hand", fr: "à reprendre"),
         pick(en: "up to date", fr: "à jour"), pick(en: "needs flashing", fr: "à flasher"), pick(en: "unknown model", fr: "modèle inconnu"),
         pick(en: "last rentrée", fr: "dernière rentrée")]
    }

    public static var districtStationsHeading: String { pick(en: "Stations", fr: "Postes") }
    public static var districtNoStation: String {
        pick(en: "No station has uploaded yet.", fr: "Aucun poste n'a encore envoyé ses données.")
    }
    public static var districtStationColumns: [String] {
        [pick(en: "Station", fr: "Poste"), pick(en: "First upload", fr: "Premier envoi"), pick(en: "Last upload", fr: "Dernier envoi"),
         pick(en: "Tablets last sent", fr: "Tablettes envoyées en dernier")]
    }
    public static var districtMovesHeading: String { pick(en: "Moves", fr: "Changements d'établissement ou de mallette") }

    /// "2 moves of a tablet to another school or case."
    public static func districtMovesOfATablet(_ n: Int) -> String {
        pick(en: "\(n) move\(n == 1 ? "" : "s") of a tablet to another school or case.",
             fr: "\(n) \(n <= 1 ? "déplacement" : "déplacements") d'une tablette vers un autre établissement ou une autre mallette.")
    }

    /// "2 moves to another school or case." (terminal).
    public static func districtMoves(_ n: Int) -> String {
        pick(en: "\(n) move\(n == 1 ? "" : "s") to another school or case.",
             fr: "\(n) \(n <= 1 ? "déplacement" : "déplacements") vers un autre établissement ou une autre mallette.")
    }

    public static var districtPageTitle: String { pick(en: "Valise — district parc status", fr: "Valise — état du parc du district") }
    /// The page's heading.
    public static var districtPageHeading: String { pick(en: "District parc status", fr: "État du parc du district") }
    public static func districtGenerated(_ day: String) -> String { pick(en: "Generated \(day).", fr: "Généré le \(day).") }

    /// "Collège Vauban: …" (terminal).
    public static func districtSchoolLine(_ school: String, _ figures: String) -> String {
        pick(en: "\(school): \(figures)", fr: "\(school) : \(figures)")
    }
    public static func districtTotalLine(_ figures: String) -> String { pick(en: "District: \(figures)", fr: "District : \(figures)") }
    public static var districtWhyNeedAHand: String { pick(en: "Why they need a hand:", fr: "Pourquoi les reprendre :") }
    public static var districtStationsLabel: String { pick(en: "Stations:", fr: "Postes :") }
    public static var districtStationTableColumns: [String] {
        [pick(en: "station", fr: "poste"), pick(en: "last upload", fr: "dernier envoi"), "",
         pick(en: "tablets last sent", fr: "tablettes envoyées en dernier")]
    }

    /// How long ago: "just now", "3 min ago", "5 h ago", "2 days ago".
    public static func ago(seconds: Double) -> String {
        switch seconds {
        case ..<60: pick(en: "just now", fr: "à l'instant")
        case ..<3600: pick(en: "\(Int(seconds / 60)) min ago", fr: "il y a \(Int(seconds / 60)) min")
        case ..<172_800: pick(en: "\(Int(seconds / 3600)) h ago", fr: "il y a \(Int(seconds / 3600)) h")
        default: pick(en: "\(Int(seconds / 86400)) days ago", fr: "il y a \(Int(seconds / 86400)) jours")
        }
    }
}
