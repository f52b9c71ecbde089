/// The help texts: each command's abstract and discussion, each option's help (`valise COMMAND --help`).
/// ArgumentParser's own words around them (USAGE:, OPTIONS:, ARGUMENTS:, SUBCOMMANDS:) stay English.
extension Say {
    public static var helpValiseAbstract: String {
        pick(en: "Provision a case of Android school tablets over USB or TCP.",
             fr: "Préparer une mallette de tablettes Android scolaires par USB ou TCP.")
    }

    public static var helpValiseDiscussion: String {
        pick(en: """
            Tablets are addressed by serial. Tablets reached over the network (or simulated ones) are found
            on the addresses given with --tcp HOST:PORT or HOST:PORT-PORT, or in VALISE_TCP=ADDR,ADDR….
            Exit codes: 0 all tablets done; 2 some tablets need attention; 1 the run failed; 64 bad usage; 65 bad input file.
            """,
             fr: """
            Les tablettes sont désignées par leur numéro de série. Les tablettes jointes par le réseau (ou simulées) sont trouvées
            aux adresses données avec --tcp HOST:PORT ou HOST:PORT-PORT, ou dans VALISE_TCP=ADDR,ADDR….
            Codes de sortie : 0 toutes les tablettes terminées ; 2 des tablettes demandent votre attention ; 1 l'exécution a échoué ; 64 mauvaise utilisation ; 65 mauvais fichier d'entrée.
            """)
    }

    public static var helpTCP: String {
        pick(en: "A tablet over TCP: HOST:PORT or a range HOST:PORT-PORT (repeatable; also VALISE_TCP).",
             fr: "Une tablette en TCP : HOST:PORT ou une plage HOST:PORT-PORT (répétable ; aussi VALISE_TCP).")
    }

    public static var helpVerbose: String {
        pick(en: "Show technical detail in errors.",
             fr: "Afficher le détail technique dans les erreurs.")
    }

    public static var helpAuthTimeout: String {
        pick(en: "Seconds to wait for someone to tap Allow on a tablet.",
             fr: "Secondes à attendre que quelqu'un touche Autoriser sur une tablette.")
    }

    public static var helpStepTimeout: String {
        pick(en: "Seconds one step may take on a tablet (identifying it, each provisioning step), however slowly it answers.",
             fr: "Secondes que peut prendre une étape sur une tablette (l'identifier, chaque étape de préparation), aussi lentement qu'elle réponde.")
    }

    public static var helpCaseMap: String {
        pick(en: "A case map naming each USB port's slot (repeatable; default: Profiles/cases/*.yaml here and $VALISE_HOME/cases).",
             fr: "Un plan de mallette qui nomme l'emplacement de chaque port USB (répétable ; par défaut : Profiles/cases/*.yaml ici et $VALISE_HOME/cases).")
    }

    public static var helpViaADBServer: String {
        pick(en: "Reach USB tablets through the running adb server (port 5037 or ANDROID_ADB_SERVER_PORT) instead of libusb.",
             fr: "Joindre les tablettes USB par le serveur adb lancé (port 5037 ou ANDROID_ADB_SERVER_PORT) au lieu de libusb.")
    }

    public static var helpProfile: String {
        pick(en: "A class profile file, or a folder of profiles (then give --class).",
             fr: "Un fichier de profil de classe, ou un dossier de profils (donnez alors --class).")
    }

    public static var helpClass: String {
        pick(en: "The class (or école case) to use from a folder of profiles, e.g. 5A or valise-1.",
             fr: "La classe (ou la mallette d'école) à prendre dans un dossier de profils, par exemple 5A ou valise-1.")
    }

    public static var helpSchoolWhich: String {
        pick(en: "The school, when several have that class (name, code or folder).",
             fr: "L'école, quand plusieurs ont cette classe (nom, code ou dossier).")
    }

    public static var helpAllowUnconfirmedDemo: String {
        pick(en: "Send values marked '# to confirm' (or placeholder files) to tablets all the same (tests, the demo).",
             fr: "Envoyer quand même aux tablettes les valeurs marquées '# to confirm' (ou les fichiers provisoires) (tests, la démo).")
    }

    public static var helpAllowUnconfirmed: String {
        pick(en: "Send values marked '# to confirm' (or placeholder files) to tablets all the same.",
             fr: "Envoyer quand même aux tablettes les valeurs marquées '# to confirm' (ou les fichiers provisoires).")
    }

    public static var helpAllowUnconfirmedOne: String {
        pick(en: "Send values marked '# to confirm' (or placeholder files) to the tablet all the same.",
             fr: "Envoyer quand même à la tablette les valeurs marquées '# to confirm' (ou les fichiers provisoires).")
    }

    public static var helpInventory: String {
        pick(en: "The inventory: an SQLite file, or a district server postgres://USER@HOST:PORT/DATABASE (password in a 0600 pgpass file). Default: VALISE_INVENTORY, else this station's own.",
             fr: "L'inventaire : un fichier SQLite, ou un serveur du district postgres://USER@HOST:PORT/DATABASE (mot de passe dans un fichier pgpass en 0600). Par défaut : VALISE_INVENTORY, sinon celui de ce poste.")
    }

    public static var helpJobs: String {
        pick(en: "Tablets worked on at once.",
             fr: "Tablettes traitées en même temps.")
    }

    public static var helpJobsInAll: String {
        pick(en: "Tablets worked on at once, in all.",
             fr: "Tablettes traitées en même temps, en tout.")
    }

    public static var helpJSONResults: String {
        pick(en: "Print the results as JSON.",
             fr: "Afficher les résultats en JSON.")
    }

    public static var helpJSONResult: String {
        pick(en: "Print the result as JSON.",
             fr: "Afficher le résultat en JSON.")
    }

    public static var helpOnlyThisTablet: String {
        pick(en: "Only this tablet (repeatable).",
             fr: "Seulement cette tablette (répétable).")
    }

    public static var helpSerialOrAddress: String {
        pick(en: "The tablet's serial (or HOST:PORT).",
             fr: "Le numéro de série de la tablette (ou HOST:PORT).")
    }

    public static var helpProvisionAbstract: String {
        pick(en: "Provision tablets from a class profile: enrol, apps, settings, Wi-Fi, ENT, signed bundle.",
             fr: "Préparer des tablettes à partir d'un profil de classe : enrôlement, applications, réglages, Wi-Fi, ENT, lot de configuration signé.")
    }

    public static var helpProvisionDiscussion: String {
        pick(en: "Exit codes: 0 every tablet done; 2 some tablets need attention (the summary says which and why); 1 the run failed.",
             fr: "Codes de sortie : 0 chaque tablette terminée ; 2 des tablettes demandent votre attention (le résumé dit lesquelles et pourquoi) ; 1 l'exécution a échoué.")
    }

    public static var helpAll: String {
        pick(en: "Every tablet found.",
             fr: "Toutes les tablettes trouvées.")
    }

    public static var helpDryRun: String {
        pick(en: "Say what would change on each tablet; change nothing.",
             fr: "Dire ce qui changerait sur chaque tablette ; ne rien changer.")
    }

    public static var helpProvisionFirmwareCatalog: String {
        pick(en: "Flash tablets behind this firmware catalog first (all at once, each image read once); without it the firmware is only checked against the profile's level.",
             fr: "Flasher d'abord les tablettes en retard sur ce catalogue de firmware (toutes à la fois, chaque image lue une fois) ; sans lui, le firmware est seulement comparé au niveau du profil.")
    }

    public static var helpWait: String {
        pick(en: "A tablet another valise run is working on: wait for it (up to --step-timeout) instead of skipping it as busy.",
             fr: "Une tablette sur laquelle travaille une autre exécution de valise : l'attendre (jusqu'à --step-timeout) au lieu de la sauter comme occupée.")
    }

    public static var helpDemoAbstract: String {
        pick(en: "Provision a simulated case of tablets end to end (nothing real is touched).",
             fr: "Préparer de bout en bout une mallette de tablettes simulées (rien de réel n'est touché).")
    }

    public static var helpDemoDiscussion: String {
        pick(en: "A mix of Android 11–14 tablets on loopback; one has a flat battery and one has an account on it, so two need a hand.",
             fr: "Un mélange de tablettes Android 11 à 14 en boucle locale ; l'une a la batterie à plat et une autre a un compte, donc deux sont à reprendre.")
    }

    public static var helpDemoCount: String {
        pick(en: "How many simulated tablets.",
             fr: "Combien de tablettes simulées.")
    }

    public static var helpDemoReport: String {
        pick(en: "Where to write the HTML report of the case (default: valise-demo-report.html in $VALISE_HOME, ~/.local/share/valise unless set).",
             fr: "Où écrire le rapport HTML de la mallette (par défaut : valise-demo-report.html dans $VALISE_HOME, ~/.local/share/valise s'il n'est pas défini).")
    }

    public static var helpDevicesAbstract: String {
        pick(en: "List the tablets: slot, serial, model, Android, battery, state.",
             fr: "Lister les tablettes : emplacement, numéro de série, modèle, Android, batterie, état.")
    }

    public static var helpJSONTable: String {
        pick(en: "Print JSON instead of a table.",
             fr: "Afficher du JSON au lieu d'un tableau.")
    }

    public static var helpDevicesWatch: String {
        pick(en: "Print arrivals and departures (USB and the --tcp addresses) as they happen, until Ctrl-C.",
             fr: "Afficher les arrivées et les départs (USB et les adresses --tcp) au fil de l'eau, jusqu'à Ctrl-C.")
    }

    public static var helpWatchSeconds: String {
        pick(en: "Stop watching after this many seconds.",
             fr: "Arrêter la surveillance après ce nombre de secondes.")
    }

    public static var helpDoctorAbstract: String {
        pick(en: "Check USB access, udev rules, a running adb server, tablet authorisations, hubs, the parc keys, the secrets file, "
            + "a profile's agent APK, --tcp tablets and the district inventory.",
             fr: "Vérifier l'accès USB, les règles udev, un serveur adb lancé, les autorisations des tablettes, les hubs USB, les clés du parc, le fichier des secrets, l'APK d'agent d'un profil, les tablettes --tcp et l'inventaire du district.")
    }

    public static var helpDoctorDiscussion: String {
        pick(en: "Exit status 0 when everything is fine, 2 when something needs attention (each finding says the fix).",
             fr: "Code de sortie 0 quand tout va bien, 2 quand quelque chose demande votre attention (chaque point dit la solution).")
    }

    public static var helpJSONText: String {
        pick(en: "Print JSON instead of text.",
             fr: "Afficher du JSON au lieu de texte.")
    }

    public static var helpRulesDir: String {
        pick(en: "Where to look for udev rules (repeatable; default: the system's folders).",
             fr: "Où chercher les règles udev (répétable ; par défaut : les dossiers du système).")
    }

    public static var helpMaxPerRootPort: String {
        pick(en: "Tablets one root port of the workstation should carry at most.",
             fr: "Nombre maximal de tablettes qu'un port racine du poste devrait porter.")
    }

    public static var helpDoctorProfile: String {
        pick(en: "A class profile whose agent APK to check too.",
             fr: "Un profil de classe dont vérifier aussi l'APK d'agent.")
    }

    public static var helpQRAbstract: String {
        pick(en: "Write the Android Enterprise enrolment QR code (JSON + PNG) for a class's reset tablets.",
             fr: "Écrire le QR code d'enrôlement Android Enterprise (JSON + PNG) pour les tablettes réinitialisées d'une classe.")
    }

    public static var helpAgentURL: String {
        pick(en: "Where tablets download the agent APK (https).",
             fr: "Où les tablettes téléchargent l'APK de l'agent (https).")
    }

    public static var helpAgentAPK: String {
        pick(en: "The agent APK, to compute its signature checksum (default: the profile's).",
             fr: "L'APK de l'agent, pour calculer l'empreinte de sa signature (par défaut : celui du profil).")
    }

    public static var helpSignatureChecksum: String {
        pick(en: "The checksum itself (base64url SHA-256 of the signing certificate).",
             fr: "L'empreinte elle-même (SHA-256 en base64url du certificat de signature).")
    }

    public static var helpQROutput: String {
        pick(en: "The PNG to write (the JSON goes beside it, .json).",
             fr: "Le PNG à écrire (le JSON va à côté, .json).")
    }

    public static var helpQRShow: String {
        pick(en: "Also draw the code in the terminal.",
             fr: "Dessiner aussi le code dans le terminal.")
    }

    public static var helpMobileConfigAbstract: String {
        pick(en: "Write a signed Apple configuration profile (Wi-Fi, proxy, CA, ENT web clips) for a class's iPads.",
             fr: "Écrire un profil de configuration Apple signé (Wi-Fi, proxy, autorité, raccourcis web de l'ENT) pour les iPad d'une classe.")
    }

    public static var helpMobileConfigOutput: String {
        pick(en: "The file to write (default: CLASS.mobileconfig).",
             fr: "Le fichier à écrire (par défaut : CLASS.mobileconfig).")
    }

    public static var helpFirmwareAbstract: String {
        pick(en: "Check tablets against the firmware catalog, and flash those behind (fastboot, or Download mode for Samsung).",
             fr: "Comparer les tablettes au catalogue de firmware, et flasher celles en retard (fastboot, ou mode Download pour Samsung).")
    }

    public static var helpFirmwareDiscussion: String {
        pick(en: """
            The catalog (Firmware/README.md) gives, per board, the build tablets must run and how to flash it. A TCP tablet's
            fastboot endpoint is given with --fastboot-tcp, in the same order as --tcp (docs/firmware.md).
            Exit codes: 0 every tablet up to date or flashed; 2 some need a hand (table above); 65 a bad catalog.
            """,
             fr: """
            Le catalogue (Firmware/README.md) donne, par carte, la version que les tablettes doivent avoir et comment la flasher. L'adresse
            fastboot d'une tablette TCP est donnée avec --fastboot-tcp, dans le même ordre que --tcp (docs/firmware.md).
            Codes de sortie : 0 chaque tablette à jour ou flashée ; 2 des tablettes sont à reprendre (tableau ci-dessus) ; 65 un mauvais catalogue.
            """)
    }

    public static var helpFirmwareCatalog: String {
        pick(en: "The firmware catalog (default: Firmware/catalog.yaml, else Firmware/demo/catalog.yaml).",
             fr: "Le catalogue de firmware (par défaut : Firmware/catalog.yaml, sinon Firmware/demo/catalog.yaml).")
    }

    public static var helpFastbootTCP: String {
        pick(en: "Each TCP tablet's fastboot endpoint, in --tcp order: HOST:PORT or HOST:PORT-PORT (also VALISE_FASTBOOT_TCP).",
             fr: "L'adresse fastboot de chaque tablette TCP, dans l'ordre de --tcp : HOST:PORT ou HOST:PORT-PORT (aussi VALISE_FASTBOOT_TCP).")
    }

    public static var helpFirmwareCheckAbstract: String {
        pick(en: "Per tablet: up to date, needs flashing, or unknown model.",
             fr: "Par tablette : à jour, à flasher, ou modèle inconnu.")
    }

    public static var helpFirmwareFlashAbstract: String {
        pick(en: "Flash the catalog's build to tablets behind it: bootloader, check, flash, reboot, confirm.",
             fr: "Flasher la version du catalogue sur les tablettes en retard : bootloader, vérification, flash, redémarrage, confirmation.")
    }

    public static var helpFirmwareAll: String {
        pick(en: "Every tablet behind the catalog.",
             fr: "Toutes les tablettes en retard sur le catalogue.")
    }

    public static var helpFirmwareForce: String {
        pick(en: "Flash even tablets already up to date.",
             fr: "Flasher même les tablettes déjà à jour.")
    }

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
