/// Slots, names and moves of tablets in their cases, busy tablets (leases), duplicate serials, station mode.
extension Say {
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
