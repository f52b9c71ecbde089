/// The help texts: each command's abstract and discussion, each option's help (`valise COMMAND --help`), in three files
/// (`Say+Help.swift`, `Say+Help2.swift`, `Say+Help3.swift`) in the order of the commands. ArgumentParser's own words
/// around them (USAGE:, OPTIONS:…) are in `Say+Parser.swift`.
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
}
