/// The help texts, continued (`Say+Help.swift`).
extension Say {
    public static var helpBusRate: String {
        pick(en: "Put every tablet behind one shared bus of this rate, e.g. 40MB (MB/s) or 480Mbit; its use is printed at the end.",
             fr: "Mettre toutes les tablettes derrière un bus partagé de ce débit, par exemple 40MB (Mo/s) ou 480Mbit ; son usage est affiché à la fin.")
    }

    public static var helpBasePort: String {
        pick(en: "The first tablet's port.",
             fr: "Le port de la première tablette.")
    }

    public static var helpFastbootBasePort: String {
        pick(en: "The first tablet's fastboot port (fastboot over TCP).",
             fr: "Le port fastboot de la première tablette (fastboot sur TCP).")
    }

    public static var helpDownloadBasePort: String {
        pick(en: "The first tablet's Download-mode port (Samsung tablets, for the USB testbed).",
             fr: "Le port mode Download de la première tablette (tablettes Samsung, pour le banc d'essai USB).")
    }

    public static var helpStateDir: String {
        pick(en: "Where the tablets keep their state (a temporary folder by default).",
             fr: "Où les tablettes gardent leur état (un dossier temporaire par défaut).")
    }

    public static var helpFault: String {
        pick(en: "A fault for some tablets (repeatable).",
             fr: "Une panne pour certaines tablettes (répétable).")
    }

    public static var helpAuth: String {
        pick(en: "How tablets treat unknown keys: none, accept-any, known-keys, prompt-never.",
             fr: "Comment les tablettes traitent les clés inconnues : none, accept-any, known-keys, prompt-never.")
    }

    public static var helpSeed: String {
        pick(en: "Seed of the tablets' serials and models.",
             fr: "Graine des numéros de série et des modèles des tablettes.")
    }

    public static var helpHost: String {
        pick(en: "Address to listen on (loopback only unless --allow-non-loopback).",
             fr: "Adresse d'écoute (boucle locale seulement sauf avec --allow-non-loopback).")
    }

    public static var helpAllowNonLoopback: String {
        pick(en: "Allow listening on a non-loopback address.",
             fr: "Permettre d'écouter sur une adresse hors boucle locale.")
    }

    public static var helpDuration: String {
        pick(en: "Stop after this many seconds (default: run until Ctrl-C).",
             fr: "Arrêter après ce nombre de secondes (par défaut : tourner jusqu'à Ctrl-C).")
    }

    public static var helpAgentForward: String {
        pick(en: "Relay each tablet's agent socket to a real agent listening on 127.0.0.1 from this port on (tablet 1 to PORT, tablet 2 to PORT+1…), e.g. the agent's code on the JVM (Agent/README.md).",
             fr: "Relayer la socket d'agent de chaque tablette vers un vrai agent qui écoute sur 127.0.0.1 à partir de ce port (tablette 1 vers PORT, tablette 2 vers PORT+1…), par exemple le code de l'agent sur la JVM (Agent/README.md).")
    }

    public static var helpDownloadMode: String {
        pick(en: "Samsung tablets in Download mode (Odin, one USB transfer per frame) instead, for the USB testbed.",
             fr: "Des tablettes Samsung en mode Download à la place (Odin, un transfert USB par trame), pour le banc d'essai USB.")
    }

    public static var helpSyncAbstract: String {
        pick(en: "Upload this station's waiting changes to the district inventory now.",
             fr: "Envoyer maintenant à l'inventaire du district les changements en attente sur ce poste.")
    }

    public static var helpSyncDiscussion: String {
        pick(en: """
            Stations upload by themselves while they run; this is for a station that ran while the district server was away. \
            Uploading twice never duplicates anything. Exit status 0 when nothing waits any more, 2 when changes still wait.
            """,
             fr: "Les postes envoient d'eux-mêmes pendant qu'ils tournent ; ceci est pour un poste qui a tourné pendant que le serveur du district était absent. Envoyer deux fois ne duplique jamais rien. Code de sortie 0 quand plus rien n'attend, 2 quand des changements attendent encore.")
    }

    public static var helpSyncWait: String {
        pick(en: "Keep trying this many seconds while the server is away.",
             fr: "Continuer d'essayer pendant ce nombre de secondes tant que le serveur est absent.")
    }

    public static var helpSyncStation: String {
        pick(en: "This station's name on the district server (default: VALISE_STATION, else the host name).",
             fr: "Le nom de ce poste sur le serveur du district (par défaut : VALISE_STATION, sinon le nom de la machine).")
    }

    public static var helpPushAbstract: String {
        pick(en: "Copy a file to a tablet.",
             fr: "Copier un fichier vers une tablette.")
    }

    public static var helpPushLocal: String {
        pick(en: "The file on this computer.",
             fr: "Le fichier sur cet ordinateur.")
    }

    public static var helpPushRemote: String {
        pick(en: "Where on the tablet (a folder ending in / keeps the name).",
             fr: "Où sur la tablette (un dossier finissant par / garde le nom).")
    }

    public static var helpPullAbstract: String {
        pick(en: "Copy a file from a tablet.",
             fr: "Copier un fichier depuis une tablette.")
    }

    public static var helpPullDiscussion: String {
        pick(en: "Into a folder, the file keeps its name. A folder is never replaced; an existing file only with --force.",
             fr: "Dans un dossier, le fichier garde son nom. Un dossier n'est jamais remplacé ; un fichier existant seulement avec --force.")
    }

    public static var helpPullRemote: String {
        pick(en: "The file on the tablet.",
             fr: "Le fichier sur la tablette.")
    }

    public static var helpPullLocal: String {
        pick(en: "Where on this computer: a folder to pull into, or a file name (default: the current folder).",
             fr: "Où sur cet ordinateur : un dossier où récupérer le fichier, ou un nom de fichier (par défaut : le dossier courant).")
    }

    public static var helpPullForce: String {
        pick(en: "Replace the file LOCAL names if it exists (never a folder).",
             fr: "Remplacer le fichier que nomme LOCAL s'il existe (jamais un dossier).")
    }

    public static var helpInstallAbstract: String {
        pick(en: "Install an APK on a tablet (streamed).",
             fr: "Installer un APK sur une tablette (en flux).")
    }

    public static var helpInstallAPK: String {
        pick(en: "The APK file.",
             fr: "Le fichier APK.")
    }

    public static var helpGrant: String {
        pick(en: "Grant every runtime permission.",
             fr: "Accorder toutes les permissions d'exécution.")
    }

    public static var helpTestOnly: String {
        pick(en: "Allow test-only packages.",
             fr: "Permettre les paquets de test seulement.")
    }

    public static var helpDowngrade: String {
        pick(en: "Allow a version downgrade.",
             fr: "Permettre de revenir à une version antérieure.")
    }

    public static var helpWatchAbstract: String {
        pick(en: "Station mode: provision each tablet as it is plugged in (Ctrl-C stops).",
             fr: "Mode poste : préparer chaque tablette dès qu'elle est branchée (Ctrl-C arrête).")
    }

    public static var helpWatchDiscussion: String {
        pick(en: """
            USB tablets are seen as they are plugged in (slots from the case maps); --tcp addresses are looked at every second. \
            Hooks run with /bin/sh and get SERIAL, SLOT, PORT_PATH, MODEL and CASE in their environment: --on-attach once the \
            tablet has answered, --on-detach when it goes away. With --firmware-catalog each tablet behind the catalog is \
            flashed first (it reboots to its bootloader, or a Samsung tablet to Download mode, and back: that is not an \
            unplug), and a tablet plugged in fastboot or Download mode is flashed with its board's entry. Ctrl-C (SIGINT) interrupts the tablets under way, finished steps kept; SIGTERM \
            (systemctl stop) takes no new tablet and lets the tablets under way finish, a flash included. Exit codes as for \
            provision, for the tablets seen.
            """,
             fr: "Les tablettes USB sont vues dès qu'elles sont branchées (emplacements d'après les plans de mallette) ; les adresses --tcp sont regardées chaque seconde. Les hooks tournent avec /bin/sh et reçoivent SERIAL, SLOT, PORT_PATH, MODEL et CASE dans leur environnement : --on-attach une fois que la tablette a répondu, --on-detach quand elle s'en va. Avec --firmware-catalog, chaque tablette en retard sur le catalogue est d'abord flashée (elle redémarre sur son bootloader, ou en mode Download pour une tablette Samsung, et revient : ce n'est pas un débranchement), et une tablette branchée en mode fastboot ou Download est flashée avec l'entrée de sa carte. Ctrl-C (SIGINT) interrompt les tablettes en cours, les étapes terminées gardées ; SIGTERM (systemctl stop) ne prend plus de nouvelle tablette et laisse finir les tablettes en cours, flash compris. Codes de sortie comme pour provision, pour les tablettes vues.")
    }

    public static var helpOnAttach: String {
        pick(en: "A shell command run when a tablet is plugged in and answers.",
             fr: "Une commande shell lancée quand une tablette est branchée et répond.")
    }

    public static var helpOnDetach: String {
        pick(en: "A shell command run when a tablet is unplugged.",
             fr: "Une commande shell lancée quand une tablette est débranchée.")
    }

    public static var helpWatchFirmwareCatalog: String {
        pick(en: "Flash each tablet behind this firmware catalog before the other steps; without it the firmware is only checked against the profile's level.",
             fr: "Flasher chaque tablette en retard sur ce catalogue de firmware avant les autres étapes ; sans lui, le firmware est seulement comparé au niveau du profil.")
    }

    public static var helpWatchFor: String {
        pick(en: "Stop after this many seconds.",
             fr: "Arrêter après ce nombre de secondes.")
    }

    public static var helpBundleAbstract: String {
        pick(en: "Sign and verify configuration bundles (detached CMS, DER).",
             fr: "Signer et vérifier des lots de configuration (CMS détaché, DER).")
    }

    public static var helpBundleBuildAbstract: String {
        pick(en: "Build tablets' bundles from their class profile (canonical JSON: same inputs, same bytes).",
             fr: "Construire les lots de configuration des tablettes depuis leur profil de classe (JSON canonique : mêmes entrées, mêmes octets).")
    }

    public static var helpBundleBuildDiscussion: String {
        pick(en: "One tablet with --serial and --slot, or a whole case with --batch FILE (one \"SERIAL SLOT\" per line) and --output-dir.",
             fr: "Une tablette avec --serial et --slot, ou une mallette entière avec --batch FILE (un \"SERIAL SLOT\" par ligne) et --output-dir.")
    }

    public static var helpBundleSerial: String {
        pick(en: "The tablet's serial number.",
             fr: "Le numéro de série de la tablette.")
    }

    public static var helpBundleSlot: String {
        pick(en: "Its slot in the case.",
             fr: "Son emplacement dans la mallette.")
    }

    public static var helpBundleBatch: String {
        pick(en: "A file of tablets, one \"SERIAL SLOT\" per line.",
             fr: "Un fichier de tablettes, un \"SERIAL SLOT\" par ligne.")
    }

    public static var helpBundleSequence: String {
        pick(en: "The bundle's sequence (greater than the last one the tablet applied).",
             fr: "La séquence du lot de configuration (plus grande que la dernière appliquée par la tablette).")
    }

    public static var helpBundleIssuedAt: String {
        pick(en: "When it is issued (ISO 8601, default now).",
             fr: "Quand il est émis (ISO 8601, par défaut maintenant).")
    }

    public static var helpBundleValidDays: String {
        pick(en: "How long it stays valid.",
             fr: "Combien de jours il reste valide.")
    }

    public static var helpBundleOutput: String {
        pick(en: "Where to write it (default: SERIAL.bundle.json).",
             fr: "Où l'écrire (par défaut : SERIAL.bundle.json).")
    }

    public static var helpBundleOutputDir: String {
        pick(en: "With --batch: the folder for SERIAL.bundle.json files.",
             fr: "Avec --batch : le dossier des fichiers SERIAL.bundle.json.")
    }

    public static var helpBundleSign: String {
        pick(en: "Sign them too (OUTPUT.sig, with the parc's signing certificate).",
             fr: "Les signer aussi (OUTPUT.sig, avec le certificat de signature du parc).")
    }

    public static var helpBundleSignAbstract: String {
        pick(en: "Sign a bundle with the parc's signing certificate.",
             fr: "Signer un lot de configuration avec le certificat de signature du parc.")
    }

    public static var helpBundleFile: String {
        pick(en: "The bundle (JSON).",
             fr: "Le lot de configuration (JSON).")
    }

    public static var helpBundleSignOutput: String {
        pick(en: "Where to write the signature (default: BUNDLE.sig).",
             fr: "Où écrire la signature (par défaut : BUNDLE.sig).")
    }

    public static var helpBundleVerifyAbstract: String {
        pick(en: "Check a bundle's signature against the parc's CA (or --ca), and its dates.",
             fr: "Vérifier la signature d'un lot de configuration avec l'autorité du parc (ou --ca), et ses dates.")
    }

    public static var helpBundleVerifyDiscussion: String {
        pick(en: "The bundle must be within issued_at and expires_at by this computer's clock, give or take 5 minutes.",
             fr: "Le lot de configuration doit être entre issued_at et expires_at selon l'horloge de cet ordinateur, à 5 minutes près.")
    }

    public static var helpBundleSignature: String {
        pick(en: "Its detached signature (DER).",
             fr: "Sa signature détachée (DER).")
    }

    public static var helpBundleCA: String {
        pick(en: "The CA certificate (PEM) to trust; default: the parc's.",
             fr: "Le certificat d'autorité (PEM) auquel se fier ; par défaut : celui du parc.")
    }

    /// `valise demo --profiles`: `installed` is where the package puts the demo profiles.
    public static func helpDemoProfiles(installed: String) -> String {
        pick(en: "The demo profiles (default: Profiles/demo here, else the installed \(installed)).",
             fr: "Les profils de démonstration (par défaut : Profiles/demo ici, sinon ceux installés dans \(installed)).")
    }

    /// `valise setup-usb`: the rules file it writes and for how many makers.
    public static func helpSetupUSBDiscussion(file: String, vendors: Int) -> String {
        pick(en: "Writes \(file) for \(vendors) tablet makers' USB vendor ids, then reloads udev.",
             fr: "Écrit \(file) pour les identifiants USB de \(vendors) fabricants de tablettes, puis recharge udev.")
    }
}
