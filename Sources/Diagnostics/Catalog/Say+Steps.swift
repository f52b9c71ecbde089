/// What the profile's steps say on a tablet: enrolment, Wi-Fi, the bundle (the agent's answers), firmware.
extension Say {
    // MARK: Enrol step

    public static func enrolAccountPresent(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) has an account on it, so it cannot be enrolled.",
             fr: "La tablette \(tablet) a un compte : elle ne peut pas être enrôlée.")
    }

    public static var enrolAccountPresentWhy: String {
        pick(en: "Android refuses a device owner while any account (Google, Samsung…) is on the tablet.",
             fr: "Android refuse un propriétaire de l'appareil (device owner) tant qu'un compte (Google, Samsung…) est sur la tablette.")
    }

    public static var enrolAccountPresentFix: String {
        pick(en: "On the tablet: Settings > Accounts, remove every account, then run the command again (or factory reset it).",
             fr: "Sur la tablette : Paramètres > Comptes, supprimez tous les comptes, puis relancez la commande (ou réinitialisez-la aux paramètres d'usine).")
    }

    public static func enrolSeveralUsers(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) has several users.", fr: "La tablette \(tablet) a plusieurs utilisateurs.")
    }

    public static var enrolSeveralUsersWhy: String {
        pick(en: "Android refuses a device owner while other users or profiles exist.",
             fr: "Android refuse un propriétaire de l'appareil tant que d'autres utilisateurs ou profils existent.")
    }

    public static var enrolSeveralUsersFix: String {
        pick(en: "Remove the other users (Settings > Users, or `valise shell SERIAL pm remove-user ID`), then run again.",
             fr: "Supprimez les autres utilisateurs (Paramètres > Utilisateurs, ou `valise shell SERIAL pm remove-user ID`), puis relancez.")
    }

    public static func enrolAlreadyManaged(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) is already managed by another app.",
             fr: "La tablette \(tablet) est déjà gérée par une autre application.")
    }

    public static var enrolAlreadyManagedWhy: String {
        pick(en: "Another device-owner app (an earlier MDM) is set, and only one can be.",
             fr: "Une autre application propriétaire de l'appareil (un ancien MDM) est en place, et il ne peut y en avoir qu'une.")
    }

    public static var enrolAlreadyManagedFix: String {
        pick(en: "Factory reset the tablet (or remove that app's device-owner rights), then enrol it again (`valise qr` for reset tablets).",
             fr: "Réinitialisez la tablette aux paramètres d'usine (ou retirez à cette application ses droits de propriétaire de l'appareil), puis enrôlez-la de nouveau (`valise qr` pour les tablettes réinitialisées).")
    }

    public static func enrolUnknownAdmin(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) does not know the agent's admin component.",
             fr: "La tablette \(tablet) ne connaît pas le composant d'administration de l'agent.")
    }

    public static func enrolUnknownAdminWhy(component: String) -> String {
        pick(en: "The profile's agent component (\(component)) is not in the agent APK.",
             fr: "Le composant de l'agent que donne le profil (\(component)) n'est pas dans l'APK de l'agent.")
    }

    public static var enrolUnknownAdminFix: String {
        pick(en: "Fix agent.component in the profile to match the agent app, then run again.",
             fr: "Corrigez agent.component dans le profil pour qu'il corresponde à l'application de l'agent, puis relancez.")
    }

    public static func enrolRefused(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) refused to enrol the agent.", fr: "La tablette \(tablet) a refusé d'enrôler l'agent.")
    }

    /// What Android answered (its own words, not translated).
    public static func enrolAndroidSaid(_ words: String) -> String { pick(en: "Android said: \(words)", fr: "Android a répondu : \(words)") }

    public static var enrolRefusedFix: String {
        pick(en: "Read Android's message, fix what it names, then run the command again.",
             fr: "Lisez le message d'Android, corrigez ce qu'il indique, puis relancez la commande.")
    }

    // MARK: Wi-Fi step

    public static func wifiRefused(_ tablet: String, ssid: String) -> String {
        pick(en: "Tablet \(tablet) refused to add the Wi-Fi network \(ssid).",
             fr: "La tablette \(tablet) a refusé d'ajouter le réseau Wi-Fi \(ssid).")
    }

    public static func wifiRefusedWhy(status: Int32) -> String {
        pick(en: "`cmd wifi add-network` failed (status \(status)); this Android may reserve it to device-owner apps.",
             fr: "`cmd wifi add-network` a échoué (statut \(status)) ; cette version d'Android le réserve peut-être aux applications propriétaires de l'appareil.")
    }

    public static var wifiRefusedFix: String {
        pick(en: "The agent sets Wi-Fi through the signed bundle: run the command again; if it persists, update the tablet.",
             fr: "L'agent configure le Wi-Fi par le lot de configuration signé : relancez la commande ; si cela persiste, mettez la tablette à jour.")
    }

    // MARK: Bundle step (what the agent answered)

    public static func agentAppliedElse(_ tablet: String) -> String {
        pick(en: "The agent on tablet \(tablet) applied something else.", fr: "L'agent de la tablette \(tablet) a appliqué autre chose.")
    }

    public static func agentAnsweredDigest(_ digest: String) -> String {
        pick(en: "It answered digest \(digest)….", fr: "Il a répondu avec l'empreinte \(digest)….")
    }

    public static var agentAppliedElseFix: String {
        pick(en: "Run the command again; if it persists, reinstall the agent (re-provision the tablet).",
             fr: "Relancez la commande ; si cela persiste, réinstallez l'agent (préparez de nouveau la tablette).")
    }

    public static func agentOtherKeys(_ tablet: String) -> String {
        pick(en: "The agent on tablet \(tablet) trusts another parc's keys.",
             fr: "L'agent de la tablette \(tablet) fait confiance aux clés d'un autre parc.")
    }

    public static func agentRefusedBundleSaying(_ message: String) -> String {
        pick(en: "It refused the bundle: \(message).", fr: "Il a refusé le lot de configuration : \(message).")
    }

    public static var agentOtherKeysFix: String {
        pick(en: "This tablet was enrolled with another CA: factory reset it and enrol it again, or sign with that parc's keys.",
             fr: "Cette tablette a été enrôlée avec une autre autorité de certification (CA) : réinitialisez-la aux paramètres d'usine et enrôlez-la de nouveau, ou signez avec les clés de ce parc.")
    }

    public static func agentNotOwner(_ tablet: String) -> String {
        pick(en: "The agent on tablet \(tablet) is not device owner.",
             fr: "L'agent de la tablette \(tablet) n'est pas propriétaire de l'appareil (device owner).")
    }

    public static var agentNotOwnerFix: String {
        pick(en: "Run the command again (the enrol step sets it); if it persists, factory reset the tablet.",
             fr: "Relancez la commande (l'étape enrol s'en charge) ; si cela persiste, réinitialisez la tablette aux paramètres d'usine.")
    }

    public static func agentOutOfDate(_ tablet: String) -> String {
        pick(en: "The agent on tablet \(tablet) refused the bundle as out of date.",
             fr: "L'agent de la tablette \(tablet) a refusé le lot de configuration comme périmé.")
    }

    /// What the agent answered (its own words, not translated).
    public static func bundleAgentSaid(_ message: String) -> String { pick(en: "It said: \(message).", fr: "Il a répondu : \(message).") }

    public static var agentOutOfDateFix: String {
        pick(en: "Check the date and time of this computer and of the tablet (Settings > System > Date & time), then run the command again.",
             fr: "Vérifiez la date et l'heure de cet ordinateur et de la tablette (Paramètres > Système > Date et heure), puis relancez la commande.")
    }

    public static func agentNewerBundle(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) already has a newer bundle than this station's.",
             fr: "La tablette \(tablet) a déjà un lot de configuration plus récent que celui de ce poste.")
    }

    public static func itsAgentSaid(_ message: String) -> String {
        pick(en: "Its agent said: \(message).", fr: "Son agent a répondu : \(message).")
    }

    public static func agentNewerBundleFix(serial: String) -> String {
        pick(en: "Another station or a restored inventory provisioned it later: run `valise reprovision \(serial)`, which issues a newer bundle.",
             fr: "Un autre poste ou un inventaire restauré l'a préparée depuis : lancez `valise reprovision \(serial)`, qui émet un lot de configuration plus récent.")
    }

    public static func agentNotUnderstood(_ tablet: String) -> String {
        pick(en: "The agent on tablet \(tablet) does not understand this bundle.",
             fr: "L'agent de la tablette \(tablet) ne comprend pas ce lot de configuration.")
    }

    public static var agentNotUnderstoodFix: String {
        pick(en: "The agent on the tablet is older than this Valise: install the agent APK the profile names (re-provision the tablet), then run again.",
             fr: "L'agent de la tablette est plus ancien que ce Valise : installez l'APK de l'agent que nomme le profil (préparez de nouveau la tablette), puis relancez.")
    }

    public static func agentRefusedBundle(_ tablet: String, code: String) -> String {
        pick(en: "The agent on tablet \(tablet) refused the bundle (\(code)).",
             fr: "L'agent de la tablette \(tablet) a refusé le lot de configuration (\(code)).")
    }

    public static var agentRefusedBundleFix: String {
        pick(en: "Check the profile with `valise profile check`, then run the command again.",
             fr: "Vérifiez le profil avec `valise profile check`, puis relancez la commande.")
    }

    // MARK: Firmware step

    public static func fastbootNoEntry(serial: String, name: String, board: String) -> String {
        pick(en: "Tablet \(serial) (\(name)) is in fastboot mode, and the catalog has no entry for its board \(board).",
             fr: "La tablette \(serial) (\(name)) est en mode fastboot, et le catalogue n'a pas d'entrée pour sa carte \(board).")
    }

    public static var fastbootNoEntryWhy: String {
        pick(en: "A tablet in its bootloader can only be flashed; Valise flashes it with the catalog's entry for its board.",
             fr: "Une tablette dans son bootloader ne peut qu'être flashée ; Valise la flashe avec l'entrée du catalogue pour sa carte.")
    }

    public static func fastbootNoEntryFix(board: String) -> String {
        pick(en: "Add an entry for \(board) to the catalog (Firmware/README.md), or restart the tablet into Android (hold the power button), then plug it in again.",
             fr: "Ajoutez une entrée pour \(board) au catalogue (Firmware/README.md), ou redémarrez la tablette sous Android (maintenez le bouton marche/arrêt), puis rebranchez-la.")
    }

    /// A tablet in Download mode that Valise cannot flash; `what` says why (`downloadModelUnknown`…).
    public static func downloadNoEntry(name: String, what: String) -> String {
        pick(en: "Tablet \(name) is in Download mode, and \(what).", fr: "La tablette \(name) est en mode Download, et \(what).")
    }

    public static func downloadModelUnknown(_ model: String) -> String {
        pick(en: "its model \(model) has no entry in the catalog", fr: "son modèle \(model) n'a pas d'entrée dans le catalogue")
    }

    public static var downloadUnreadable: String { pick(en: "it cannot be read", fr: "elle ne peut pas être lue") }

    public static var downloadNoEntryWhy: String {
        pick(en: "A Samsung tablet in Download mode can only be flashed; Valise flashes it with the catalog's entry for its model.",
             fr: "Une tablette Samsung en mode Download ne peut qu'être flashée ; Valise la flashe avec l'entrée du catalogue pour son modèle.")
    }

    public static var downloadNoEntryFix: String {
        pick(en: "Add an entry for its model to the catalog (Firmware/README.md), or restart the tablet into Android (hold Power and Volume Down for 7 s), then plug it in again.",
             fr: "Ajoutez une entrée pour son modèle au catalogue (Firmware/README.md), ou redémarrez la tablette sous Android (maintenez Marche et Volume bas 7 s), puis rebranchez-la.")
    }
}
