/// The station's report (`valise report`: table, HTML page) and the states every report and run summary share.
/// CSV headers, JSON keys and the states' values in CSV and JSON are data, not translated.
extension Say {
    // MARK: A tablet's state, as people read it

    public static var stateProvisioned: String { pick(en: "provisioned", fr: "préparée") }
    public static var stateNeedsAHand: String { pick(en: "needs a hand", fr: "à reprendre") }
    public static var stateStopped: String { pick(en: "stopped", fr: "arrêtée") }
    public static var stateInProgress: String { pick(en: "in progress", fr: "en cours") }

    /// "3 provisioned".
    public static func countProvisioned(_ n: Int) -> String {
        pick(en: "\(n) provisioned", fr: "\(n) \(n <= 1 ? "préparée" : "préparées")")
    }

    /// "2 need a hand", "1 needs a hand".
    public static func countNeedsAHand(_ n: Int) -> String {
        pick(en: "\(n) \(n == 1 ? "needs" : "need") a hand", fr: "\(n) à reprendre")
    }

    /// "1 stopped".
    public static func countStopped(_ n: Int) -> String {
        pick(en: "\(n) stopped", fr: "\(n) \(n <= 1 ? "arrêtée" : "arrêtées")")
    }

    /// "1 in progress".
    public static func countInProgress(_ n: Int) -> String { pick(en: "\(n) in progress", fr: "\(n) en cours") }

    // MARK: The station report

    /// "12 of 16 tablets provisioned" (then `: 3 need a hand, 1 stopped.` or `.`).
    public static func reportTotals(provisioned: Int, of total: Int, others: [String]) -> String {
        let end = others.isEmpty ? "." : pick(en: ": ", fr: " : ") + others.joined(separator: ", ") + "."
        return pick(en: "\(provisioned) of \(total) tablets provisioned",
                    fr: "\(provisioned) sur \(total) \(total <= 1 ? "tablette préparée" : "tablettes préparées")") + end
    }

    /// "2 below the firmware level".
    public static func belowFirmwareLevel(_ n: Int) -> String {
        pick(en: "\(n) below the firmware level", fr: "\(n) sous le niveau de firmware")
    }

    /// A group's counts and its size: "3 provisioned, 1 needs a hand, 4 in all."
    public static func countsInAll(_ counts: String, _ n: Int) -> String {
        pick(en: "\(counts), \(n) in all.", fr: "\(counts), \(n) en tout.")
    }

    /// The text table's column titles (`valise report`).
    public static var reportTableHeader: [String] {
        [headerSlot, headerName, headerSerial, headerState, headerFirmwareLevel, headerWhyAndFix]
    }


    // MARK: The station report's HTML page

    public static var reportPageTitle: String { pick(en: "Valise — parc status", fr: "Valise — état du parc") }
    public static var reportPageHeading: String { pick(en: "Tablet parc status", fr: "État du parc de tablettes") }
    public static var reportNeedingAHand: String { pick(en: "Needing a hand", fr: "À reprendre") }
    public static func reportSlot(_ n: Int) -> String { pick(en: "Slot \(n)", fr: "Emplacement \(n)") }
    public static var reportNoSlot: String { pick(en: "No slot", fr: "Sans emplacement") }
    public static var reportEmpty: String { pick(en: "empty", fr: "vide") }
    public static func reportSlotEmpty(_ n: Int) -> String { pick(en: "slot \(n): empty", fr: "emplacement \(n) : vide") }
    public static func reportTileTitle(_ who: String, state: String) -> String { pick(en: "\(who): \(state)", fr: "\(who) : \(state)") }
    public static func reportTileNoSlot(_ serial: String, state: String) -> String {
        pick(en: "\(serial): \(state), not in a slot yet", fr: "\(serial) : \(state), pas encore dans un emplacement")
    }
    public static var reportLegendEmpty: String { pick(en: "empty slot", fr: "emplacement vide") }
    public static var reportLegendNoSlot: String {
        pick(en: "? not in a slot yet (never reached)", fr: "? pas encore dans un emplacement (jamais jointe)")
    }
    public static func reportSlotsOf(_ unit: String) -> String { pick(en: "slots of \(unit)", fr: "emplacements de \(unit)") }

    /// The page's table: Slot, Name, Serial, Model, State, Firmware, Firmware level.
    public static var reportPageColumns: [String] {
        [pick(en: "Slot", fr: "Emplacement"), pick(en: "Name", fr: "Nom"), pick(en: "Serial", fr: "Numéro de série"),
         pick(en: "Model", fr: "Modèle"), pick(en: "State", fr: "État"), "Firmware", pick(en: "Firmware level", fr: "Niveau de firmware")]
    }
}
