import Foundation

/// What the commands print themselves: a run's progress and summary, and each command's own lines and mistakes.
/// (`valise doctor` is in `Say+Doctor.swift`, the help texts in `Say+Help*.swift`, the other commands' lines in
/// `Say+CommandsTools.swift` and `Say+CommandsBundles.swift`.)
extension Say {
    // MARK: Words shared by several commands

    /// A number with `digits` decimals: `3.1` (French: `3,1`); for the catalog's own sentences.
    static func decimal(_ value: Double, digits: Int = 1) -> String {
        let text = String(format: "%.\(digits)f", value)
        return pick(en: text, fr: text.replacingOccurrences(of: ".", with: ","))
    }

    /// A slot in a line of its own: `slot 03` or `slot 03 of valise-1` (two digits).
    public static func slotName(_ slot: Int, caseName: String?) -> String {
        let number = (0..<10).contains(slot) ? "0\(slot)" : "\(slot)"    // as "%02d" (shown for each event: no format parsing)
        return pick(en: "slot \(number)" + (caseName.map { " of \($0)" } ?? ""),
                    fr: "emplacement \(number)" + (caseName.map { " de \($0)" } ?? ""))
    }

    /// A dry run's result word in a table (the states' words are `TabletState.words`).
    public static var stateChecked: String { pick(en: "checked", fr: "vérifiée") }

    /// `--jobs must be between 1 and 64.`
    public static func mustBeBetween(_ option: String, _ low: Int, _ high: Int) -> String {
        pick(en: "\(option) must be between \(low) and \(high).", fr: "\(option) doit être entre \(low) et \(high).")
    }

    /// Provision and firmware flash: neither --all nor --serial (or both).
    public static var sayWhichTablets: String {
        pick(en: "Say which tablets: --all, or --serial SERIAL (repeatable).",
             fr: "Dites quelles tablettes : --all, ou --serial SERIAL (répétable).")
    }

    /// A file given to a command that is not there or cannot be read.
    public static func cannotRead(_ path: String) -> String {
        pick(en: "\(path) does not exist or cannot be read.", fr: "\(path) n'existe pas ou ne peut pas être lu.")
    }

    /// A file Valise could not write.
    public static func cannotWrite(_ path: String) -> String {
        pick(en: "\(path) cannot be written: check the folder exists and is writable.",
             fr: "\(path) ne peut pas être écrit : vérifiez que le dossier existe et qu'on peut y écrire.")
    }

    /// `Wrote FILE.`
    public static func wrote(_ path: String) -> String {
        pick(en: "Wrote \(path).", fr: "\(path) écrit.")
    }

    /// No tablet found by a command that lists or flashes them.
    public static var noTabletsGiveTCP: String {
        pick(en: "No tablets. Plug a case in, or give --tcp HOST:PORT.",
             fr: "Aucune tablette. Branchez une mallette, ou donnez --tcp HOST:PORT.")
    }

    /// Table headers shared by several commands.
    public static var headerSlot: String { pick(en: "SLOT", fr: "EMPLACEMENT") }
    public static var headerName: String { pick(en: "NAME", fr: "NOM") }
    public static var headerSerial: String { pick(en: "SERIAL", fr: "N° DE SÉRIE") }
    public static var headerModel: String { pick(en: "MODEL", fr: "MODÈLE") }
    public static var headerResult: String { pick(en: "RESULT", fr: "RÉSULTAT") }
    public static var headerState: String { pick(en: "STATE", fr: "ÉTAT") }
    public static var headerCase: String { pick(en: "CASE", fr: "MALLETTE") }
    /// The column that says why a tablet needs a hand and the fix (named again in the sentences under the table).
    public static var headerWhyAndFix: String { pick(en: "WHY AND FIX", fr: "POURQUOI ET SOLUTION") }

    // MARK: A run's progress (provision, demo, reprovision, watch, rentree)

    /// The word before an event's message (`step`, `done`, `failed`…), from the event's kind.
    public static func eventKind(_ kind: String) -> String {
        switch kind {
        case "connected": pick(en: kind, fr: "connectée")
        case "step": pick(en: kind, fr: "étape")
        case "skipped": pick(en: kind, fr: "déjà faite")
        case "wouldChange": pick(en: kind, fr: "changerait")
        case "firmware": pick(en: kind, fr: "firmware")
        case "progress": pick(en: kind, fr: "progression")
        case "done": pick(en: kind, fr: "terminée")
        case "failed": pick(en: kind, fr: "échec")
        case "retrying": pick(en: kind, fr: "nouvel essai")
        case "waiting": pick(en: kind, fr: "en attente")
        default: kind
        }
    }

    /// `step: enrol: …` — an event's kind and its message.
    public static func event(_ kind: String, _ message: String) -> String {
        pick(en: "\(eventKind(kind)): \(message)", fr: "\(eventKind(kind)) : \(message)")
    }

    /// Ctrl-C during a run.
    public static var stoppingRun: String {
        pick(en: "Stopping: tablets finish their current transfer; finished steps are kept. Run the same command again to resume.",
             fr: "Arrêt : les tablettes terminent leur transfert en cours ; les étapes terminées sont gardées. Relancez la même commande pour reprendre.")
    }

    /// The last line of a run: `2 of 4 tablets provisioned in 3.1 s.`
    public static func runEnd(done: Int, of total: Int, dryRun: Bool, seconds: Double) -> String {
        let time = decimal(seconds)
        return pick(en: "\(done) of \(total) tablets \(dryRun ? "checked" : "provisioned") in \(time) s.",
                    fr: "\(done) \(done <= 1 ? "tablette" : "tablettes") sur \(total) \(dryRun ? "vérifiée" : "préparée")\(done <= 1 ? "" : "s") en \(time) s.")
    }

    /// Before the last line of a run Ctrl-C stopped.
    public static var stoppedByUser: String {
        pick(en: "Stopped by the user (Ctrl-C). ", fr: "Arrêté par l'utilisateur (Ctrl-C). ")
    }

    /// After the last line: `2 need a hand` (counted by the inventory's words).
    public static func needingAHandEnd(_ counted: String) -> String {
        pick(en: " \(counted): see \(headerWhyAndFix) above.", fr: " \(counted) : voir \(headerWhyAndFix) ci-dessus.")
    }

    /// After the last line: `1 stopped` before the end.
    public static func stoppedEnd(_ counted: String) -> String {
        pick(en: " \(counted) before the end: \(headerWhyAndFix) says what is left to do; run the same command again to go on.",
             fr: " \(counted) avant la fin : \(headerWhyAndFix) dit ce qui reste à faire ; relancez la même commande pour continuer.")
    }

    // MARK: Finding the tablets (every command that talks to tablets)

    /// While waiting for someone to tap Allow.
    public static func tapAllow(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet): unlock it and tap Allow on \"Allow USB debugging?\" (tick \"Always allow\").",
             fr: "Tablette \(tablet) : déverrouillez-la et touchez Autoriser sous \"Autoriser le débogage USB ?\" (cochez \"Toujours autoriser\").")
    }

    public static var stepTimeoutAboveZero: String {
        pick(en: "--step-timeout must be a number of seconds above 0.", fr: "--step-timeout doit être un nombre de secondes au-dessus de 0.")
    }

    public static var provisionNotThroughADBServer: String {
        pick(en: "Provisioning reaches USB tablets through libusb, not through an adb server: stop the adb server (`adb kill-server`) and leave out --via-adb-server.",
             fr: "La préparation atteint les tablettes USB par libusb, pas par un serveur adb : arrêtez le serveur adb (`adb kill-server`) et retirez --via-adb-server.")
    }

    /// Where Valise looked for a serial: `USB`, `USB and 2 TCP addresses`.
    public static func lookedAt(tcpAddresses: Int) -> String {
        guard tcpAddresses > 0 else { return "USB" }
        return pick(en: "USB and \(tcpAddresses) TCP address\(tcpAddresses == 1 ? "" : "es")",
                    fr: "USB et \(tcpAddresses) \(tcpAddresses == 1 ? "adresse" : "adresses") TCP")
    }

    public static var adbKeyUnusable: String {
        pick(en: "This workstation's ADB key could not be used.", fr: "La clé ADB de ce poste n'a pas pu être utilisée.")
    }

    public static var adbKeyFix: String {
        pick(en: "Check ~/.android/adbkey and $VALISE_HOME/adbkey (readable, RSA-2048 PEM), or move the broken file away so Valise creates a new key.",
             fr: "Vérifiez ~/.android/adbkey et $VALISE_HOME/adbkey (lisibles, RSA-2048 PEM), ou déplacez le fichier abîmé pour que Valise crée une nouvelle clé.")
    }

    public static var parcKeysUnusable: String {
        pick(en: "The parc keys cannot be used.", fr: "Les clés du parc ne peuvent pas être utilisées.")
    }

    public static func parcKeysFix(folder: String) -> String {
        pick(en: "Follow the advice above. The parc keys live in \(folder) (set by VALISE_HOME).",
             fr: "Suivez le conseil ci-dessus. Les clés du parc sont dans \(folder) (fixé par VALISE_HOME).")
    }

    // MARK: Profiles given to a command

    public static func profileMissing(_ profile: String) -> String {
        pick(en: "The profile \(profile) does not exist: give a class profile file, or a folder of profiles with --class.",
             fr: "Le profil \(profile) n'existe pas : donnez un fichier de profil de classe, ou un dossier de profils avec --class.")
    }

    public static func profileIsFolder(_ profile: String) -> String {
        pick(en: "\(profile) is a folder: say which class with --class (e.g. --class 5A).",
             fr: "\(profile) est un dossier : dites quelle classe avec --class (par exemple --class 5A).")
    }

    public static func profileNotFound(_ lookup: String) -> String {
        pick(en: "The profile cannot be found: \(lookup).", fr: "Le profil est introuvable : \(lookup).")
    }

    public static var profileNotFoundFix: String {
        pick(en: "Check --profile, --class and --school.", fr: "Vérifiez --profile, --class et --school.")
    }

    /// A rentrée plan's case whose class profile cannot be found: `case valise-1: …`.
    public static func inCase(_ name: String, _ what: String) -> String {
        pick(en: "case \(name): \(what)", fr: "mallette \(name) : \(what)")
    }

    public static func unconfirmedValues(_ count: Int) -> String {
        pick(en: "The profile has \(count) value\(count == 1 ? "" : "s") not confirmed yet:",
             fr: "Le profil a \(count) \(count <= 1 ? "valeur" : "valeurs") pas encore \(count <= 1 ? "confirmée" : "confirmées") :")
    }

    public static var unconfirmedWhy: String {
        pick(en: "A placeholder sent to every tablet (a proxy that does not exist, a test CA) cuts them off the network or the filtering; nothing was sent.",
             fr: "Une valeur provisoire envoyée à toutes les tablettes (un proxy qui n'existe pas, une autorité de test) les coupe du réseau ou du filtrage ; rien n'a été envoyé.")
    }

    public static var unconfirmedFix: String {
        pick(en: "Check each value with whoever runs it, write the real one and remove its '# to confirm' (or replace the placeholder file), then run the command again. To try the profile as it is (a test, the demo), add --allow-unconfirmed.",
             fr: "Vérifiez chaque valeur avec la personne qui s'en occupe, écrivez la vraie et retirez son '# to confirm' (ou remplacez le fichier provisoire), puis relancez la commande. Pour essayer le profil tel quel (un test, la démo), ajoutez --allow-unconfirmed.")
    }

    // MARK: Inventory

    public static func noInventoryAt(_ path: String) -> String {
        pick(en: "There is no inventory at \(path): check the file name.", fr: "Il n'y a pas d'inventaire à \(path) : vérifiez le nom du fichier.")
    }

    /// After a district upload.
    public static func districtUpToDate(_ server: String, uploaded: Int) -> String {
        pick(en: "District inventory \(server): up to date (\(uploaded) change\(uploaded == 1 ? "" : "s") uploaded).",
             fr: "Inventaire du district \(server) : à jour (\(uploaded) \(uploaded <= 1 ? "changement envoyé" : "changements envoyés")).")
    }

    public static func districtWaiting(_ waiting: Int, _ error: String) -> String {
        pick(en: "District inventory: \(waiting) change\(waiting == 1 ? "" : "s") wait on this station. \(error)",
             fr: "Inventaire du district : \(waiting) \(waiting <= 1 ? "changement attend" : "changements attendent") sur ce poste. \(error)")
    }

    public static var backupNotDistrict: String {
        pick(en: "A backup copies an SQLite inventory; the district server is backed up with PostgreSQL's own tools (pg_dump).",
             fr: "Une sauvegarde copie un inventaire SQLite ; le serveur du district se sauvegarde avec les outils de PostgreSQL (pg_dump).")
    }

    public static func nothingToBackUp(_ path: String) -> String {
        pick(en: "There is no inventory at \(path) yet: nothing to back up.", fr: "Il n'y a pas encore d'inventaire à \(path) : rien à sauvegarder.")
    }

    public static func backedUp(_ path: String, to file: String, tablets: Int) -> String {
        pick(en: "Backed up \(path) to \(file) (\(tablets) tablet\(tablets == 1 ? "" : "s")); read it with: valise report --inventory \(file)",
             fr: "\(path) sauvegardé dans \(file) (\(tablets) \(tablets <= 1 ? "tablette" : "tablettes")) ; pour le lire : valise report --inventory \(file)")
    }

    // MARK: provision, demo, reprovision

    public static var noTabletsToProvision: String {
        pick(en: "No tablets to provision: none is on USB (see `valise devices`), and no --tcp HOST:PORT (or VALISE_TCP) was given.",
             fr: "Aucune tablette à préparer : aucune n'est sur USB (voir `valise devices`), et aucun --tcp HOST:PORT (ni VALISE_TCP) n'a été donné.")
    }

    public static func demoProfileMissing(_ file: String) -> String {
        pick(en: "\(file) is missing: give the folder of the demo profiles with --profiles DIR.",
             fr: "\(file) manque : donnez le dossier des profils de démonstration avec --profiles DIR.")
    }

    public static func demoStarts(count: Int, profile: String) -> String {
        pick(en: "A simulated case of \(count) tablets is on loopback; provisioning it with \(profile).",
             fr: "Une mallette simulée de \(count) tablettes est en boucle locale ; préparation avec \(profile).")
    }

    public static func demoReport(_ path: String) -> String {
        pick(en: "The case's report: \(path)", fr: "Le rapport de la mallette : \(path)")
    }

    public static func missingDemoProfiles(_ installed: String) -> String {
        pick(en: "The demo profiles were not found: no Profiles/demo in this folder, no \(installed).",
             fr: "Les profils de démonstration sont introuvables : pas de Profiles/demo dans ce dossier, pas de \(installed).")
    }

    public static var missingDemoProfilesWhy: String {
        pick(en: "`valise demo` provisions its simulated case with the demo profiles shipped with Valise.",
             fr: "`valise demo` prépare sa mallette simulée avec les profils de démonstration livrés avec Valise.")
    }

    public static var missingDemoProfilesFix: String {
        pick(en: "Reinstall the package (`sudo apt install --reinstall valise`), run the demo from the Valise source folder, or give --profiles DIR.",
             fr: "Réinstallez le paquet (`sudo apt install --reinstall valise`), lancez la démo depuis le dossier des sources de Valise, ou donnez --profiles DIR.")
    }

    public static func reprovisioning(_ serial: String, name: String, slot: Int, caseName: String?, className: String, from source: String) -> String {
        pick(en: "Re-provisioning \(serial) as \(name) (slot \(slot)\(caseName.map { " of \($0)" } ?? ""), class \(className)) from \(source).",
             fr: "Nouvelle préparation de \(serial) comme \(name) (emplacement \(slot)\(caseName.map { " de \($0)" } ?? ""), classe \(className)) depuis \(source).")
    }

    public static func reprovisionUnknown(_ serial: String) -> String {
        pick(en: "Tablet \(serial) is not in this station's inventory, or is not plugged in.",
             fr: "La tablette \(serial) n'est pas dans l'inventaire de ce poste, ou n'est pas branchée.")
    }

    public static var reprovisionUnknownWhy: String {
        pick(en: "Re-provisioning restores a tablet this station (or, with --inventory postgres://…, the district) provisioned before, and needs it connected.",
             fr: "Une nouvelle préparation remet en état une tablette que ce poste (ou, avec --inventory postgres://…, le district) a déjà préparée, et il faut qu'elle soit branchée.")
    }

    public static func reprovisionUnknownFix(_ serial: String) -> String {
        pick(en: "Check the serial with `valise report` and `valise devices`; provision a new tablet with `valise provision --serial \(serial)`.",
             fr: "Vérifiez le numéro de série avec `valise report` et `valise devices` ; préparez une nouvelle tablette avec `valise provision --serial \(serial)`.")
    }

    public static func reprovisionNoProfile(_ serial: String) -> String {
        pick(en: "The inventory does not say which profile tablet \(serial) was provisioned with.",
             fr: "L'inventaire ne dit pas avec quel profil la tablette \(serial) a été préparée.")
    }

    public static var reprovisionNoProfileWhy: String {
        pick(en: "It was provisioned before this station recorded profiles, or its profile folder needs a class.",
             fr: "Elle a été préparée avant que ce poste n'enregistre les profils, ou son dossier de profils demande une classe.")
    }

    public static func reprovisionNoProfileFix(_ serial: String) -> String {
        pick(en: "Give it: valise reprovision \(serial) --profile FILE (or --profile FOLDER --class CLASS).",
             fr: "Donnez-le : valise reprovision \(serial) --profile FILE (ou --profile FOLDER --class CLASS).")
    }

    // MARK: watch (station mode)

    public static var watchNotThroughADBServer: String {
        pick(en: "Station mode reaches USB tablets through libusb: leave out --via-adb-server.",
             fr: "Le mode poste atteint les tablettes USB par libusb : retirez --via-adb-server.")
    }

    public static var stationReady: String {
        pick(en: "Station ready: plug tablets in (Ctrl-C stops; finished steps are kept).",
             fr: "Poste prêt : branchez les tablettes (Ctrl-C arrête ; les étapes terminées sont gardées).")
    }

    public static var stationStopping: String {
        pick(en: "Stopping (SIGTERM): no new tablet is taken; the tablets under way finish their job first. A second signal interrupts them.",
             fr: "Arrêt (SIGTERM) : aucune nouvelle tablette n'est prise ; les tablettes en cours finissent d'abord leur travail. Un second signal les interrompt.")
    }

    // MARK: rentree

    /// A case of the plan with a bad TCP address.
    public static func planCaseProblem(_ plan: String, caseName: String, _ problem: String) -> String {
        pick(en: "\(plan), case \(caseName): \(problem).", fr: "\(plan), mallette \(caseName) : \(problem).")
    }

    public static func rentreeStarts(_ name: String, cases: Int, tablets: Int) -> String {
        pick(en: "\(name): \(cases) case\(cases == 1 ? "" : "s"), \(tablets) tablets attached.",
             fr: "\(name) : \(cases) \(cases <= 1 ? "mallette" : "mallettes"), \(tablets) \(tablets <= 1 ? "tablette branchée" : "tablettes branchées").")
    }

    public static var headerClass: String { pick(en: "CLASS", fr: "CLASSE") }
    public static var headerProvisioned: String { pick(en: "PROVISIONED", fr: "PRÉPARÉES") }
    public static var headerSlotsNeedingAHand: String { pick(en: "SLOTS NEEDING A HAND", fr: "EMPLACEMENTS À REPRENDRE") }
    public static var headerSlotsNotDone: String { pick(en: "SLOTS NOT DONE YET", fr: "EMPLACEMENTS PAS ENCORE FAITS") }

    /// `3 of 16`.
    public static func countOf(_ done: Int, _ total: Int) -> String {
        pick(en: "\(done) of \(total)", fr: "\(done) sur \(total)")
    }

    public static var noCaseMapNamesIt: String {
        pick(en: "none seen (no case map names this case)", fr: "aucun vu (aucun plan de mallette ne nomme cette mallette)")
    }

    public static var everySlotProvisioned: String {
        pick(en: "Every slot seen is provisioned.", fr: "Chaque emplacement vu est préparé.")
    }

    public static func slotsRemain(_ left: Int) -> String {
        pick(en: "\(left) slot\(left == 1 ? "" : "s") remain: plug those tablets in (or see \(headerWhyAndFix) above) and run the same command again.",
             fr: "\(left) \(left <= 1 ? "emplacement reste" : "emplacements restent") : branchez ces tablettes (ou voyez \(headerWhyAndFix) ci-dessus) et relancez la même commande.")
    }

    public static func casesUnseen(_ cases: String) -> String {
        pick(en: "No tablet of \(cases) was seen: plug the case in, and check that a case map names it (Profiles/cases/*.yaml, $VALISE_HOME/cases or --case FILE).",
             fr: "Aucune tablette de \(cases) n'a été vue : branchez la mallette, et vérifiez qu'un plan de mallette la nomme (Profiles/cases/*.yaml, $VALISE_HOME/cases ou --case FILE).")
    }
}
