import Foundation

/// What the commands print themselves: a run's progress and summary, and each command's own lines and mistakes.
/// (`valise doctor` is in `Say+Doctor.swift`, the help texts in `Say+Help.swift`.)
extension Say {
    // MARK: Words shared by several commands

    /// A number of seconds, one decimal: `3.1` (French: `3,1`).
    private static func decimal(_ value: Double, digits: Int = 1) -> String {
        let text = String(format: "%.\(digits)f", value)
        return pick(en: text, fr: text.replacingOccurrences(of: ".", with: ","))
    }

    /// A slot in a line of its own: `slot 03` or `slot 03 of valise-1` (two digits).
    public static func slotName(_ slot: Int, caseName: String?) -> String {
        let number = String(format: "%02d", slot)
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

    // MARK: report

    public static func inventoryEmpty(home: String) -> String {
        pick(en: "The inventory is empty: no tablet was provisioned from this station yet (VALISE_HOME=\(home)).",
             fr: "L'inventaire est vide : aucune tablette n'a encore été préparée depuis ce poste (VALISE_HOME=\(home)).")
    }

    /// Above each group's table: `École Jean Moulin — 5A: 14 provisioned, 2 need a hand` (the counts in the report's words).
    public static func reportGroupHeading(school: String, unit: String, counts: String) -> String {
        pick(en: "\(school) — \(unit): \(counts)", fr: "\(school) — \(unit) : \(counts)")
    }

    public static var headerFirmwareLevel: String { pick(en: "FIRMWARE LEVEL", fr: "NIVEAU DE FIRMWARE") }

    public static func wroteReport(_ path: String, tablets: Int) -> String {
        pick(en: "Wrote \(path) (\(tablets) tablets).", fr: "\(path) écrit (\(tablets) \(tablets <= 1 ? "tablette" : "tablettes")).")
    }

    public static var districtNeedsServer: String {
        pick(en: "--district reads the district server: give --inventory postgres://USER@HOST:PORT/DATABASE or set VALISE_INVENTORY.",
             fr: "--district lit le serveur du district : donnez --inventory postgres://USER@HOST:PORT/DATABASE ou définissez VALISE_INVENTORY.")
    }

    // MARK: sync

    public static var noDistrictServer: String {
        pick(en: "No district server: give --inventory postgres://USER@HOST:PORT/DATABASE or set VALISE_INVENTORY.",
             fr: "Pas de serveur du district : donnez --inventory postgres://USER@HOST:PORT/DATABASE ou définissez VALISE_INVENTORY.")
    }

    // MARK: devices

    public static var noTabletsListed: String {
        pick(en: "No tablets. Plug a case in, or give --tcp HOST:PORT for tablets over the network (VALISE_TCP also works).",
             fr: "Aucune tablette. Branchez une mallette, ou donnez --tcp HOST:PORT pour les tablettes en réseau (VALISE_TCP marche aussi).")
    }

    /// Under the table: `Slot 3 SERIAL: problem`.
    public static func slotProblem(_ slot: Int?, address: String, serial: String, _ problem: String) -> String {
        pick(en: "\(slot.map { "Slot \($0)" } ?? address) \(serial): \(problem)",
             fr: "\(slot.map { "Emplacement \($0)" } ?? address) \(serial) : \(problem)")
    }

    public static var headerAndroid: String { pick(en: "ANDROID", fr: "ANDROID") }
    public static var headerBattery: String { pick(en: "BATTERY", fr: "BATTERIE") }
    public static var headerAddress: String { pick(en: "ADDRESS", fr: "ADRESSE") }

    /// `valise devices --watch`: what is watched (`USB`, `the adb server`, `the TCP addresses`), and how many TCP addresses.
    public static func watching(adbServer: Bool, tcpAddresses: Int) -> String {
        pick(en: (adbServer ? "the adb server" : "USB") + (tcpAddresses == 0 ? "" : " and \(tcpAddresses) TCP address\(tcpAddresses == 1 ? "" : "es")"),
             fr: (adbServer ? "le serveur adb" : "USB") + (tcpAddresses == 0 ? "" : " et \(tcpAddresses) \(tcpAddresses == 1 ? "adresse" : "adresses") TCP"))
    }

    public static var watchingTCPOnly: String { pick(en: "the TCP addresses", fr: "les adresses TCP") }

    public static func watchingFor(_ what: String) -> String {
        pick(en: "Watching \(what) for tablets (Ctrl-C stops)…", fr: "Surveillance de \(what) pour les tablettes (Ctrl-C arrête)…")
    }

    /// An arrival or a departure (`arrived`, `left`), as a line says it (JSON keeps the English word).
    public static func deviceEvent(_ event: String) -> String {
        switch event {
        case "arrived": pick(en: event, fr: "arrivée")
        case "left": pick(en: event, fr: "partie")
        default: event
        }
    }

    /// `slot 3 of valise-1`, `no slot`.
    public static func slotOf(_ slot: Int?, caseName: String?) -> String {
        guard let slot else { return pick(en: "no slot", fr: "sans emplacement") }
        return pick(en: "slot \(slot)" + (caseName.map { " of \($0)" } ?? ""), fr: "emplacement \(slot)" + (caseName.map { " de \($0)" } ?? ""))
    }

    // MARK: move

    public static func slotFromOne(_ slot: Int) -> String {
        pick(en: "--slot is a slot number from 1, not \(slot).", fr: "--slot est un numéro d'emplacement à partir de 1, pas \(slot).")
    }

    public static func moved(_ serial: String, slot: Int, caseName: String, was: String?) -> String {
        pick(en: "Moved \(serial) to slot \(slot) of case \(caseName)" + (was.map { " (was \($0))" } ?? "")
                + ": it is named after its new slot at its next provision.",
             fr: "\(serial) déplacée à l'emplacement \(slot) de la mallette \(caseName)" + (was.map { " (avant : \($0))" } ?? "")
                + " : elle prend le nom de son nouvel emplacement à sa prochaine préparation.")
    }

    // MARK: keys

    public static func keysCreated(_ folder: String) -> String {
        pick(en: "Created the parc keys in \(folder) (private keys readable by this user only).",
             fr: "Clés du parc créées dans \(folder) (clés privées lisibles par cet utilisateur seulement).")
    }

    public static var keysBackUp: String {
        pick(en: "Back up this folder: tablets provisioned with this CA accept only bundles signed by these keys.",
             fr: "Sauvegardez ce dossier : les tablettes préparées avec cette autorité n'acceptent que les lots de configuration signés par ces clés.")
    }

    public static var expiresSoon: String { pick(en: "  (expires soon: renew it)", fr: "  (expire bientôt : renouvelez-le)") }

    /// One certificate, as `valise keys show` prints it.
    public static func certificate(title: String, subject: String, from: String, to: String, soon: String, fingerprint: String) -> String {
        pick(en: """
                \(title)
                  subject:     \(subject)
                  valid:       \(from) to \(to)\(soon)
                  fingerprint: SHA-256 \(fingerprint)
                """,
             fr: """
                \(title)
                  sujet :       \(subject)
                  validité :    du \(from) au \(to)\(soon)
                  empreinte :   SHA-256 \(fingerprint)
                """)
    }

    public static func caTitle(_ path: String) -> String {
        pick(en: "Certificate authority (\(path))", fr: "Autorité de certification (\(path))")
    }

    public static func signingTitle(_ path: String) -> String {
        pick(en: "Signing certificate (\(path))", fr: "Certificat de signature (\(path))")
    }

    // MARK: profile check and show

    public static func profilesChecked(_ count: Int) -> String {
        pick(en: "\(count) profile file\(count == 1 ? "" : "s") checked: no problems.",
             fr: "\(count) \(count <= 1 ? "fichier de profil vérifié" : "fichiers de profil vérifiés") : aucun problème.")
    }

    public static func unconfirmedListed(_ count: Int) -> String {
        pick(en: "\(count) value\(count == 1 ? " is" : "s are") not confirmed yet; provision, watch, reprovision, "
                + "rentree, qr, mobileconfig and bundle build refuse to send them to tablets without --allow-unconfirmed:",
             fr: "\(count) \(count <= 1 ? "valeur n'est pas encore confirmée" : "valeurs ne sont pas encore confirmées") ; provision, watch, reprovision, "
                + "rentree, qr, mobileconfig et bundle build refusent de les envoyer aux tablettes sans --allow-unconfirmed :")
    }

    public static func profileLayers(_ unit: String, school: String) -> String {
        pick(en: "\(unit) at \(school): layers, parents first", fr: "\(unit) à \(school) : couches, parents d'abord")
    }

    // MARK: push, pull, install, shell

    /// `pushed 12.0 MiB to SERIAL:/sdcard/x in 1.20 s (10.0 MiB/s)`.
    public static func transferred(pushed: Bool, megabytes: Double, to: String, seconds: Double) -> String {
        let size = decimal(megabytes), time = decimal(seconds, digits: 2), rate = decimal(megabytes / seconds)
        return pick(en: "\(pushed ? "pushed" : "pulled") \(size) MiB to \(to) in \(time) s (\(rate) MiB/s)",
                    fr: "\(pushed ? "envoyé" : "récupéré") : \(size) Mio vers \(to) en \(time) s (\(rate) Mio/s)")
    }

    public static func installed(_ apk: String, on serial: String) -> String {
        pick(en: "Installed \(apk) on \(serial).", fr: "\(apk) installé sur \(serial).")
    }

    public static func giveShellCommand(_ serial: String) -> String {
        pick(en: "Give the command to run, for example: valise shell \(serial) getprop ro.build.version.release",
             fr: "Donnez la commande à lancer, par exemple : valise shell \(serial) getprop ro.build.version.release")
    }

    // MARK: setup-usb

    public static func rulesWritten(_ path: String, vendors: Int) -> String {
        pick(en: "Wrote \(path) (\(vendors) tablet vendors, TAG+=\"uaccess\").",
             fr: "\(path) écrit (\(vendors) fabricants de tablettes, TAG+=\"uaccess\").")
    }

    public static var udevNotReloaded: String {
        pick(en: "udev was not reloaded (--no-reload): run `udevadm control --reload-rules && udevadm trigger`.",
             fr: "udev n'a pas été rechargé (--no-reload) : lancez `udevadm control --reload-rules && udevadm trigger`.")
    }

    public static var udevReloaded: String {
        pick(en: "udev reloaded. Unplug and replug the tablets, then run `valise doctor`.",
             fr: "udev rechargé. Débranchez et rebranchez les tablettes, puis lancez `valise doctor`.")
    }

    // MARK: sim

    public static func authOneOf(_ modes: String) -> String {
        pick(en: "--auth must be one of: \(modes).", fr: "--auth doit être l'un de : \(modes).")
    }

    public static func busRateExample(_ text: String) -> String {
        pick(en: "--bus-rate \(text): give a rate such as 40MB (MB/s), 35MiB or 480Mbit.",
             fr: "--bus-rate \(text) : donnez un débit comme 40MB (Mo/s), 35MiB ou 480Mbit.")
    }

    public static func agentForwardNoPort(_ port: UInt16, tablet: Int) -> String {
        pick(en: "--agent-forward \(port) leaves no port for tablet \(tablet).", fr: "--agent-forward \(port) ne laisse pas de port pour la tablette \(tablet).")
    }

    public static func simulatedReady(_ count: Int, host: String, first: Int, last: Int) -> String {
        pick(en: "\(count) simulated tablet\(count == 1 ? "" : "s") ready. Use --tcp \(host):\(first)-\(last). Ctrl-C stops.",
             fr: "\(count) \(count <= 1 ? "tablette simulée prête" : "tablettes simulées prêtes"). Utilisez --tcp \(host):\(first)-\(last). Ctrl-C arrête.")
    }

    public static func simulatedDownloadReady(_ count: Int) -> String {
        pick(en: "\(count) simulated tablet\(count == 1 ? "" : "s") in Download mode ready. Ctrl-C stops.",
             fr: "\(count) \(count <= 1 ? "tablette simulée prête" : "tablettes simulées prêtes") en mode Download. Ctrl-C arrête.")
    }

    // MARK: qr and mobileconfig

    public static func notAURL(_ url: String) -> String {
        pick(en: "--agent-url \(url) is not a URL.", fr: "--agent-url \(url) n'est pas une URL.")
    }

    public static func notAChecksum(_ checksum: String) -> String {
        pick(en: "--signature-checksum \(checksum) is not a signing-certificate checksum: it is 43 characters of "
                + "base64url (the SHA-256 of the agent's signing certificate). Leave it out and Valise reads it from the agent APK, "
                + "or copy it from: apksigner verify --print-certs valise-agent.apk (the SHA-256 digest, in base64url).",
             fr: "--signature-checksum \(checksum) n'est pas une empreinte de certificat de signature : c'est 43 caractères de "
                + "base64url (le SHA-256 du certificat de signature de l'agent). Retirez-le et Valise la lit dans l'APK de l'agent, "
                + "ou copiez-la depuis : apksigner verify --print-certs valise-agent.apk (l'empreinte SHA-256, en base64url).")
    }

    public static var noAgentAPKGiven: String {
        pick(en: "The profile names no agent APK: give --agent-apk FILE or --signature-checksum VALUE.",
             fr: "Le profil ne nomme pas d'APK d'agent : donnez --agent-apk FILE ou --signature-checksum VALUE.")
    }

    /// `FILE: problem.`
    public static func fileProblem(_ path: String, _ problem: String) -> String {
        pick(en: "\(path): \(problem).", fr: "\(path) : \(problem).")
    }

    /// `bytes` of enrolment data where a QR code holds `capacity` at the correction level used.
    public static func qrTooBig(bytes: Int, capacity: Int) -> String {
        pick(en: "The enrolment data does not fit in a QR code (too long: \(bytes) bytes; the largest QR code holds \(capacity) bytes at this correction level). Shorten the agent URL or the Wi-Fi settings.",
             fr: "Les données d'enrôlement ne tiennent pas dans un QR code (trop longues : \(bytes) octets ; le plus grand QR code en contient \(capacity) à ce niveau de correction). Raccourcissez l'URL de l'agent ou les réglages Wi-Fi.")
    }

    public static func qrWritten(_ png: String, version: Int, size: Int, json: String, secrets: Bool) -> String {
        pick(en: "Wrote \(png) (QR version \(version), \(size)×\(size)) and \(json)"
                + (secrets ? "; both hold the Wi-Fi passphrase: readable by you only." : "."),
             fr: "\(png) (QR version \(version), \(size)×\(size)) et \(json) écrits"
                + (secrets ? " ; tous deux contiennent la phrase secrète du Wi-Fi : lisibles par vous seulement." : "."))
    }

    public static var qrNoParcKeys: String {
        pick(en: "Note: no parc keys yet (valise keys init), so the code carries no CA fingerprint.",
             fr: "Remarque : pas encore de clés du parc (valise keys init), donc le code ne porte pas d'empreinte d'autorité.")
    }

    public static var qrHowToScan: String {
        pick(en: "On a reset tablet: tap the welcome screen six times, connect to Wi-Fi if asked, then scan the code.",
             fr: "Sur une tablette réinitialisée : touchez six fois l'écran d'accueil, connectez-vous au Wi-Fi si demandé, puis scannez le code.")
    }

    public static func mobileConfigWritten(_ path: String, wifi: Int, certificates: Int, webClips: Int, signer: String) -> String {
        pick(en: "Wrote \(path): \(wifi) Wi-Fi network(s), \(certificates) certificate(s), \(webClips) web clip(s), "
                + "signed by \(signer). Open it with Apple Configurator, or upload it to your MDM.",
             fr: "\(path) écrit : \(wifi) réseau(x) Wi-Fi, \(certificates) certificat(s), \(webClips) raccourci(s) web, "
                + "signé par \(signer). Ouvrez-le avec Apple Configurator, ou déposez-le dans votre MDM.")
    }

    // MARK: bundle

    public static var sequenceAndDays: String {
        pick(en: "--sequence must be ≥ 1 and --valid-days between 1 and 3650.", fr: "--sequence doit être ≥ 1 et --valid-days entre 1 et 3650.")
    }

    public static func notADate(_ text: String) -> String {
        pick(en: "--issued-at \(text) is not an ISO 8601 date such as 2026-09-01T07:30:00Z.",
             fr: "--issued-at \(text) n'est pas une date ISO 8601 comme 2026-09-01T07:30:00Z.")
    }

    public static func bundleWritten(_ path: String, bytes: Int, secrets: Bool, tablet: String, sequence: Int, signed: Bool) -> String {
        pick(en: "Wrote \(path) (\(bytes) bytes\(secrets ? ", holds secrets: readable by you only" : "")), "
                + "tablet \(tablet), sequence \(sequence)\(signed ? ", signed (.sig)" : "").",
             fr: "\(path) écrit (\(bytes) octets\(secrets ? ", contient des secrets : lisible par vous seulement" : "")), "
                + "tablette \(tablet), séquence \(sequence)\(signed ? ", signé (.sig)" : "").")
    }

    public static func bundlesWritten(_ count: Int, in folder: String, signed: Bool) -> String {
        pick(en: "Wrote \(count) bundle\(count == 1 ? "" : "s") in \(folder)\(signed ? ", signed" : "").",
             fr: "\(count) \(count <= 1 ? "lot de configuration écrit" : "lots de configuration écrits") dans \(folder)\(signed ? (count <= 1 ? ", signé" : ", signés") : "").")
    }

    public static var giveSerialAndSlot: String {
        pick(en: "Give --serial and --slot (or --batch FILE).", fr: "Donnez --serial et --slot (ou --batch FILE).")
    }

    public static var batchGoesWithOutputDir: String {
        pick(en: "--batch goes with --output-dir, not --serial, --slot or --output.", fr: "--batch va avec --output-dir, pas avec --serial, --slot ou --output.")
    }

    public static func bundleSigned(_ bundle: String, to target: String, bytes: Int, by signer: String) -> String {
        pick(en: "Signed \(bundle) → \(target) (\(bytes) bytes, by \(signer)).", fr: "\(bundle) signé → \(target) (\(bytes) octets, par \(signer)).")
    }

    public static var giveCAInPEM: String {
        pick(en: "Give a CA certificate in PEM form with --ca.", fr: "Donnez un certificat d'autorité au format PEM avec --ca.")
    }

    public static func bundleVerified(_ bundle: String, ca: String, issued: String, expires: String) -> String {
        pick(en: "\(bundle): signature valid, trusted by \(ca); dates valid (issued \(issued), expires \(expires)).",
             fr: "\(bundle) : signature valide, reconnue par \(ca) ; dates valides (émis le \(issued), expire le \(expires)).")
    }

    public static var bundleChangedAfterSigning: String {
        pick(en: "The bundle was changed after signing: build and sign it again.", fr: "Le lot de configuration a été modifié après sa signature : construisez-le et signez-le de nouveau.")
    }

    public static var signedByAnotherParc: String {
        pick(en: "It was signed by another parc's keys: sign it with this parc's keys (valise bundle sign).",
             fr: "Il a été signé par les clés d'un autre parc : signez-le avec les clés de ce parc (valise bundle sign).")
    }

    public static var renewSignerThenSign: String {
        pick(en: "Renew the signing certificate, then sign the bundle again.", fr: "Renouvelez le certificat de signature, puis signez de nouveau le lot de configuration.")
    }

    public static var signatureDamaged: String {
        pick(en: "The signature file is damaged or not DER CMS: sign the bundle again.",
             fr: "Le fichier de signature est abîmé ou n'est pas du CMS DER : signez de nouveau le lot de configuration.")
    }

    public static func badBatchLine(_ file: String, line: Int, text: String) -> String {
        pick(en: "\(file):\(line): \"\(text)\" is not \"SERIAL SLOT\".", fr: "\(file):\(line) : \"\(text)\" n'est pas \"SERIAL SLOT\".")
    }

    public static var batchLineWhy: String {
        pick(en: "Each line of a batch file names one tablet: its serial number, a space, its slot number.",
             fr: "Chaque ligne d'un fichier de lot nomme une tablette : son numéro de série, une espace, son numéro d'emplacement.")
    }

    public static var batchLineFix: String {
        pick(en: "Fix that line (for example: R52N80ABCDE 3), then run the command again.",
             fr: "Corrigez cette ligne (par exemple : R52N80ABCDE 3), puis relancez la commande.")
    }

    public static func signatureInvalid(_ bundle: String) -> String {
        pick(en: "The signature of \(bundle) is not valid.", fr: "La signature de \(bundle) n'est pas valide.")
    }

    /// How far clocks may differ: `5 minutes`.
    public static func minutes(_ count: Int) -> String {
        pick(en: "\(count) minutes", fr: "\(count) minutes")
    }

    public static func bundleExpired(_ bundle: String, on date: String) -> String {
        pick(en: "\(bundle) expired on \(date) (expires_at).", fr: "\(bundle) a expiré le \(date) (expires_at).")
    }

    public static func bundleNotYetValid(_ bundle: String, before date: String) -> String {
        pick(en: "\(bundle) is not valid before \(date) (issued_at).", fr: "\(bundle) n'est pas valide avant le \(date) (issued_at).")
    }

    public static func notABundle(_ bundle: String) -> String {
        pick(en: "\(bundle) is not a bundle (not a JSON object).", fr: "\(bundle) n'est pas un lot de configuration (pas un objet JSON).")
    }

    public static func bundleLacks(_ bundle: String, _ field: String) -> String {
        pick(en: "\(bundle) has no \(field).", fr: "\(bundle) n'a pas de \(field).")
    }

    public static func bundleBadDate(_ bundle: String, _ field: String, _ text: String) -> String {
        pick(en: "\(bundle) has an \(field) that is not a date: \"\(text)\".", fr: "\(bundle) a un \(field) qui n'est pas une date : \"\(text)\".")
    }

    public static func clockSays(_ now: String, tolerance: String) -> String {
        pick(en: "this computer's clock says \(now), and \(tolerance) of difference between clocks are allowed",
             fr: "l'horloge de cet ordinateur indique \(now), et \(tolerance) d'écart entre les horloges sont admises")
    }

    public static func bundleExpiredWhy(_ clock: String) -> String {
        pick(en: "Its signature is valid, but its expires_at is past: \(clock). A tablet refuses it.",
             fr: "Sa signature est valide, mais son expires_at est passé : \(clock). Une tablette le refuse.")
    }

    public static func bundleNotYetValidWhy(_ clock: String) -> String {
        pick(en: "Its signature is valid, but its issued_at is in the future: \(clock). A tablet refuses it.",
             fr: "Sa signature est valide, mais son issued_at est dans le futur : \(clock). Une tablette le refuse.")
    }

    public static var bundleDatesWhy: String {
        pick(en: "A bundle states when it was issued and when it expires (issued_at and expires_at, ISO 8601).",
             fr: "Un lot de configuration dit quand il a été émis et quand il expire (issued_at et expires_at, ISO 8601).")
    }

    public static var checkClocksThenRebuild: String {
        pick(en: "Check the date of this computer and of the one that built the bundle, then build and sign it again (valise bundle build … --sign).",
             fr: "Vérifiez la date de cet ordinateur et de celui qui a construit le lot de configuration, puis construisez-le et signez-le de nouveau (valise bundle build … --sign).")
    }

    public static var buildNewBundle: String {
        pick(en: "Build and sign a new bundle for this tablet (valise bundle build … --sign).",
             fr: "Construisez et signez un nouveau lot de configuration pour cette tablette (valise bundle build … --sign).")
    }

    // MARK: firmware

    public static func fastbootTCPProblem(_ problem: String) -> String {
        pick(en: "--fastboot-tcp: \(problem)", fr: "--fastboot-tcp : \(problem)")
    }

    public static var headerBoard: String { pick(en: "BOARD", fr: "CARTE") }
    public static var headerBuild: String { pick(en: "BUILD", fr: "VERSION") }
    public static var headerPatch: String { pick(en: "PATCH", fr: "CORRECTIF") }
    public static var headerStatus: String { pick(en: "STATUS", fr: "STATUT") }
    public static var headerBefore: String { pick(en: "BEFORE", fr: "AVANT") }
    public static var headerAfter: String { pick(en: "AFTER", fr: "APRÈS") }
    public static var headerPort: String { pick(en: "PORT", fr: "PORT") }

    public static var failedNoFastbootEndpoint: String {
        pick(en: "failed: no fastboot endpoint", fr: "échec : pas d'adresse fastboot")
    }

    public static func noTabletWithSerial(_ serials: String) -> String {
        pick(en: "No tablet here has serial \(serials): run `valise firmware check` to see the serials.",
             fr: "Aucune tablette ici n'a le numéro de série \(serials) : lancez `valise firmware check` pour voir les numéros de série.")
    }

    /// A tablet's result in the flash table: `flashed`, `flashed (2 retried)`, `flashed, rebooting`, `failed`.
    public static func flashed(retries: Int = 0) -> String {
        pick(en: "flashed" + (retries > 0 ? " (\(retries) retried)" : ""), fr: "flashée" + (retries > 0 ? " (\(retries) \(retries <= 1 ? "nouvel essai" : "nouveaux essais"))" : ""))
    }

    public static var flashedRebooting: String { pick(en: "flashed, rebooting", fr: "flashée, redémarre") }
    public static var flashFailed: String { pick(en: "failed", fr: "échec") }

    public static func giveHostPort(_ option: String, _ address: String) -> String {
        pick(en: "\(option) \(address): give HOST:PORT.", fr: "\(option) \(address) : donnez HOST:PORT.")
    }

    public static func fastbootCountMismatch(endpoints: Int, tablets: Int) -> String {
        pick(en: "--fastboot-tcp names \(endpoints) endpoint\(endpoints == 1 ? "" : "s") for \(tablets) --tcp tablet\(tablets == 1 ? "" : "s"): give one per tablet, in the same order.",
             fr: "--fastboot-tcp nomme \(endpoints) \(endpoints <= 1 ? "adresse" : "adresses") pour \(tablets) \(tablets <= 1 ? "tablette" : "tablettes") --tcp : donnez-en une par tablette, dans le même ordre.")
    }

    public static func noFastbootEndpoint(_ tablet: String) -> String {
        pick(en: "Valise does not know where tablet \(tablet) answers fastboot.", fr: "Valise ne sait pas où la tablette \(tablet) répond en fastboot.")
    }

    public static var fastbootEndpointWhy: String {
        pick(en: "A tablet over TCP answers fastboot on an address of its own.", fr: "Une tablette en TCP répond en fastboot sur une adresse à elle.")
    }

    public static var fastbootEndpointFix: String {
        pick(en: "Give --fastboot-tcp HOST:PORT for each --tcp tablet, in the same order, then run the command again.",
             fr: "Donnez --fastboot-tcp HOST:PORT pour chaque tablette --tcp, dans le même ordre, puis relancez la commande.")
    }

    public static func checkingPackage(_ name: String) -> String {
        pick(en: "Checking \(name)…", fr: "Vérification de \(name)…")
    }

    public static var noTabletInDownloadMode: String {
        pick(en: "No tablet in Download mode. Hold Volume Down and Volume Up while plugging each tablet in, then run this again.",
             fr: "Aucune tablette en mode Download. Maintenez Volume bas et Volume haut en branchant chaque tablette, puis relancez la commande.")
    }

    public static func flashingPackages(_ packages: Int, tablets: Int) -> String {
        pick(en: "Flashing \(packages) package(s) to \(tablets) tablet(s) in Download mode…",
             fr: "Flash de \(packages) paquet(s) sur \(tablets) tablette(s) en mode Download…")
    }

    /// Which tablet, in a Samsung flash error: `on port 1-1.3`.
    public static func onPort(_ path: String) -> String {
        pick(en: "on port \(path)", fr: "sur le port \(path)")
    }

    // MARK: Pieces other messages take

    /// A Samsung tablet not (yet) seen in Download mode on its port.
    public static func notInDownloadModeYet(port: String) -> String {
        pick(en: "no tablet in Download mode at usb \(port) yet", fr: "pas encore de tablette en mode Download sur usb \(port)")
    }
}
