/// What Valise says about one tablet over ADB: letting this computer in, commands, apps, the agent, files.
extension Say {
    // MARK: Letting this computer in (USB authorisation)

    public static func tabletDidNotAnswerConnection(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) did not answer the connection.", fr: "La tablette \(tablet) n'a pas répondu à la connexion.")
    }

    public static var noADBGreeting: String {
        pick(en: "It accepted the connection but sent no ADB greeting in time.",
             fr: "Elle a accepté la connexion mais n'a pas envoyé de salut ADB à temps.")
    }

    public static var checkUSBDebuggingFix: String {
        pick(en: "Check that USB debugging is on and the tablet is awake, then try again.",
             fr: "Vérifiez que le débogage USB est activé et que la tablette est réveillée, puis réessayez.")
    }

    public static func tabletDidNotAllowComputer(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) did not allow this computer to connect.",
             fr: "La tablette \(tablet) n'a pas autorisé cet ordinateur à se connecter.")
    }

    public static var keyRefusedReason: String {
        pick(en: "The tablet refused this computer's key (Deny was tapped, or it only accepts known computers).",
             fr: "La tablette a refusé la clé de cet ordinateur (quelqu'un a touché Refuser, ou elle n'accepte que les ordinateurs connus).")
    }

    public static var promptUnansweredReason: String {
        pick(en: "The tablet is showing the \"Allow USB debugging?\" prompt and nobody answered it in time.",
             fr: "La tablette affiche la question \"Autoriser le débogage USB ?\" et personne n'y a répondu à temps.")
    }

    public static var allowUSBDebuggingFix: String {
        pick(en: "Unlock the tablet, tick \"Always allow from this computer\", tap Allow, then run the command again.",
             fr: "Déverrouillez la tablette, cochez \"Toujours autoriser sur cet ordinateur\", touchez Autoriser, puis relancez la commande.")
    }

    // MARK: Shell commands

    public static func tabletEndedCommandWithoutResult(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) ended a command without its result.",
             fr: "La tablette \(tablet) a terminé une commande sans en donner le résultat.")
    }

    public static var shellClosedEarlyReason: String {
        pick(en: "The shell closed before reporting an exit status (the tablet may have rebooted or been unplugged).",
             fr: "Le shell s'est fermé avant de donner un code de sortie (la tablette a peut-être redémarré ou été débranchée).")
    }

    /// `command`: the command as run (not translated).
    public static func tabletRefusedCommand(_ tablet: String, command: String) -> String {
        pick(en: "Tablet \(tablet) refused `\(command)`.", fr: "La tablette \(tablet) a refusé `\(command)`.")
    }

    /// `message`: what the tablet printed (made safe to show), nil when it printed nothing.
    public static func commandExited(_ status: Int32, saying message: String?) -> String {
        if let message {
            pick(en: "The command exited with status \(status) saying: \(message).",
                 fr: "La commande s'est terminée avec le code \(status) en disant : \(message).")
        } else {
            pick(en: "The command exited with status \(status) without a message.",
                 fr: "La commande s'est terminée avec le code \(status) sans message.")
        }
    }

    public static var commandRefusedFix: String {
        pick(en: "Fix what the tablet's message names (a service or an app missing from this tablet's Android, a setting it refuses), then run the command again.",
             fr: "Corrigez ce que nomme le message de la tablette (un service ou une application absents de l'Android de cette tablette, un réglage qu'elle refuse), puis relancez la commande.")
    }

    // MARK: Too much from a tablet, and its serial

    /// `what`: one of `inAnswerTo`, `whileListing`.
    public static func tabletSentMoreThanRead(_ tablet: String, _ what: String) -> String {
        pick(en: "Tablet \(tablet) sent more than Valise reads \(what).",
             fr: "La tablette \(tablet) a envoyé plus que ce que Valise lit \(what).")
    }

    public static func inAnswerTo(_ command: String) -> String {
        pick(en: "in answer to `\(command)`", fr: "en réponse à `\(command)`")
    }

    public static func whileListing(_ path: String) -> String { pick(en: "listing \(path)", fr: "en listant \(path)") }

    /// `limit`: `byteCount` or `entryCount`.
    public static func readsAtMost(_ limit: String) -> String {
        pick(en: "Valise reads at most \(limit) there; the tablet kept sending (a broken or tampered system).",
             fr: "Valise lit au plus \(limit) à cet endroit ; la tablette a continué d'envoyer (un système abîmé ou trafiqué).")
    }

    public static var tooMuchFix: String {
        pick(en: "Restart the tablet and run the command again; if it happens again, set it aside for a factory reset. The other tablets are not affected.",
             fr: "Redémarrez la tablette et relancez la commande ; si cela se reproduit, mettez-la de côté pour une réinitialisation d'usine. Les autres tablettes ne sont pas touchées.")
    }

    /// "12 bytes", "4 KiB", "1 MiB".
    public static func byteCount(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : pick(en: "\(bytes) bytes", fr: "\(bytes) octets")
    }

    public static func entryCount(_ entries: Int) -> String { pick(en: "\(entries) entries", fr: "\(entries) entrées") }

    /// `serial`: the serial as the tablet gave it, made safe to show.
    public static func unusableSerial(_ tablet: String, serial: String) -> String {
        pick(en: "Tablet \(tablet) reports a serial Valise cannot use: \"\(serial)\".",
             fr: "La tablette \(tablet) donne un numéro de série que Valise ne peut pas utiliser : \"\(serial)\".")
    }

    public static func unusableSerialReason(maxLength: Int) -> String {
        pick(en: "A serial names the tablet in the inventory, the journal, the reports and commands, so it must be 1 to \(maxLength) letters, digits, '.', '-', '_' or ':'; this one is longer or holds other characters (a damaged or tampered system).",
             fr: "Le numéro de série nomme la tablette dans l'inventaire, le journal, les rapports et les commandes : il doit compter de 1 à \(maxLength) lettres, chiffres, '.', '-', '_' ou ':' ; celui-ci est plus long ou contient d'autres caractères (un système abîmé ou trafiqué).")
    }

    public static var unusableSerialFix: String {
        pick(en: "Set this tablet aside: have it repaired or reflashed with its maker's tool so it reports its real serial. The other tablets are not affected.",
             fr: "Mettez cette tablette de côté : faites-la réparer ou reflasher avec l'outil de son fabricant pour qu'elle donne son vrai numéro de série. Les autres tablettes ne sont pas touchées.")
    }

    // MARK: Installing apps

    /// A file on this computer could not be read.
    public static func cannotReadLocalFile(_ path: String) -> String { pick(en: "Cannot read \(path).", fr: "Impossible de lire \(path).") }

    public static var apkUnreadable: String {
        pick(en: "The APK file is missing or not readable.", fr: "Le fichier APK est absent ou illisible.")
    }

    public static var checkAPKPath: String { pick(en: "Check the path.", fr: "Vérifiez le chemin.") }

    /// `code`: Android's code (INSTALL_FAILED_…), not translated.
    public static func installFailed(_ apk: String, tablet: String, code: String) -> String {
        pick(en: "Installing \(apk) on tablet \(tablet) failed (\(code)).",
             fr: "L'installation de \(apk) sur la tablette \(tablet) a échoué (\(code)).")
    }

    /// Why Android refused an app, and the fix, by Android's code.
    public static func installAdvice(_ code: String) -> (why: String, fix: String) {
        switch code {
        case "INSTALL_FAILED_INSUFFICIENT_STORAGE":
            (pick(en: "The tablet has no room left for the app.", fr: "La tablette n'a plus de place pour l'application."),
             pick(en: "Free space on the tablet (remove unused apps or files) and try again.",
                  fr: "Libérez de la place sur la tablette (supprimez des applications ou des fichiers inutiles) et réessayez."))
        case "INSTALL_FAILED_VERSION_DOWNGRADE":
            (pick(en: "The tablet already has a newer version of this app.", fr: "La tablette a déjà une version plus récente de cette application."),
             pick(en: "Use the newer APK in the profile, or uninstall the app first.",
                  fr: "Mettez l'APK le plus récent dans le profil, ou désinstallez d'abord l'application."))
        case "INSTALL_FAILED_OLDER_SDK":
            (pick(en: "The app needs a newer Android version than the tablet runs.",
                  fr: "L'application demande une version d'Android plus récente que celle de la tablette."),
             pick(en: "Update the tablet's firmware, or use a build of the app for this Android version.",
                  fr: "Mettez à jour le firmware de la tablette, ou utilisez une version de l'application faite pour cette version d'Android."))
        case "INSTALL_FAILED_UPDATE_INCOMPATIBLE":
            (pick(en: "The installed app was signed with another key.", fr: "L'application installée a été signée avec une autre clé."),
             pick(en: "Uninstall the app from the tablet, then install again.",
                  fr: "Désinstallez l'application de la tablette, puis installez-la de nouveau."))
        case let other where other.hasPrefix("INSTALL_PARSE_FAILED"):
            (pick(en: "The file is not a valid APK (damaged or truncated download).",
                  fr: "Le fichier n'est pas un APK valide (téléchargement abîmé ou incomplet)."),
             pick(en: "Download the APK again and check its sha256 against the profile.",
                  fr: "Téléchargez de nouveau l'APK et comparez son sha256 à celui du profil."))
        default:
            (pick(en: "Android's package manager refused the app.", fr: "Le gestionnaire de paquets d'Android a refusé l'application."),
             pick(en: "Read the tablet's message in the details (--verbose) and fix what it names.",
                  fr: "Lisez le message de la tablette dans le détail (--verbose) et corrigez ce qu'il nomme."))
        }
    }

    // MARK: The device-owner agent

    public static func agentDidNotStart(_ tablet: String) -> String {
        pick(en: "The Valise agent on tablet \(tablet) did not start.",
             fr: "L'agent Valise de la tablette \(tablet) n'a pas démarré.")
    }

    /// `line`: Android's first line (not translated), nil when it printed nothing.
    public static func androidAnswered(_ line: String?) -> String {
        pick(en: "Android answered: \(line ?? "nothing").", fr: "Android a répondu : \(line ?? "rien").")
    }

    public static var agentDidNotStartFix: String {
        pick(en: "Run the command again (the enrol step installs the agent); if it persists, re-provision the tablet.",
             fr: "Relancez la commande (l'étape d'enrôlement installe l'agent) ; si le problème persiste, préparez de nouveau la tablette.")
    }

    public static func agentAnsweredWrongly(_ tablet: String) -> String {
        pick(en: "The Valise agent on tablet \(tablet) answered wrongly.",
             fr: "L'agent Valise de la tablette \(tablet) a mal répondu.")
    }

    /// `what`: one of `agentLineTooLong`, `agentClosedWithoutAnswer`, `agentAnswerNeitherOKNorERR`.
    public static func agentSent(_ what: String) -> String { pick(en: "It sent \(what).", fr: "Il a envoyé \(what).") }

    public static var agentLineTooLong: String {
        pick(en: "an answer line longer than 64 KiB", fr: "une ligne de réponse de plus de 64 KiB")
    }

    public static var agentClosedWithoutAnswer: String {
        pick(en: "the agent closed the connection without answering", fr: "une fin de connexion sans réponse")
    }

    /// `line`: the start of what the agent sent (not translated).
    public static func agentAnswerNeitherOKNorERR(_ line: String) -> String {
        pick(en: "an answer that is neither OK nor ERR: \(line)", fr: "une réponse qui n'est ni OK ni ERR : \(line)")
    }

    public static var reinstallAgentFix: String {
        pick(en: "Reinstall the agent app (re-provision the tablet) and try again.",
             fr: "Réinstallez l'application de l'agent (préparez de nouveau la tablette) et réessayez.")
    }
}
