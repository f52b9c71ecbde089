import Foundation

/// What the tool commands print: report, sync, devices, move, keys, profile, push/pull/install/shell, setup-usb, sim.
extension Say {
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
}
