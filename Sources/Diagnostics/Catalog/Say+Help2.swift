/// The help texts, continued (`Say+Help.swift`).
extension Say {
    public static var helpFirmwareStageAbstract: String {
        pick(en: "Download a file to a tablet in fastboot mode without flashing it.",
             fr: "Télécharger un fichier sur une tablette en mode fastboot sans le flasher.")
    }

    public static var helpFirmwareStageAddress: String {
        pick(en: "The tablet's fastboot endpoint.",
             fr: "L'adresse fastboot de la tablette.")
    }

    public static var helpFirmwareStageFile: String {
        pick(en: "The file.",
             fr: "Le fichier.")
    }

    public static var helpSamsungAbstract: String {
        pick(en: "Flash Samsung firmware packages (BL/AP/CP/CSC .tar.md5) to every tablet in Download mode on USB (Odin).",
             fr: "Flasher des paquets de firmware Samsung (BL/AP/CP/CSC .tar.md5) sur chaque tablette en mode Download sur USB (Odin).")
    }

    public static var helpSamsungDiscussion: String {
        pick(en: """
            Every package is checked first (MD5, whole tar, lz4 entries), before any tablet is touched. Each package is
            then read once for the whole case. Exit codes: 0 every tablet flashed; 2 some need a hand; 65 a bad package.
            """,
             fr: """
            Chaque paquet est d'abord vérifié (MD5, tar entier, entrées lz4), avant de toucher une tablette. Chaque paquet est
            ensuite lu une fois pour toute la mallette. Codes de sortie : 0 chaque tablette flashée ; 2 des tablettes sont à reprendre ; 65 un mauvais paquet.
            """)
    }

    public static var helpSamsungPackages: String {
        pick(en: "The packages: BL_…, AP_…, CP_…, CSC_… or HOME_CSC_….tar.md5.",
             fr: "Les paquets : BL_…, AP_…, CP_…, CSC_… ou HOME_CSC_….tar.md5.")
    }

    public static var helpSamsungPort: String {
        pick(en: "Only the tablet on this USB port path, e.g. 1-1.3 (repeatable).",
             fr: "Seulement la tablette sur ce chemin de port USB, par exemple 1-1.3 (répétable).")
    }

    public static var helpSamsungNoReboot: String {
        pick(en: "Leave the tablets in Download mode afterwards (no reboot).",
             fr: "Laisser ensuite les tablettes en mode Download (pas de redémarrage).")
    }

    public static var helpVerboseWith: String {
        pick(en: "Show technical detail with errors.",
             fr: "Afficher le détail technique avec les erreurs.")
    }

    public static var helpInventoryAbstract: String {
        pick(en: "Keep this station's inventory safe.",
             fr: "Mettre à l'abri l'inventaire de ce poste.")
    }

    public static var helpBackupAbstract: String {
        pick(en: "Copy the inventory to FILE (SQLite's online backup): one standalone file that `valise report --inventory FILE` reads.",
             fr: "Copier l'inventaire dans FILE (sauvegarde en ligne de SQLite) : un seul fichier autonome que lit `valise report --inventory FILE`.")
    }

    public static var helpBackupDiscussion: String {
        pick(en: "Safe while provisioning runs. An existing FILE is replaced only with --force.",
             fr: "Sans risque pendant une préparation. Un FILE existant n'est remplacé qu'avec --force.")
    }

    public static var helpBackupFile: String {
        pick(en: "The backup file to write.",
             fr: "Le fichier de sauvegarde à écrire.")
    }

    public static var helpBackupForce: String {
        pick(en: "Replace FILE if it exists.",
             fr: "Remplacer FILE s'il existe.")
    }

    public static var helpKeysAbstract: String {
        pick(en: "Create or show the parc's certificate authority and signing certificate.",
             fr: "Créer ou afficher l'autorité de certification et le certificat de signature du parc.")
    }

    public static var helpKeysInitAbstract: String {
        pick(en: "Create the parc's CA and signing certificate (never replaces existing keys).",
             fr: "Créer l'autorité et le certificat de signature du parc (ne remplace jamais des clés existantes).")
    }

    public static var helpOrganization: String {
        pick(en: "Who the certificates belong to, e.g. \"Pôle numérique de Saint-Martin\".",
             fr: "À qui appartiennent les certificats, par exemple \"Pôle numérique de Saint-Martin\".")
    }

    public static var helpSignerYears: String {
        pick(en: "How long the signing certificate stays valid.",
             fr: "Durée de validité du certificat de signature (en années).")
    }

    public static var helpKeysShowAbstract: String {
        pick(en: "Show the parc's certificates: subject, expiry, fingerprint.",
             fr: "Afficher les certificats du parc : sujet, expiration, empreinte.")
    }

    public static var helpMoveAbstract: String {
        pick(en: "Move a tablet to another slot (and case) in the inventory.",
             fr: "Déplacer une tablette vers un autre emplacement (et une autre mallette) dans l'inventaire.")
    }

    public static var helpMoveDiscussion: String {
        pick(en: "A tablet keeps its slot and name on every run; this is the way to change them. The tablet is named after its new slot at its next `valise provision` or `valise reprovision`. Refused when another tablet holds that slot.",
             fr: "Une tablette garde son emplacement et son nom à chaque exécution ; c'est ainsi qu'on les change. La tablette prend le nom de son nouvel emplacement à sa prochaine `valise provision` ou `valise reprovision`. Refusé quand une autre tablette occupe cet emplacement.")
    }

    public static var helpSerialSeeReport: String {
        pick(en: "The tablet's serial (see `valise report`).",
             fr: "Le numéro de série de la tablette (voir `valise report`).")
    }

    public static var helpMoveCase: String {
        pick(en: "The case it goes to.",
             fr: "La mallette où elle va.")
    }

    public static var helpMoveSlot: String {
        pick(en: "The slot it goes to, from 1.",
             fr: "L'emplacement où elle va, à partir de 1.")
    }

    public static var helpProfileAbstract: String {
        pick(en: "Check profiles, or show a class's profile with its layers merged.",
             fr: "Vérifier des profils, ou afficher le profil d'une classe avec ses couches fusionnées.")
    }

    public static var helpProfileCheckAbstract: String {
        pick(en: "Check profile files and folders; every problem is listed (exit 65 on any).",
             fr: "Vérifier des fichiers et dossiers de profils ; chaque problème est listé (code 65 s'il y en a un).")
    }

    public static var helpProfilePaths: String {
        pick(en: "Profile files or folders (default: Profiles).",
             fr: "Fichiers ou dossiers de profils (par défaut : Profiles).")
    }

    public static var helpProfileShowAbstract: String {
        pick(en: "Show a class's profile (secrets masked).",
             fr: "Afficher le profil d'une classe (secrets masqués).")
    }

    public static var helpProfileShowClass: String {
        pick(en: "The class or école case, e.g. 5A or valise-1.",
             fr: "La classe ou la mallette d'école, par exemple 5A ou valise-1.")
    }

    public static var helpSchool: String {
        pick(en: "The school, when several have that class.",
             fr: "L'école, quand plusieurs ont cette classe.")
    }

    public static var helpProfilesFolder: String {
        pick(en: "The folder of profiles.",
             fr: "Le dossier des profils.")
    }

    public static var helpResolved: String {
        pick(en: "Show every value with the layers merged, and where each was written.",
             fr: "Afficher chaque valeur avec les couches fusionnées, et où chacune a été écrite.")
    }

    public static var helpRentreeAbstract: String {
        pick(en: "Provision every attached case from a rentrée plan (case → class), then say what remains.",
             fr: "Préparer chaque mallette branchée d'après un plan de rentrée (mallette → classe), puis dire ce qui reste.")
    }

    public static var helpRentreeDiscussion: String {
        pick(en: """
            The plan maps each case (as its case map names it) to a class profile of the library; see docs/rentree.md. All \
            cases run at once, heavy transfers limited per USB root port. Run it again as more cases are plugged in: finished \
            tablets are skipped. Exit codes: 0 every slot of every case provisioned; 2 some remain or need a hand; 65 a bad plan.
            """,
             fr: "Le plan associe chaque mallette (telle que la nomme son plan de mallette) à un profil de classe de la bibliothèque ; voir docs/rentree.md. Toutes les mallettes tournent en même temps, les gros transferts limités par port racine USB. Relancez-la quand d'autres mallettes sont branchées : les tablettes terminées sont sautées. Codes de sortie : 0 chaque emplacement de chaque mallette préparé ; 2 il en reste ou certaines sont à reprendre ; 65 un mauvais plan.")
    }

    public static var helpRentreePlan: String {
        pick(en: "The rentrée plan (YAML).",
             fr: "Le plan de rentrée (YAML).")
    }

    public static var helpReportAbstract: String {
        pick(en: "Report the tablets per school, class and case: provisioned, needing a hand (why), firmware.",
             fr: "Faire le rapport des tablettes par école, classe et mallette : préparées, à reprendre (pourquoi), firmware.")
    }

    public static var helpReportFormat: String {
        pick(en: "table, csv, json or html.",
             fr: "table, csv, json ou html.")
    }

    public static var helpReportOutput: String {
        pick(en: "Write to this file instead of the terminal.",
             fr: "Écrire dans ce fichier au lieu du terminal.")
    }

    public static var helpReportDistrict: String {
        pick(en: "The whole district from its server (--inventory or VALISE_INVENTORY): per school, class and case, and the district's indicators.",
             fr: "Tout le district depuis son serveur (--inventory ou VALISE_INVENTORY) : par école, classe et mallette, et les indicateurs du district.")
    }

    public static var helpReprovisionAbstract: String {
        pick(en: "Provision one tablet again as the inventory knows it (after a repair or a factory reset).",
             fr: "Préparer de nouveau une tablette telle que la connaît l'inventaire (après une réparation ou une réinitialisation).")
    }

    public static var helpReprovisionDiscussion: String {
        pick(en: """
            Its name, slot, case and class come from the inventory, and its profile from its last run (or --profile). Every step \
            is checked again and the tablet gets a new signed bundle with a higher sequence. Exit codes as for provision.
            """,
             fr: "Son nom, son emplacement, sa mallette et sa classe viennent de l'inventaire, et son profil de sa dernière exécution (ou de --profile). Chaque étape est vérifiée de nouveau et la tablette reçoit un nouveau lot de configuration signé, de séquence plus haute. Codes de sortie comme pour provision.")
    }

    public static var helpSerialSeeDevices: String {
        pick(en: "The tablet's serial (see `valise devices` or `valise report`).",
             fr: "Le numéro de série de la tablette (voir `valise devices` ou `valise report`).")
    }

    public static var helpReprovisionProfile: String {
        pick(en: "Use this profile (file or folder) instead of the one recorded with the tablet.",
             fr: "Utiliser ce profil (fichier ou dossier) au lieu de celui enregistré avec la tablette.")
    }

    public static var helpReprovisionClass: String {
        pick(en: "With a folder of profiles: the class (default: the tablet's recorded class).",
             fr: "Avec un dossier de profils : la classe (par défaut : la classe enregistrée de la tablette).")
    }

    public static var helpSetupUSBAbstract: String {
        pick(en: "Install the udev rules (uaccess) for Android tablets; run it once with sudo.",
             fr: "Installer les règles udev (uaccess) pour les tablettes Android ; à lancer une fois avec sudo.")
    }

    public static var helpRulesFolder: String {
        pick(en: "Where to write the rules.",
             fr: "Où écrire les règles.")
    }

    public static var helpNoReload: String {
        pick(en: "Do not run udevadm afterwards.",
             fr: "Ne pas lancer udevadm ensuite.")
    }

    public static var helpPrintRules: String {
        pick(en: "Print the rules instead of installing them.",
             fr: "Afficher les règles au lieu de les installer.")
    }

    public static var helpShellAbstract: String {
        pick(en: "Run a shell command on a tablet (its exit status is passed on).",
             fr: "Lancer une commande shell sur une tablette (son code de sortie est transmis).")
    }

    public static var helpShellCommand: String {
        pick(en: "The command and its arguments.",
             fr: "La commande et ses arguments.")
    }

    public static var helpSimAbstract: String {
        pick(en: "Run simulated tablets on loopback (ADB over TCP) until Ctrl-C.",
             fr: "Faire tourner des tablettes simulées en boucle locale (ADB sur TCP) jusqu'à Ctrl-C.")
    }

    public static var helpSimDiscussion: String {
        pick(en: """
            Tablet i listens on 127.0.0.1:(base-port + i). Faults: --fault TABLETS:FAULT[,FAULT…] where TABLETS is all, 3 or 0-7
            and FAULT is slow=DELAY, latency=DELAY, drop-after=SIZE, auth-refused, storage-full, battery-low, accounts-present, already-provisioned, serve-any-path,
            or for fastboot fastboot-drop-after=SIZE, locked, board=NAME, max-download=SIZE, or for Download mode download-hides-model;
            tablet time install-rate=RATE (an install takes the APK's size at RATE bytes a second, e.g. 4MB) and
            flash-rate=RATE (fastboot and Download mode write at the storage's rate), spent waiting, not on the host's CPU.
            With --fastboot-base-port Q, tablet i serves fastboot over TCP on 127.0.0.1:(Q + i) once `reboot bootloader` put it there;
            with --download-base-port R, a Samsung tablet i serves Download mode (Odin, framed USB transfers, for the USB
            testbed) on 127.0.0.1:(R + i) once `reboot download` put it there.
            """,
             fr: """
            La tablette i écoute sur 127.0.0.1:(base-port + i). Pannes : --fault TABLETS:FAULT[,FAULT…] où TABLETS vaut all, 3 ou 0-7
            et FAULT vaut slow=DELAY, latency=DELAY, drop-after=SIZE, auth-refused, storage-full, battery-low, accounts-present, already-provisioned, serve-any-path,
            ou pour fastboot fastboot-drop-after=SIZE, locked, board=NAME, max-download=SIZE, ou pour le mode Download download-hides-model ;
            le temps de la tablette install-rate=RATE (une installation prend la taille de l'APK à RATE octets par seconde, par exemple 4MB) et
            flash-rate=RATE (fastboot et le mode Download écrivent au débit du stockage), passé à attendre, pas sur le processeur de l'hôte.
            Avec --fastboot-base-port Q, la tablette i sert fastboot sur TCP à 127.0.0.1:(Q + i) une fois que `reboot bootloader` l'y a mise ;
            avec --download-base-port R, une tablette Samsung i sert le mode Download (Odin, transferts USB tramés, pour le banc d'essai
            USB) à 127.0.0.1:(R + i) une fois que `reboot download` l'y a mise.
            """)
    }

    public static var helpSimCount: String {
        pick(en: "How many tablets.",
             fr: "Combien de tablettes.")
    }
}
