/// What Valise says about finding tablets: USB, the adb server, serials, addresses, udev rules.
extension Say {
    // MARK: Reaching a tablet on USB

    /// Where a USB tablet is, in a message: "slot 3 of valise-1, usb 1-1.3".
    public static func usbSlotPlace(_ slot: Int, caseName: String, address: String) -> String {
        pick(en: "slot \(slot) of \(caseName), \(address)", fr: "emplacement \(slot) de \(caseName), \(address)")
    }

    /// A USB tablet that has not given its serial, in a message.
    public static var tabletWithoutSerial: String { pick(en: "tablet", fr: "tablette") }

    public static func usbNotAvailable(_ endpoint: String) -> String {
        pick(en: "USB is not available to reach \(endpoint).", fr: "L'USB n'est pas disponible pour joindre \(endpoint).")
    }

    public static var runDoesNotUseUSB: String {
        pick(en: "This run does not use USB (libusb could not be opened).",
             fr: "Cette exécution n'utilise pas l'USB (libusb n'a pas pu être ouverte).")
    }

    public static var doctorWhyNoUSBFix: String {
        pick(en: "Run `valise doctor` to see why USB cannot be used.",
             fr: "Lancez `valise doctor` pour voir pourquoi l'USB ne peut pas être utilisé.")
    }

    public static var usbCannotBeRead: String { pick(en: "USB cannot be read.", fr: "Impossible de lire l'USB.") }

    public static var runValiseDoctorFix: String { pick(en: "Run `valise doctor`.", fr: "Lancez `valise doctor`.") }

    public static func noTabletPluggedAt(_ endpoint: String) -> String {
        pick(en: "No tablet is plugged in at \(endpoint).", fr: "Aucune tablette n'est branchée sur \(endpoint).")
    }

    public static var nothingAnswersOnPort: String {
        pick(en: "Nothing answers as an Android tablet on that USB port (unplugged, off, or USB debugging disabled).",
             fr: "Rien ne répond comme une tablette Android sur ce port USB (débranchée, éteinte, ou débogage USB désactivé).")
    }

    public static var plugInSwitchOnFix: String {
        pick(en: "Plug the tablet in, switch it on and check that USB debugging is enabled.",
             fr: "Branchez la tablette, allumez-la et vérifiez que le débogage USB est activé.")
    }

    public static func tabletInFastbootMode(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) is in fastboot mode.", fr: "La tablette \(tablet) est en mode fastboot.")
    }

    public static var inBootloaderReason: String {
        pick(en: "It is in its bootloader (or fastbootd), where ADB does not run.",
             fr: "Elle est dans son bootloader (ou fastbootd), où ADB ne fonctionne pas.")
    }

    public static var restartIntoAndroidFix: String {
        pick(en: "Restart it into Android (`fastboot reboot`, or hold the power button), then run the command again.",
             fr: "Redémarrez-la sous Android (`fastboot reboot`, ou en maintenant le bouton d'alimentation), puis relancez la commande.")
    }

    // MARK: USB tablets Valise cannot use

    public static func usbBusy(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) is held by another program.", fr: "La tablette \(tablet) est occupée par un autre programme.")
    }

    public static func usbNoAccess(_ tablet: String) -> String {
        pick(en: "This computer does not let Valise use tablet \(tablet).",
             fr: "Cet ordinateur ne permet pas à Valise d'utiliser la tablette \(tablet).")
    }

    public static func usbUnplugged(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) was unplugged.", fr: "La tablette \(tablet) a été débranchée.")
    }

    public static var usbUnavailable: String {
        pick(en: "Valise cannot use USB on this computer.", fr: "Valise ne peut pas utiliser l'USB sur cet ordinateur.")
    }

    public static func usbOther(_ tablet: String) -> String {
        pick(en: "Tablet \(tablet) could not be used over USB.", fr: "La tablette \(tablet) n'a pas pu être utilisée par USB.")
    }

    public static var usbBusyReason: String {
        pick(en: "Another program (usually an adb server, started by `adb` or Android Studio) has claimed the tablet's USB debugging interface.",
             fr: "Un autre programme (le plus souvent un serveur adb, lancé par `adb` ou Android Studio) a pris l'interface de débogage USB de la tablette.")
    }

    public static var usbNoAccessReason: String {
        pick(en: "The USB device node is not writable for this user: the udev rule for Android tablets is missing.",
             fr: "Cet utilisateur ne peut pas écrire sur le périphérique USB : la règle udev des tablettes Android manque.")
    }

    public static var usbUnpluggedReason: String {
        pick(en: "It left the USB bus (cable pulled, tablet restarted or out of battery).",
             fr: "Elle a quitté le bus USB (câble retiré, tablette redémarrée ou batterie vide).")
    }

    /// `name`: libusb's error name (not translated).
    public static func noUSBReason(_ name: String) -> String {
        pick(en: "libusb could not start (\(name)): this computer has no USB bus Valise can see.",
             fr: "libusb n'a pas pu démarrer (\(name)) : cet ordinateur n'a pas de bus USB que Valise puisse voir.")
    }

    /// `words`: libusb's own description (not translated).
    public static func usbSaid(_ words: String) -> String { pick(en: "USB said: \(words).", fr: "L'USB a répondu : \(words).") }

    public static var usbBusyFix: String {
        pick(en: "Run `adb kill-server` (then the command again), or add --via-adb-server to go through the running adb server.",
             fr: "Lancez `adb kill-server` (puis de nouveau la commande), ou ajoutez --via-adb-server pour passer par le serveur adb en marche.")
    }

    public static var setupUSBFix: String {
        pick(en: "Run `sudo valise setup-usb` once (it installs the udev rule), then unplug and replug the tablets.",
             fr: "Lancez une fois `sudo valise setup-usb` (il installe la règle udev), puis débranchez et rebranchez les tablettes.")
    }

    public static var noUSBFix: String {
        pick(en: "Run `valise doctor`; in a container, pass the host's /dev/bus/usb through.",
             fr: "Lancez `valise doctor` ; dans un conteneur, donnez-lui accès au /dev/bus/usb de l'hôte.")
    }

    public static var usbOtherFix: String {
        pick(en: "Unplug and replug the tablet, try another cable or hub port, then run the command again.",
             fr: "Débranchez et rebranchez la tablette, essayez un autre câble ou un autre port du hub USB, puis relancez la commande.")
    }

    // MARK: The adb server

    public static func adbServerDoesNotKnow(_ serial: String) -> String {
        pick(en: "The adb server does not know tablet \(serial).", fr: "Le serveur adb ne connaît pas la tablette \(serial).")
    }

    public static func adbDevicesDoesNotList(_ address: String) -> String {
        pick(en: "`adb devices` on \(address) does not list it.", fr: "`adb devices` sur \(address) ne la liste pas.")
    }

    public static var adbDevicesPlugInFix: String {
        pick(en: "Run `adb devices`; plug the tablet in or allow USB debugging on it, then try again.",
             fr: "Lancez `adb devices` ; branchez la tablette ou autorisez le débogage USB sur celle-ci, puis réessayez.")
    }

    /// `state`: the adb server's word for it (`unauthorized`, `offline`), not translated.
    public static func tabletStateForAdbServer(_ serial: String, state: String) -> String {
        pick(en: "Tablet \(serial) is \(state) for the adb server.", fr: "La tablette \(serial) est \(state) pour le serveur adb.")
    }

    public static var adbKeyNotAllowed: String {
        pick(en: "It has not allowed this computer's adb key yet.", fr: "Elle n'a pas encore autorisé la clé adb de cet ordinateur.")
    }

    public static var adbServerCannotUse: String {
        pick(en: "The adb server cannot use it now.", fr: "Le serveur adb ne peut pas l'utiliser pour l'instant.")
    }

    public static var allowAdbKeyFix: String {
        pick(en: "Unlock the tablet, tick \"Always allow from this computer\" and tap Allow, then try again.",
             fr: "Déverrouillez la tablette, cochez \"Toujours autoriser sur cet ordinateur\" et touchez Autoriser, puis réessayez.")
    }

    public static var replugAdbDevicesFix: String {
        pick(en: "Unplug and replug the tablet, then run `adb devices` to check it shows as device.",
             fr: "Débranchez et rebranchez la tablette, puis lancez `adb devices` pour vérifier qu'elle apparaît comme device.")
    }

    public static func noAdbServerOn(_ address: String) -> String {
        pick(en: "No adb server answers on \(address).", fr: "Aucun serveur adb ne répond sur \(address).")
    }

    /// `request`: the request's name (`host:devices-l`), not translated.
    public static func adbServerRefused(_ request: String) -> String {
        pick(en: "The adb server refused \(request).", fr: "Le serveur adb a refusé \(request).")
    }

    public static var noAdbServerReason: String {
        pick(en: "--via-adb-server goes through a running adb server, and none is running.",
             fr: "--via-adb-server passe par un serveur adb en marche, et aucun n'est lancé.")
    }

    /// What a program or server answered, quoted (not translated).
    public static func adbServerSaid(_ message: String) -> String { pick(en: "It said: \(message)", fr: "Il a répondu : \(message)") }

    public static var startAdbServerFix: String {
        pick(en: "Start it with `adb start-server` (ANDROID_ADB_SERVER_PORT picks the port), or leave out --via-adb-server.",
             fr: "Lancez-le avec `adb start-server` (ANDROID_ADB_SERVER_PORT choisit le port), ou retirez --via-adb-server.")
    }

    public static var adbDevicesFix: String {
        pick(en: "Run `adb devices` to see what the server knows, then try again.",
             fr: "Lancez `adb devices` pour voir ce que connaît le serveur, puis réessayez.")
    }

    public static var adbServerNoShell: String {
        pick(en: "The adb server lists it but did not open a shell on it.",
             fr: "Le serveur adb la liste mais n'a pas ouvert de shell sur elle.")
    }

    public static func adbServerSays(_ state: String) -> String {
        pick(en: "The adb server says: \(state).", fr: "Le serveur adb indique : \(state).")
    }

    // MARK: A serial no tablet has

    /// A tablet asked about that never answered (its job ended without a result).
    public static var noAnswer: String { pick(en: "No answer.", fr: "Pas de réponse.") }

    /// `nearest`: the serial seen that is closest (a likely typo).
    public static func noTabletWithSerial(_ serial: String, nearest: String?) -> String {
        if let nearest {
            pick(en: "No tablet with serial \(serial) (did you mean \(nearest)?).",
                 fr: "Aucune tablette n'a le numéro de série \(serial) (vouliez-vous dire \(nearest) ?).")
        } else {
            pick(en: "No tablet with serial \(serial) was found.", fr: "Aucune tablette n'a été trouvée avec le numéro de série \(serial).")
        }
    }

    /// `looked`: `lookedAt`.
    public static func lookedAtNoSerial(_ looked: String) -> String {
        pick(en: "Valise looked at \(looked); no tablet there has that serial.",
             fr: "Valise a cherché sur \(looked) ; aucune tablette n'y a ce numéro de série.")
    }

    /// Where Valise looked: the adb server (its address) or USB, and how many TCP addresses.
    public static func lookedAt(adbServer: String?, tcpAddresses: Int) -> String {
        let place = adbServer.map { pick(en: "the adb server on \($0)", fr: "le serveur adb de \($0)") } ?? "USB"
        guard tcpAddresses > 0 else { return place }
        return place + pick(en: " and ", fr: " et ")
            + pick(en: "\(tcpAddresses) TCP address\(tcpAddresses == 1 ? "" : "es")",
                   fr: "\(tcpAddresses) adresse\(tcpAddresses <= 1 ? "" : "s") TCP")
    }

    /// The fix for a serial not found; `withTCP`: whether TCP addresses were looked at already.
    public static func serialNotFoundFix(nearest: String?, withTCP: Bool) -> String {
        let first = nearest.map { pick(en: "Give the serial \($0) if that is the tablet meant", fr: "Donnez le numéro de série \($0) si c'est la tablette voulue") }
            ?? pick(en: "Run `valise devices` to see the tablets and their serials",
                    fr: "Lancez `valise devices` pour voir les tablettes et leurs numéros de série")
        return first + (withTCP ? "." : pick(en: "; give --tcp ADDR for tablets over the network.",
                                             fr: " ; donnez --tcp ADDR pour les tablettes sur le réseau."))
    }

    /// " Also, tablet X did not let this computer in, …": the tablets that did not allow this computer.
    public static func lockedTablets(_ tablets: [String], serial: String, nearestKnown: Bool) -> String {
        let one = tablets.count == 1
        let names = tabletList(tablets)
        if nearestKnown {
            return pick(en: " Also, \(names) did not let this computer in, so \(one ? "its serial is" : "their serials are") unknown.",
                        fr: " De plus, \(names) \(one ? "n'a" : "n'ont") pas laissé entrer cet ordinateur : \(one ? "son numéro de série est inconnu" : "leurs numéros de série sont inconnus").")
        }
        return pick(en: " Also, \(names) did not let this computer in, so \(one ? "its serial is" : "their serials are") unknown: \(serial) may be \(one ? "that tablet" : "one of them").",
                    fr: " De plus, \(names) \(one ? "n'a" : "n'ont") pas laissé entrer cet ordinateur : \(one ? "son numéro de série est inconnu" : "leurs numéros de série sont inconnus") ; \(serial) est peut-être \(one ? "cette tablette" : "l'une d'elles").")
    }

    public static func letLockedTabletsIn(_ tablets: [String]) -> String {
        let one = tablets.count == 1
        return pick(en: " To let \(tabletList(tablets)) in: unlock \(one ? "it" : "each"), tap Allow (tick \"Always allow\"), then run the command again.",
                    fr: " Pour laisser entrer cet ordinateur sur \(tabletList(tablets)) : \(one ? "déverrouillez-la" : "déverrouillez chacune"), touchez Autoriser (cochez \"Toujours autoriser\"), puis relancez la commande.")
    }

    public static func silentTablets(_ tablets: [String]) -> String {
        pick(en: " \(tabletList(tablets)) did not answer.",
             fr: " \(tabletList(tablets)) \(tablets.count == 1 ? "n'a" : "n'ont") pas répondu.")
    }

    /// "tablet A" / "tablets A, B".
    public static func tabletList(_ tablets: [String]) -> String {
        pick(en: tablets.count == 1 ? "tablet " : "tablets ", fr: tablets.count == 1 ? "la tablette " : "les tablettes ")
            + tablets.joined(separator: ", ")
    }

    // MARK: Addresses and udev rules

    public static func notTCPAddress(_ text: String) -> String {
        pick(en: "\"\(text)\" is not HOST:PORT or HOST:PORT-PORT (for example 127.0.0.1:5555 or 127.0.0.1:5555-5570)",
             fr: "\"\(text)\" n'est ni HOST:PORT ni HOST:PORT-PORT (par exemple 127.0.0.1:5555 ou 127.0.0.1:5555-5570)")
    }

    public static func installingNeedsRoot(_ path: String) -> String {
        pick(en: "Installing \(path) needs administrator rights.", fr: "L'installation de \(path) demande les droits d'administrateur.")
    }

    public static func udevCouldNotWrite(_ path: String) -> String {
        pick(en: "Valise could not write \(path).", fr: "Valise n'a pas pu écrire \(path).")
    }

    public static func udevadmFailed(_ command: String) -> String {
        pick(en: "`udevadm \(command)` failed.", fr: "`udevadm \(command)` a échoué.")
    }

    public static var udevRulesNeedRoot: String {
        pick(en: "udev rules live in a system folder that only root may change.",
             fr: "Les règles udev sont dans un dossier système que seul root peut modifier.")
    }

    public static var udevadmMissing: String {
        pick(en: "udevadm is not installed (package udev).", fr: "udevadm n'est pas installé (paquet udev).")
    }

    public static func udevadmExited(_ status: Int32) -> String {
        pick(en: "It exited with status \(status); the rules are written but not loaded yet.",
             fr: "Il s'est terminé avec le code \(status) ; les règles sont écrites mais pas encore chargées.")
    }

    public static var runWithSudoFix: String {
        pick(en: "Run it with sudo: `sudo valise setup-usb`.", fr: "Lancez-le avec sudo : `sudo valise setup-usb`.")
    }

    public static var rulesDirFix: String {
        pick(en: "Check the folder exists and is writable, or give another with --rules-dir DIR.",
             fr: "Vérifiez que le dossier existe et qu'on peut y écrire, ou donnez-en un autre avec --rules-dir DIR.")
    }

    public static var installUdevFix: String {
        pick(en: "Install udev (`apt-get install udev`) or restart the computer, then unplug and replug the tablets.",
             fr: "Installez udev (`apt-get install udev`) ou redémarrez l'ordinateur, puis débranchez et rebranchez les tablettes.")
    }
}
