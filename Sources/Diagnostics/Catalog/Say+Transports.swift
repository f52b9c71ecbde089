/// What a tablet's ADB connection says when it fails: unreachable, silent, disconnected, too slow, broken protocol.
extension Say {
    // MARK: The connection to a tablet

    /// A tablet stopped answering (a read or a write timed out).
    public static func tabletStoppedAnswering(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) stopped answering.", fr: "La tablette \(tablet) ne répond plus.")
    }

    public static var tabletSilentReason: String {
        pick(en: "Nothing came back from it in time; it may be asleep, rebooting or on a bad cable.",
             fr: "Elle n'a rien renvoyé à temps ; elle est peut-être en veille, en train de redémarrer ou sur un câble défectueux.")
    }

    public static var tabletSilentFix: String {
        pick(en: "Check the cable and that the tablet is on, then run the command again.",
             fr: "Vérifiez le câble et que la tablette est allumée, puis relancez la commande.")
    }

    public static func tabletSentGarbage(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) sent data Valise cannot understand.",
             fr: "La tablette \(tablet) a envoyé des données que Valise ne comprend pas.")
    }

    /// `violation`: the protocol's own words (technical, not translated).
    public static func adbProtocolBroken(_ violation: String) -> String {
        pick(en: "Its ADB connection broke the protocol (\(violation)).",
             fr: "Sa connexion ADB n'a pas respecté le protocole (\(violation)).")
    }

    public static var replugTabletFix: String {
        pick(en: "Unplug and replug the tablet (or restart it), then run the command again.",
             fr: "Débranchez et rebranchez la tablette (ou redémarrez-la), puis relancez la commande.")
    }

    public static func cannotReachTablet(_ tablet: String) -> String {
        pick(en: "Cannot reach tablet \(tablet).", fr: "Impossible de joindre la tablette \(tablet).")
    }

    public static var nothingAcceptedConnection: String {
        pick(en: "Nothing accepted the connection at that address.",
             fr: "Rien n'a accepté la connexion à cette adresse.")
    }

    public static var checkAddressFix: String {
        pick(en: "Check the address and that the tablet (or `valise sim`) is running.",
             fr: "Vérifiez l'adresse et que la tablette (ou `valise sim`) est en marche.")
    }

    public static func tabletDisconnected(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) was disconnected.", fr: "La tablette \(tablet) a été déconnectée.")
    }

    public static var connectionClosedWhileWorking: String {
        pick(en: "The connection closed while Valise was working with it (unplugged, rebooted or out of battery).",
             fr: "La connexion s'est fermée pendant que Valise travaillait avec elle (débranchée, redémarrée ou batterie vide).")
    }

    /// Plug back in and run again: finished work is kept.
    public static var plugBackInFix: String {
        pick(en: "Plug the tablet back in and run the command again; finished work is kept.",
             fr: "Rebranchez la tablette et relancez la commande ; le travail déjà fait est conservé.")
    }

    // MARK: Streams (services opened on the tablet)

    /// `service`: the service's quoted name (`"shell"`), not translated.
    public static func tabletRefusedService(_ tablet: String, service: String) -> String {
        pick(en: "Tablet \(tablet) refused the request \(service).", fr: "La tablette \(tablet) a refusé la demande \(service).")
    }

    public static var serviceRefusedReason: String {
        pick(en: "The tablet closed the stream at once: the service is unknown on this Android version or failed to start.",
             fr: "La tablette a fermé le flux aussitôt : ce service est inconnu sur cette version d'Android ou n'a pas pu démarrer.")
    }

    public static var serviceRefusedFix: String {
        pick(en: "Check that the tablet runs a supported Android version, restart it and try again.",
             fr: "Vérifiez que la tablette a une version d'Android prise en charge, redémarrez-la et réessayez.")
    }

    /// Why a timed-out step failed: `what` is one of `whileOpening`, `whileSending`, `whileWaiting`.
    public static func nothingCameBackWhile(_ what: String) -> String {
        pick(en: "Nothing came back in time while \(what).", fr: "Rien n'est revenu à temps \(what).")
    }

    public static func whileOpening(_ service: String) -> String {
        pick(en: "opening \(service)", fr: "à l'ouverture de \(service)")
    }

    public static func whileSending(_ service: String) -> String {
        pick(en: "sending to \(service)", fr: "pendant l'envoi vers \(service)")
    }

    public static func whileWaiting(_ service: String) -> String {
        pick(en: "waiting for \(service)", fr: "en attendant \(service)")
    }

    public static var checkCableAwakeFix: String {
        pick(en: "Check the cable and that the tablet is awake, then run the command again.",
             fr: "Vérifiez le câble et que la tablette est réveillée, puis relancez la commande.")
    }

    public static func tabletSentTooMuchData(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) sent too much data.", fr: "La tablette \(tablet) a envoyé trop de données.")
    }

    public static func moreBytesThan(_ limit: Int, from service: String) -> String {
        pick(en: "More than \(limit) bytes came back from \(service).", fr: "Plus de \(limit) octets sont revenus de \(service).")
    }

    public static var restartTabletTryAgain: String {
        pick(en: "Restart the tablet and try again.", fr: "Redémarrez la tablette et réessayez.")
    }

    public static func tabletClosedServiceEarly(_ tablet: String, service: String) -> String {
        pick(en: "Tablet \(tablet) closed \(service) early.", fr: "La tablette \(tablet) a fermé \(service) trop tôt.")
    }

    public static var serviceStoppedBeforeSent: String {
        pick(en: "The service on the tablet stopped before Valise finished sending.",
             fr: "Le service de la tablette s'est arrêté avant que Valise ait fini d'envoyer.")
    }

    public static var runAgainOrRestartFix: String {
        pick(en: "Run the command again; if it keeps failing, restart the tablet.",
             fr: "Relancez la commande ; si l'échec se répète, redémarrez la tablette.")
    }

    public static func connectionClosed(_ tablet: String) -> String {
        pick(en: "The connection to \(tablet) was closed.", fr: "La connexion à \(tablet) a été fermée.")
    }

    public static var valiseClosedIt: String { pick(en: "Valise closed it.", fr: "Valise l'a fermée.") }

    public static var nothingToDo: String { pick(en: "Nothing to do.", fr: "Rien à faire.") }

    // MARK: Deadlines of whole steps

    /// `seconds`: "30 s"; `what`: one of the `deadline…` phrases below ("to say what it is").
    public static func tabletTookLonger(_ tablet: String, than seconds: String, _ what: String) -> String {
        pick(en: "Tablet \(tablet) took longer than \(seconds) \(what).", fr: "La tablette \(tablet) a mis plus de \(seconds) \(what).")
    }

    public static var deadlineReason: String {
        pick(en: "It kept the connection open but did not finish in time: it answers too slowly (a few bytes at a time) or never stops sending.",
             fr: "Elle a gardé la connexion ouverte sans finir à temps : elle répond trop lentement (quelques octets à la fois) ou n'arrête jamais d'envoyer.")
    }

    public static var deadlineFix: String {
        pick(en: "Restart the tablet and try another cable, then run the command again (finished steps are kept); if it happens again, set the tablet aside for a factory reset.",
             fr: "Redémarrez la tablette et essayez un autre câble, puis relancez la commande (les étapes terminées sont conservées) ; si cela se reproduit, mettez la tablette de côté pour une réinitialisation d'usine.")
    }

    /// The step of `Say.tabletTookLonger`: reading what the tablet is (model, Android version).
    public static var deadlineToSayWhatItIs: String { pick(en: "to say what it is", fr: "à dire ce qu'elle est") }
    /// Reading the tablet's serial.
    public static var deadlineToSaySerial: String { pick(en: "to say its serial", fr: "à donner son numéro de série") }
    /// Checking whether a profile step is needed.
    public static func deadlineToCheckStep(_ step: String) -> String {
        pick(en: "to check step \(step)", fr: "à vérifier l'étape \(step)")
    }
    /// Applying a profile step.
    public static func deadlineForStep(_ step: String) -> String { pick(en: "for step \(step)", fr: "pour l'étape \(step)") }
    /// Reading back what was applied.
    public static var deadlineToReadBack: String {
        pick(en: "to read back what was applied", fr: "à relire ce qui a été appliqué")
    }
}
