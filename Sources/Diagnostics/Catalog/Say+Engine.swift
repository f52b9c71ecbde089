/// What a provisioning run says about each tablet: the steps' changes, the events of a job, why a tablet stopped or
/// needs a hand and its fix. These reasons are stored in the inventory (and sent to the district server) in the
/// language of the run, and `valise report` shows them as they were stored.
extension Say {
    // MARK: The plan of a run (what the profile's files give)

    public static var planNoAgent: String {
        pick(en: "the profile names no agent APK — add agent: {apk: PATH} (the device-owner app every tablet gets)",
             fr: "le profil ne nomme aucun APK d'agent — ajoutez agent: {apk: PATH} (l'application propriétaire de l'appareil que reçoit chaque tablette)")
    }

    public static func planUnreadable(_ path: String) -> String {
        pick(en: "\(path) cannot be read — check that the file exists and is readable",
             fr: "\(path) ne peut pas être lu — vérifiez que le fichier existe et qu'il est lisible")
    }

    public static func planChecksum(_ path: String, actual: String) -> String {
        pick(en: "the sha256 of \(path) is \(actual), not the one in the profile — replace the file or correct the profile",
             fr: "le sha256 de \(path) est \(actual), pas celui du profil — remplacez le fichier ou corrigez le profil")
    }

    // MARK: Naming a tablet in a sentence

    /// A tablet by its slot and serial, after "Tablet" / "La tablette": `slot 3 (VAL1A2B3C4D)`.
    public static func tabletInSlot(_ slot: Int, serial: String) -> String {
        pick(en: "slot \(slot) (\(serial))", fr: "de l'emplacement \(slot) (\(serial))")
    }

    /// A place in a case: `slot 3 of case QO-5A` (the case when known; `?` for an unknown slot).
    public static func slotPlace(_ slot: Int?, caseName: String?) -> String {
        let number = slot.map(String.init) ?? "?"
        return pick(en: "slot \(number)" + (caseName.map { " of case \($0)" } ?? ""),
                    fr: "emplacement \(number)" + (caseName.map { " de la mallette \($0)" } ?? ""))
    }

    /// A slot and the address of the tablet there: `slot 2 (127.0.0.1:5556)` (French `emplacement 2 (…)`, after "de l'").
    public static func slotAt(_ slot: Int, endpoint: String) -> String {
        pick(en: "slot \(slot) (\(endpoint))", fr: "emplacement \(slot) (\(endpoint))")
    }

    /// `A, B and C`.
    public static func andList(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + pick(en: " and ", fr: " et ") + (items.last ?? "")
    }

    // MARK: A job's events

    /// When a tablet answered: `SM-X200, Android 13, battery 80%`.
    public static func tabletConnected(model: String, android: String, battery: Int?) -> String {
        pick(en: "\(model), Android \(android), battery \(battery.map { "\($0)%" } ?? "?")",
             fr: "\(model), Android \(android), batterie \(battery.map { "\($0) %" } ?? "?")")
    }

    /// A step about to change something: `apps: install org.example`.
    public static func stepChanging(_ step: String, _ change: String) -> String {
        pick(en: "\(step): \(change)", fr: "\(step) : \(change)")
    }

    /// A dry run's step that would change something.
    public static func stepWouldChange(_ step: String, _ change: String) -> String {
        pick(en: "\(step): would \(change)", fr: "\(step) : ferait : \(change)")
    }

    /// A dry run that found nothing to change.
    public static var nothingToChange: String { pick(en: "nothing to change", fr: "rien à changer") }

    /// A dry run's count of steps that would change.
    public static func stepsWouldChange(_ count: Int) -> String {
        pick(en: "\(count) step(s) would change", fr: "\(count) étape(s) à changer")
    }

    /// A job that ended well.
    public static func provisionedAs(_ name: String) -> String {
        pick(en: "provisioned as \(name)", fr: "préparée sous le nom \(name)")
    }

    /// A tablet tried again.
    public static func attemptNumber(_ number: Int) -> String { pick(en: "attempt \(number)", fr: "tentative \(number)") }

    /// A case map that moved a tablet.
    public static func movedSlot(from old: Int, to new: Int) -> String {
        pick(en: "moved from slot \(old) to slot \(new)", fr: "déplacée de l'emplacement \(old) à l'emplacement \(new)")
    }

    /// A job that waits for the run holding its tablet (`holder` names it).
    public static func waitingForHolder(_ holder: String) -> String {
        pick(en: "busy, waiting for \(holder) to finish", fr: "occupée, en attente de la fin de \(holder)")
    }

    // MARK: What a step would change

    public static func changeInstall(_ package: String) -> String { pick(en: "install \(package)", fr: "installer \(package)") }
    public static func changeRemove(_ package: String) -> String { pick(en: "remove \(package)", fr: "supprimer \(package)") }
    public static func changeDisable(_ package: String) -> String { pick(en: "disable \(package)", fr: "désactiver \(package)") }
    public static func changeTimeZone(_ zone: String) -> String { pick(en: "time zone \(zone)", fr: "fuseau horaire \(zone)") }
    public static func changeAddNetworks(_ ssids: [String]) -> String {
        pick(en: "add ", fr: "ajouter ") + ssids.joined(separator: ", ")
    }
    public static var changeInstallAgent: String { pick(en: "install the agent", fr: "installer l'agent") }
    public static var changeMakeOwner: String {
        pick(en: "make it device owner", fr: "la rendre propriétaire de l'appareil (device owner)")
    }
    public static func changeApplyBundle(sequence: Int) -> String {
        pick(en: "apply the signed bundle (sequence \(sequence))", fr: "appliquer le lot de configuration signé (séquence \(sequence))")
    }

    // MARK: Stopped before the end (Ctrl-C, unplugged)

    /// What is left to do on a stopped tablet (step names as the journal has them).
    public static func leftToDo(_ steps: [String]) -> String {
        pick(en: "Left to do: \(steps.joined(separator: ", ")).", fr: "Reste à faire : \(steps.joined(separator: ", ")).")
    }

    public static var leftToDoEverything: String {
        pick(en: "Left to do: every step (its turn had not come).",
             fr: "Reste à faire : toutes les étapes (son tour n'était pas venu).")
    }

    public static var stoppedUnplugged: String {
        pick(en: "Unplugged before it was provisioned.", fr: "Débranchée avant d'être préparée.")
    }

    public static var stoppedUnpluggedFix: String {
        pick(en: "Plug it back in (station mode resumes it) or run the command again; finished steps are kept.",
             fr: "Rebranchez-la (le mode poste la reprend) ou relancez la commande ; les étapes terminées sont conservées.")
    }

    public static var stoppedByUserBeforeProvisioned: String {
        pick(en: "Stopped by the user (Ctrl-C) before it was provisioned.",
             fr: "Arrêtée par l'utilisateur (Ctrl-C) avant d'être préparée.")
    }

    public static var stoppedRun: String {
        pick(en: "Stopped before it was provisioned (the run was stopped).",
             fr: "Arrêtée avant d'être préparée (l'exécution a été arrêtée).")
    }

    public static var stoppedGoOnFix: String {
        pick(en: "Run the same command again: it goes on from here (finished steps are kept).",
             fr: "Relancez la même commande : elle reprend d'ici (les étapes terminées sont conservées).")
    }

    // MARK: A job's failures

    public static func batteryLow(_ tablet: String, level: Int, minimum: Int) -> String {
        pick(en: "Tablet \(tablet) has \(level)% battery, below the \(minimum)% this profile asks for.",
             fr: "La tablette \(tablet) n'a que \(level) % de batterie, moins que les \(minimum) % que demande ce profil.")
    }

    public static var batteryLowWhy: String {
        pick(en: "Flashing or enrolling a tablet that may switch off half-way can leave it unusable.",
             fr: "Flasher ou enrôler une tablette qui risque de s'éteindre en cours de route peut la rendre inutilisable.")
    }

    public static func batteryLowFix(minimum: Int) -> String {
        pick(en: "Leave it on charge until it passes \(minimum)%, then run the command again (finished steps are kept).",
             fr: "Laissez-la en charge jusqu'à ce qu'elle dépasse \(minimum) %, puis relancez la commande (les étapes terminées sont conservées).")
    }

    public static func readBackDiffers(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) does not read back as provisioned.", fr: "La tablette \(tablet) ne se relit pas comme préparée.")
    }

    public static var readBackDiffersWhy: String {
        pick(en: "After every step, the agent's bundle, the device owner or the time zone differ from what was applied.",
             fr: "Après toutes les étapes, le lot de configuration de l'agent, le propriétaire de l'appareil ou le fuseau horaire diffèrent de ce qui a été appliqué.")
    }

    public static var readBackDiffersFix: String {
        pick(en: "Run the command again; if it persists, factory reset the tablet and provision it again.",
             fr: "Relancez la commande ; si cela persiste, réinitialisez la tablette aux paramètres d'usine et préparez-la de nouveau.")
    }

    /// A job that failed for a reason Valise did not foresee.
    public static func tabletInSlotFailed(_ slot: Int) -> String {
        pick(en: "Tablet in slot \(slot) failed.", fr: "La tablette de l'emplacement \(slot) a échoué.")
    }

    public static func slotUnreachable(_ slot: Int) -> String {
        pick(en: "Slot \(slot) cannot be reached.", fr: "L'emplacement \(slot) est injoignable.")
    }

    public static var slotUnreachableFix: String {
        pick(en: "Check the tablet and run again.", fr: "Vérifiez la tablette et relancez.")
    }

    public static var runEndUnrecorded: String {
        pick(en: "The end of the run could not be recorded in the inventory.",
             fr: "La fin de l'exécution n'a pas pu être enregistrée dans l'inventaire.")
    }

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

    // MARK: Slots, names and moves

    public static func tabletSameName(serial: String, name: String, holder: String, place: String) -> String {
        pick(en: "Tablet \(serial) would be named \(name), like tablet \(holder) (\(place)); it was not changed.",
             fr: "La tablette \(serial) serait nommée \(name), comme la tablette \(holder) (\(place)) ; elle n'a pas été modifiée.")
    }

    public static func tabletSameNameWhy(name: String, holder: String) -> String {
        pick(en: "Two tablets must never share a name: the inventory already gives \(name) to \(holder).",
             fr: "Deux tablettes ne doivent jamais porter le même nom : l'inventaire donne déjà \(name) à \(holder).")
    }

    public static func tabletSameNameFix(serial: String, caseName: String) -> String {
        pick(en: "Give one of them another slot, e.g. `valise move \(serial) --case \(caseName) --slot N` "
                + "with a free slot N (see `valise report`), then run the command again.",
             fr: "Donnez un autre emplacement à l'une d'elles, par exemple `valise move \(serial) --case \(caseName) --slot N` "
                + "avec un emplacement N libre (voir `valise report`), puis relancez la commande.")
    }

    public static func placeFailed(_ serial: String) -> String {
        pick(en: "The inventory could not place tablet \(serial).", fr: "L'inventaire n'a pas pu placer la tablette \(serial).")
    }

    public static var placeFailedFix: String {
        pick(en: "Check that the inventory can be written (see `valise help inventory`), then run the command again.",
             fr: "Vérifiez que l'inventaire peut être écrit (voir `valise help inventory`), puis relancez la commande.")
    }

    public static func moveUnknown(_ serial: String) -> String {
        pick(en: "No tablet with serial \(serial) is in the inventory; nothing was moved.",
             fr: "Aucune tablette de numéro de série \(serial) n'est dans l'inventaire ; rien n'a été déplacé.")
    }

    public static var moveUnknownWhy: String {
        pick(en: "Only a tablet provisioned at least once has a slot to move from.",
             fr: "Seule une tablette préparée au moins une fois a un emplacement d'où la déplacer.")
    }

    public static var moveUnknownFix: String {
        pick(en: "Check the serial with `valise report`, or provision the tablet first: a new tablet takes a free slot.",
             fr: "Vérifiez le numéro de série avec `valise report`, ou préparez d'abord la tablette : une nouvelle tablette prend un emplacement libre.")
    }

    public static func slotHeld(slot: Int, caseName: String, holder: String, holderName: String?, serial: String) -> String {
        let named = holderName.map { " (\($0))" } ?? ""
        return pick(en: "Slot \(slot) of case \(caseName) is held by tablet \(holder)\(named); \(serial) was not moved.",
                    fr: "L'emplacement \(slot) de la mallette \(caseName) est occupé par la tablette \(holder)\(named) ; \(serial) n'a pas été déplacée.")
    }

    public static var slotHeldWhy: String {
        pick(en: "Two tablets in one slot would get the same name.", fr: "Deux tablettes dans un même emplacement recevraient le même nom.")
    }

    public static func slotHeldFix(holder: String, caseName: String, serial: String) -> String {
        pick(en: "Move \(holder) out first (`valise move \(holder) --case \(caseName) --slot N` with a free slot N), "
                + "or choose a free slot for \(serial).",
             fr: "Déplacez d'abord \(holder) (`valise move \(holder) --case \(caseName) --slot N` avec un emplacement N libre), "
                + "ou choisissez un emplacement libre pour \(serial).")
    }

    // MARK: Busy tablets (leases)

    public static func tabletBusy(serial: String, slot: Int, holder: String) -> String {
        pick(en: "Tablet \(serial) (slot \(slot)) is busy: worked on by \(holder).",
             fr: "La tablette \(serial) (emplacement \(slot)) est occupée par \(holder).")
    }

    public static func tabletBusyAfterWaiting(seconds: Int64) -> String {
        pick(en: "It was still worked on after waiting \(seconds) seconds (--step-timeout).",
             fr: "Elle était toujours occupée après \(seconds) secondes d'attente (--step-timeout).")
    }

    public static var tabletBusyWhy: String {
        pick(en: "Two runs on one tablet would install everything twice and mix up its record; this run left it alone.",
             fr: "Deux exécutions sur une même tablette installeraient tout deux fois et mélangeraient sa fiche ; cette exécution l'a laissée de côté.")
    }

    public static var tabletBusyFix: String {
        pick(en: "Wait for that run to finish, then run this command again; or add --wait to wait for it.",
             fr: "Attendez que cette exécution se termine, puis relancez cette commande ; ou ajoutez --wait pour l'attendre.")
    }

    // MARK: Duplicate serials

    public static func duplicateSerial(_ serial: String, places: [String]) -> String {
        pick(en: "Tablets at \(andList(places)) all answer with serial \(serial); none of them was changed.",
             fr: "Ces tablettes répondent toutes avec le numéro de série \(serial) : \(andList(places)) ; aucune n'a été modifiée.")
    }

    public static func duplicateSerialArrived(_ serial: String, place: String, holder: String) -> String {
        pick(en: "Tablet at \(place) answers with serial \(serial), like the tablet at \(holder) being provisioned now; it was not changed.",
             fr: "La tablette de l'\(place) répond avec le numéro de série \(serial), comme celle de l'\(holder), en cours de préparation ; elle n'a pas été modifiée.")
    }

    public static var duplicateSerialWhy: String {
        pick(en: "Valise keeps each tablet's record, journal and signed bundle by its serial: tablets sharing one would take each other's place (a cloned or blank serial).",
             fr: "Valise range la fiche, le journal et le lot de configuration signé de chaque tablette sous son numéro de série : des tablettes qui le partagent prendraient la place les unes des autres (numéro de série cloné ou vide).")
    }

    public static var duplicateSerialFix: String {
        pick(en: "Keep one of them in the run and set the others aside (unplug them, or leave their --tcp address out) until their maker gives each its own serial; then run the command again.",
             fr: "Gardez-en une seule dans l'exécution et mettez les autres de côté (débranchez-les, ou retirez leur adresse --tcp) jusqu'à ce que leur fabricant donne à chacune son propre numéro de série ; puis relancez la commande.")
    }

    // MARK: Station mode

    public static func hookFailed(_ command: String, slot: Int, status: Int32) -> String {
        pick(en: "Hook `\(command)` for slot \(slot) exited with status \(status); the station carries on.",
             fr: "Le hook `\(command)` de l'emplacement \(slot) s'est terminé avec le statut \(status) ; le poste continue.")
    }

    public static func hookNotStarted(_ command: String, error: String) -> String {
        pick(en: "Hook `\(command)` could not be started (\(error)); check the command.",
             fr: "Le hook `\(command)` n'a pas pu être lancé (\(error)) ; vérifiez la commande.")
    }
}
