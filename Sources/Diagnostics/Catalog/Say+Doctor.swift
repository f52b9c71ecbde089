import Foundation

/// `valise doctor`: how its findings are printed, and the station's own findings (parc keys, secrets, agent, --tcp
/// tablets, the district). The findings about USB, udev and the adb server come from Devices.
extension Say {
    // MARK: How a finding is printed

    /// A finding's level in a line (`ok`, `warning`, `problem`); JSON keeps the English word.
    public static func doctorLevel(_ level: String) -> String {
        switch level {
        case "warning": pick(en: level, fr: "attention")
        case "problem": pick(en: level, fr: "problème")
        default: level
        }
    }

    /// `warning  parc keys: There are no parc keys…` — the level in a column, the check's stable name, what was found.
    public static func doctorLine(level: String, check: String, _ message: String) -> String {
        pick(en: "\(doctorLevel(level).padding(toLength: 9, withPad: " ", startingAt: 0))\(check): \(message)",
             fr: "\(doctorLevel(level).padding(toLength: 11, withPad: " ", startingAt: 0))\(check) : \(message)")
    }

    /// The fix under a finding, in line with its message.
    public static func doctorFix(_ fix: String) -> String {
        pick(en: "         Fix: \(fix)", fr: "           Solution : \(fix)")
    }

    public static func findingsNeedAttention(_ count: Int) -> String {
        pick(en: "\(count) finding\(count == 1 ? "" : "s") need\(count == 1 ? "s" : "") attention.",
             fr: "\(count) \(count <= 1 ? "point demande" : "points demandent") votre attention.")
    }

    public static var allGood: String { pick(en: "All good.", fr: "Tout va bien.") }

    // MARK: The district server

    public static func journalUnreadable(_ error: String) -> String {
        pick(en: "This station's journal cannot be read: \(error)", fr: "Le journal de ce poste ne peut pas être lu : \(error)")
    }

    public static var checkHomeAndDisk: String { pick(en: "Check VALISE_HOME and the disk.", fr: "Vérifiez VALISE_HOME et le disque.") }

    /// `last upload 3 min ago`, or `nothing uploaded yet`.
    public static func lastUpload(ago: String?) -> String {
        guard let ago else { return pick(en: "nothing uploaded yet", fr: "rien n'a encore été envoyé") }
        return pick(en: "last upload \(ago) ago", fr: "dernier envoi il y a \(ago)")
    }

    public static func upToDateButUnreachable(_ last: String) -> String {
        pick(en: "Up to date (\(last)), but the server cannot be reached now.", fr: "À jour (\(last)), mais le serveur est injoignable maintenant.")
    }

    public static func districtFine(_ server: String, last: String) -> String {
        pick(en: "\(server): up to date, \(last).", fr: "\(server) : à jour, \(last).")
    }

    /// `3 changes wait on this station (the oldest 2 h old); last upload 5 min ago.`
    public static func changesWait(_ waiting: Int, oldest: String?, last: String) -> String {
        pick(en: "\(waiting) change\(waiting == 1 ? "" : "s") wait on this station\(oldest.map { " (the oldest \($0) old)" } ?? ""); \(last).",
             fr: "\(waiting) \(waiting <= 1 ? "changement attend" : "changements attendent") sur ce poste\(oldest.map { " (le plus ancien depuis \($0))" } ?? "") ; \(last).")
    }

    public static var serverAnswersNow: String { pick(en: " The server answers now.", fr: " Le serveur répond maintenant.") }

    public static var runSync: String {
        pick(en: "Run `valise sync` (stations also upload by themselves while they run).",
             fr: "Lancez `valise sync` (les postes envoient aussi d'eux-mêmes pendant qu'ils tournent).")
    }

    /// A duration: `42 s`, `3 min`, `2 h`, `5 days`.
    public static func duration(seconds: Int) -> String {
        switch seconds {
        case ..<120: "\(seconds) s"
        case ..<7200: "\(seconds / 60) min"
        case ..<172_800: "\(seconds / 3600) h"
        default: pick(en: "\(seconds / 86_400) days", fr: "\(seconds / 86_400) jours")
        }
    }

    // MARK: Parc keys

    public static func noParcKeys(_ folder: String) -> String {
        pick(en: "There are no parc keys in \(folder) yet: bundles cannot be signed.",
             fr: "Il n'y a pas encore de clés du parc dans \(folder) : les lots de configuration ne peuvent pas être signés.")
    }

    public static var noParcKeysFix: String {
        pick(en: "valise keys init --organization \"…\" (once per parc; keep a backup of the folder)",
             fr: "valise keys init --organization \"…\" (une fois par parc ; gardez une sauvegarde du dossier)")
    }

    public static var restoreKeys: String {
        pick(en: "Restore the keys folder from its backup.", fr: "Restaurez le dossier des clés depuis sa sauvegarde.")
    }

    public static func parcKeysUnreadable(_ folder: String, _ error: String) -> String {
        pick(en: "The parc keys in \(folder) cannot be read: \(error)", fr: "Les clés du parc dans \(folder) ne peuvent pas être lues : \(error)")
    }

    public static func signerExpires(_ date: String) -> String {
        pick(en: "The signing certificate expires on \(date); tablets refuse bundles signed after that.",
             fr: "Le certificat de signature expire le \(date) ; les tablettes refusent les lots de configuration signés après.")
    }

    public static var renewSigner: String {
        pick(en: "Issue a new signing certificate from the parc CA before then (docs/troubleshooting.md#parc-keys).",
             fr: "Émettez un nouveau certificat de signature depuis l'autorité du parc avant cette date (\(helpPage("parc-keys"))).")
    }

    public static func parcKeysFine(ca: String, until: String) -> String {
        pick(en: "CA \"\(ca)\"; bundles signed until \(until).", fr: "Autorité \"\(ca)\" ; lots de configuration signés jusqu'au \(until).")
    }

    // MARK: The secrets file

    public static func noSecretsFile(_ path: String) -> String {
        pick(en: "No \(path): profiles that name {secret: NAME} will need it.",
             fr: "Pas de \(path) : les profils qui nomment {secret: NAME} en auront besoin.")
    }

    public static func secretsUnreadable(_ path: String) -> String {
        pick(en: "\(path) cannot be read.", fr: "\(path) ne peut pas être lu.")
    }

    public static var secretsOwner: String {
        pick(en: "Check that it belongs to the user that runs valise.", fr: "Vérifiez qu'il appartient à l'utilisateur qui lance valise.")
    }

    /// ` (a link to /path)`.
    public static func linkTo(_ target: String) -> String {
        pick(en: " (a link to \(target))", fr: " (un lien vers \(target))")
    }

    public static func secretsReadableByOthers(_ path: String, mode: String) -> String {
        pick(en: "\(path) can be read by other users (mode \(mode)): Valise refuses it.",
             fr: "\(path) peut être lu par d'autres utilisateurs (mode \(mode)) : Valise le refuse.")
    }

    public static func secretsFine(_ path: String) -> String {
        pick(en: "\(path) is readable by you only.", fr: "\(path) n'est lisible que par vous.")
    }

    // MARK: A class's agent APK

    public static func agentProfileHasProblems(_ profile: String) -> String {
        pick(en: "The profile \(profile) has problems, so its agent cannot be checked.",
             fr: "Le profil \(profile) a des problèmes, donc son agent ne peut pas être vérifié.")
    }

    public static func runProfileCheck(_ profile: String) -> String {
        pick(en: "Run `valise profile check \(profile)` and fix what it lists.", fr: "Lancez `valise profile check \(profile)` et corrigez ce qu'il liste.")
    }

    public static func noAgentAPK(_ profile: String) -> String {
        pick(en: "The profile \(profile) names no agent APK.", fr: "Le profil \(profile) ne nomme pas d'APK d'agent.")
    }

    public static var addAgent: String {
        pick(en: "Add agent: {apk: PATH, sha256: …} (Agent/README.md).", fr: "Ajoutez agent: {apk: PATH, sha256: …} (Agent/README.md).")
    }

    public static func agentMissing(_ path: String) -> String {
        pick(en: "The agent APK \(path) is missing.", fr: "L'APK de l'agent \(path) manque.")
    }

    public static var buildAgent: String {
        pick(en: "Build it with Scripts/build-agent (or install the valise package, which ships it), or fix agent.apk in the profile.",
             fr: "Construisez-le avec Scripts/build-agent (ou installez le paquet valise, qui le fournit), ou corrigez agent.apk dans le profil.")
    }

    public static func agentNotTheOne(_ path: String, sha: String) -> String {
        pick(en: "The agent APK \(path) is not the one the profile names (sha256 \(sha)…).",
             fr: "L'APK de l'agent \(path) n'est pas celui que nomme le profil (sha256 \(sha)…).")
    }

    public static var agentRightOne: String {
        pick(en: "Put the right APK there, or write its sha256 in the profile if this build is the right one.",
             fr: "Mettez-y le bon APK, ou écrivez son sha256 dans le profil si cette version est la bonne.")
    }

    // MARK: --tcp tablets

    public static func tabletAnswers(_ serial: String, model: String?) -> String {
        pick(en: "answers as \(serial)\(model.map { " (\($0))" } ?? "") and lets this computer in.",
             fr: "répond comme \(serial)\(model.map { " (\($0))" } ?? "") et laisse entrer cet ordinateur.")
    }

    public static var checkTabletAddress: String {
        pick(en: "Check the address, and that the tablet is on and on the network.",
             fr: "Vérifiez l'adresse, et que la tablette est allumée et sur le réseau.")
    }
}
