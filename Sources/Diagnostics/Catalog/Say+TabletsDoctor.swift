/// What `valise doctor` finds between this workstation and its tablets, and the fixes.
extension Say {
    // MARK: libusb and the bus

    /// `name`: libusb's error name (not translated), nil when unknown.
    public static func doctorNoLibusb(_ name: String?) -> String {
        pick(en: "libusb cannot start (\(name ?? "unknown error")): Valise cannot see the USB bus.",
             fr: "libusb ne peut pas démarrer (\(name ?? "erreur inconnue")) : Valise ne voit pas le bus USB.")
    }

    public static var doctorNoLibusbFix: String {
        pick(en: "Check that this computer has USB (in a container, pass /dev/bus/usb through) and that libusb-1.0-0 is installed.",
             fr: "Vérifiez que cet ordinateur a de l'USB (dans un conteneur, donnez-lui accès à /dev/bus/usb) et que libusb-1.0-0 est installée.")
    }

    public static func doctorCannotListBus(_ name: String) -> String {
        pick(en: "libusb started but cannot list the bus (\(name)).", fr: "libusb a démarré mais ne peut pas lister le bus (\(name)).")
    }

    public static var doctorCannotListBusFix: String {
        pick(en: "Run `ls /dev/bus/usb`; if it is empty or missing, this computer (or container) has no USB access.",
             fr: "Lancez `ls /dev/bus/usb` ; s'il est vide ou absent, cet ordinateur (ou ce conteneur) n'a pas accès à l'USB.")
    }

    public static func doctorSeesBus(version: String, tablets: Int, inFastboot: Int) -> String {
        pick(en: "libusb \(version) sees the USB bus: \(doctorTabletCount(tablets))" + (inFastboot > 0 ? " (\(inFastboot) in fastboot)." : "."),
             fr: "libusb \(version) voit le bus USB : \(doctorTabletCount(tablets))" + (inFastboot > 0 ? " (\(inFastboot) en fastboot)." : "."))
    }

    /// "1 tablet", "3 tablets".
    public static func doctorTabletCount(_ n: Int) -> String {
        count(n, en: ("tablet", "tablets"), fr: ("tablette", "tablettes"))
    }

    // MARK: udev rules

    public static func doctorNoUdevRule(lookedIn folders: String) -> String {
        pick(en: "No udev rule lets people at this workstation use Android tablets (looked in \(folders)).",
             fr: "Aucune règle udev ne permet aux personnes de ce poste d'utiliser des tablettes Android (cherché dans \(folders)).")
    }

    public static var doctorNoUdevRuleFix: String {
        pick(en: "Run `sudo valise setup-usb`, then unplug and replug the tablets.",
             fr: "Lancez `sudo valise setup-usb`, puis débranchez et rebranchez les tablettes.")
    }

    public static func doctorVendorsUncovered(_ vendors: String) -> String {
        pick(en: "Tablets with vendor id \(vendors) are plugged in but no udev rule covers them.",
             fr: "Des tablettes de vendor id \(vendors) sont branchées mais aucune règle udev ne les couvre.")
    }

    public static func doctorVendorsUncoveredFix(_ file: String) -> String {
        pick(en: "Add a line for each to \(file) (copy one and change idVendor), then `sudo udevadm control --reload-rules && sudo udevadm trigger`.",
             fr: "Ajoutez une ligne pour chacune à \(file) (copiez-en une et changez idVendor), puis `sudo udevadm control --reload-rules && sudo udevadm trigger`.")
    }

    public static func doctorUdevRules(_ files: String, vendors: Int) -> String {
        pick(en: "udev rules for Android tablets: \(files) (\(vendors) vendors).",
             fr: "Règles udev pour les tablettes Android : \(files) (\(vendors) fabricants).")
    }

    // MARK: An adb server

    public static func doctorNoAdbServer(_ address: String) -> String {
        pick(en: "No adb server is running on \(address).", fr: "Aucun serveur adb ne tourne sur \(address).")
    }

    public static var doctorAdbServerFix: String {
        pick(en: "Run `adb kill-server` before using Valise, or add --via-adb-server to Valise commands to go through it.",
             fr: "Lancez `adb kill-server` avant d'utiliser Valise, ou ajoutez --via-adb-server aux commandes de Valise pour passer par lui.")
    }

    public static func doctorAdbServerRunning(_ address: String) -> String {
        pick(en: "An adb server is running on \(address); it will take every tablet plugged in from now on.",
             fr: "Un serveur adb tourne sur \(address) ; il prendra toutes les tablettes branchées à partir de maintenant.")
    }

    /// `names`: the tablets it holds, joined (serials and ports, not translated).
    public static func doctorAdbServerHolds(_ address: String, tablets: Int, names: String) -> String {
        pick(en: "An adb server on \(address) holds \(doctorTabletCount(tablets)): \(names).",
             fr: "Un serveur adb sur \(address) occupe \(doctorTabletCount(tablets)) : \(names).")
    }

    // MARK: Tablets

    public static var doctorNoTablet: String {
        pick(en: "No tablet in USB debugging mode is plugged in.", fr: "Aucune tablette en mode débogage USB n'est branchée.")
    }

    /// How the doctor names a tablet in a case: "slot 3 (VAL0123)".
    public static func doctorSlot(_ slot: Int, serial: String) -> String {
        pick(en: "slot \(slot) (\(serial))", fr: "emplacement \(slot) (\(serial))")
    }

    public static func doctorReady(_ ready: Int, of total: Int) -> String {
        pick(en: "\(doctorTabletCount(ready)) of \(total) answer over USB.",
             fr: "\(doctorTabletCount(ready)) sur \(total) \(ready <= 1 ? "répond" : "répondent") par USB.")
    }

    public static func doctorUnauthorized(_ n: Int, names: String) -> String {
        pick(en: "\(doctorTabletCount(n)) did not allow this computer: \(names).",
             fr: "\(doctorTabletCount(n)) \(n <= 1 ? "n'a" : "n'ont") pas autorisé cet ordinateur : \(names).")
    }

    public static var doctorUnauthorizedFix: String {
        pick(en: "On each, unlock the screen, tick \"Always allow from this computer\" and tap Allow on \"Allow USB debugging?\".",
             fr: "Sur chacune, déverrouillez l'écran, cochez \"Toujours autoriser sur cet ordinateur\" et touchez Autoriser sur \"Autoriser le débogage USB ?\".")
    }

    public static func doctorBusy(_ n: Int, names: String) -> String {
        pick(en: "\(doctorTabletCount(n)) held by another program: \(names).",
             fr: "\(doctorTabletCount(n)) \(n <= 1 ? "occupée" : "occupées") par un autre programme : \(names).")
    }

    public static var doctorBusyServerFix: String {
        pick(en: "Run `adb kill-server`, or add --via-adb-server.", fr: "Lancez `adb kill-server`, ou ajoutez --via-adb-server.")
    }

    public static var doctorBusyProgramFix: String {
        pick(en: "Close the program using them (adb, Android Studio, scrcpy), or add --via-adb-server.",
             fr: "Fermez le programme qui les utilise (adb, Android Studio, scrcpy), ou ajoutez --via-adb-server.")
    }

    public static func doctorOffline(_ n: Int, names: String) -> String {
        pick(en: "\(doctorTabletCount(n)) did not answer: \(names).",
             fr: "\(doctorTabletCount(n)) \(n <= 1 ? "n'a" : "n'ont") pas répondu : \(names).")
    }

    public static var doctorOfflineFix: String {
        pick(en: "Wake them, check cables and hub ports, then unplug and replug them.",
             fr: "Réveillez-les, vérifiez les câbles et les ports des hubs USB, puis débranchez-les et rebranchez-les.")
    }

    // MARK: Root ports

    /// "1-1 has 20": a root port and its tablets.
    public static func doctorPortHas(_ port: String, _ tablets: Int) -> String {
        pick(en: "\(port) has \(tablets)", fr: "\(port) en a \(tablets)")
    }

    public static func doctorTooManyPerPort(_ list: String, max: Int) -> String {
        pick(en: "Too many tablets on one root port: \(list) (recommended at most \(max)).",
             fr: "Trop de tablettes sur un même port racine : \(list) (au plus \(max) conseillées).")
    }

    public static var doctorTooManyPerPortFix: String {
        pick(en: "Plug part of the case into another USB port of the workstation itself (another root port, not the same hub).",
             fr: "Branchez une partie de la mallette sur un autre port USB du poste lui-même (un autre port racine, pas le même hub USB).")
    }

    public static var doctorNoTabletsOnPorts: String {
        pick(en: "No tablets on any root port.", fr: "Aucune tablette sur les ports racine.")
    }

    public static func doctorTabletsPerPort(_ summary: String, max: Int) -> String {
        pick(en: "Tablets per root port: \(summary) (recommended at most \(max)).",
             fr: "Tablettes par port racine : \(summary) (au plus \(max) conseillées).")
    }
}
