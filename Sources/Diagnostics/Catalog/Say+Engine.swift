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
}
