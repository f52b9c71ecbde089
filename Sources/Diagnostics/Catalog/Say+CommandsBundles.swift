import Foundation

/// What the qr, mobileconfig, bundle and firmware commands print, and pieces other messages take.
extension Say {
    // MARK: qr and mobileconfig

    public static func notAURL(_ url: String) -> String {
        pick(en: "--agent-url \(url) is not a URL.", fr: "--agent-url \(url) n'est pas une URL.")
    }

    public static func notAChecksum(_ checksum: String) -> String {
        pick(en: "--signature-checksum \(checksum) is not a signing-certificate checksum: it is 43 characters of "
                + "base64url (the SHA-256 of the agent's signing certificate). Leave it out and Valise reads it from the agent APK, "
                + "or copy it from: apksigner verify --print-certs valise-agent.apk (the SHA-256 digest, in base64url).",
             fr: "--signature-checksum \(checksum) n'est pas une empreinte de certificat de signature : c'est 43 caractères de "
                + "base64url (le SHA-256 du certificat de signature de l'agent). Retirez-le et Valise la lit dans l'APK de l'agent, "
                + "ou copiez-la depuis : apksigner verify --print-certs valise-agent.apk (l'empreinte SHA-256, en base64url).")
    }

    public static var noAgentAPKGiven: String {
        pick(en: "The profile names no agent APK: give --agent-apk FILE or --signature-checksum VALUE.",
             fr: "Le profil ne nomme pas d'APK d'agent : donnez --agent-apk FILE ou --signature-checksum VALUE.")
    }

    /// `FILE: problem.`
    public static func fileProblem(_ path: String, _ problem: String) -> String {
        pick(en: "\(path): \(problem).", fr: "\(path) : \(problem).")
    }

    /// `bytes` of enrolment data where a QR code holds `capacity` at the correction level used.
    public static func qrTooBig(bytes: Int, capacity: Int) -> String {
        pick(en: "The enrolment data does not fit in a QR code (too long: \(bytes) bytes; the largest QR code holds \(capacity) bytes at this correction level). Shorten the agent URL or the Wi-Fi settings.",
             fr: "Les données d'enrôlement ne tiennent pas dans un QR code (trop longues : \(bytes) octets ; le plus grand QR code en contient \(capacity) à ce niveau de correction). Raccourcissez l'URL de l'agent ou les réglages Wi-Fi.")
    }

    public static func qrWritten(_ png: String, version: Int, size: Int, json: String, secrets: Bool) -> String {
        pick(en: "Wrote \(png) (QR version \(version), \(size)×\(size)) and \(json)"
                + (secrets ? "; both hold the Wi-Fi passphrase: readable by you only." : "."),
             fr: "\(png) (QR version \(version), \(size)×\(size)) et \(json) écrits"
                + (secrets ? " ; tous deux contiennent la phrase secrète du Wi-Fi : lisibles par vous seulement." : "."))
    }

    public static var qrNoParcKeys: String {
        pick(en: "Note: no parc keys yet (valise keys init), so the code carries no CA fingerprint.",
             fr: "Remarque : pas encore de clés du parc (valise keys init), donc le code ne porte pas d'empreinte d'autorité.")
    }

    public static var qrHowToScan: String {
        pick(en: "On a reset tablet: tap the welcome screen six times, connect to Wi-Fi if asked, then scan the code.",
             fr: "Sur une tablette réinitialisée : touchez six fois l'écran d'accueil, connectez-vous au Wi-Fi si demandé, puis scannez le code.")
    }

    public static func mobileConfigWritten(_ path: String, wifi: Int, certificates: Int, webClips: Int, signer: String) -> String {
        pick(en: "Wrote \(path): \(wifi) Wi-Fi network(s), \(certificates) certificate(s), \(webClips) web clip(s), "
                + "signed by \(signer). Open it with Apple Configurator, or upload it to your MDM.",
             fr: "\(path) écrit : \(wifi) réseau(x) Wi-Fi, \(certificates) certificat(s), \(webClips) raccourci(s) web, "
                + "signé par \(signer). Ouvrez-le avec Apple Configurator, ou déposez-le dans votre MDM.")
    }

    // MARK: bundle

    public static var sequenceAndDays: String {
        pick(en: "--sequence must be ≥ 1 and --valid-days between 1 and 3650.", fr: "--sequence doit être ≥ 1 et --valid-days entre 1 et 3650.")
    }

    public static func notADate(_ text: String) -> String {
        pick(en: "--issued-at \(text) is not an ISO 8601 date such as 2026-09-01T07:30:00Z.",
             fr: "--issued-at \(text) n'est pas une date ISO 8601 comme 2026-09-01T07:30:00Z.")
    }

    public static func bundleWritten(_ path: String, bytes: Int, secrets: Bool, tablet: String, sequence: Int, signed: Bool) -> String {
        pick(en: "Wrote \(path) (\(bytes) bytes\(secrets ? ", holds secrets: readable by you only" : "")), "
                + "tablet \(tablet), sequence \(sequence)\(signed ? ", signed (.sig)" : "").",
             fr: "\(path) écrit (\(bytes) octets\(secrets ? ", contient des secrets : lisible par vous seulement" : "")), "
                + "tablette \(tablet), séquence \(sequence)\(signed ? ", signé (.sig)" : "").")
    }

    public static func bundlesWritten(_ count: Int, in folder: String, signed: Bool) -> String {
        pick(en: "Wrote \(count) bundle\(count == 1 ? "" : "s") in \(folder)\(signed ? ", signed" : "").",
             fr: "\(count) \(count <= 1 ? "lot de configuration écrit" : "lots de configuration écrits") dans \(folder)\(signed ? (count <= 1 ? ", signé" : ", signés") : "").")
    }

    public static var giveSerialAndSlot: String {
        pick(en: "Give --serial and --slot (or --batch FILE).", fr: "Donnez --serial et --slot (ou --batch FILE).")
    }

    public static var batchGoesWithOutputDir: String {
        pick(en: "--batch goes with --output-dir, not --serial, --slot or --output.", fr: "--batch va avec --output-dir, pas avec --serial, --slot ou --output.")
    }

    public static func bundleSigned(_ bundle: String, to target: String, bytes: Int, by signer: String) -> String {
        pick(en: "Signed \(bundle) → \(target) (\(bytes) bytes, by \(signer)).", fr: "\(bundle) signé → \(target) (\(bytes) octets, par \(signer)).")
    }

    public static var giveCAInPEM: String {
        pick(en: "Give a CA certificate in PEM form with --ca.", fr: "Donnez un certificat d'autorité au format PEM avec --ca.")
    }

    public static func bundleVerified(_ bundle: String, ca: String, issued: String, expires: String) -> String {
        pick(en: "\(bundle): signature valid, trusted by \(ca); dates valid (issued \(issued), expires \(expires)).",
             fr: "\(bundle) : signature valide, reconnue par \(ca) ; dates valides (émis le \(issued), expire le \(expires)).")
    }

    public static var bundleChangedAfterSigning: String {
        pick(en: "The bundle was changed after signing: build and sign it again.", fr: "Le lot de configuration a été modifié après sa signature : construisez-le et signez-le de nouveau.")
    }

    public static var signedByAnotherParc: String {
        pick(en: "It was signed by another parc's keys: sign it with this parc's keys (valise bundle sign).",
             fr: "Il a été signé par les clés d'un autre parc : signez-le avec les clés de ce parc (valise bundle sign).")
    }

    public static var renewSignerThenSign: String {
        pick(en: "Renew the signing certificate, then sign the bundle again.", fr: "Renouvelez le certificat de signature, puis signez de nouveau le lot de configuration.")
    }

    public static var signatureDamaged: String {
        pick(en: "The signature file is damaged or not DER CMS: sign the bundle again.",
             fr: "Le fichier de signature est abîmé ou n'est pas du CMS DER : signez de nouveau le lot de configuration.")
    }

    public static func badBatchLine(_ file: String, line: Int, text: String) -> String {
        pick(en: "\(file):\(line): \"\(text)\" is not \"SERIAL SLOT\".", fr: "\(file):\(line) : \"\(text)\" n'est pas \"SERIAL SLOT\".")
    }

    public static var batchLineWhy: String {
        pick(en: "Each line of a batch file names one tablet: its serial number, a space, its slot number.",
             fr: "Chaque ligne d'un fichier de lot nomme une tablette : son numéro de série, une espace, son numéro d'emplacement.")
    }

    public static var batchLineFix: String {
        pick(en: "Fix that line (for example: R52N80ABCDE 3), then run the command again.",
             fr: "Corrigez cette ligne (par exemple : R52N80ABCDE 3), puis relancez la commande.")
    }

    public static func signatureInvalid(_ bundle: String) -> String {
        pick(en: "The signature of \(bundle) is not valid.", fr: "La signature de \(bundle) n'est pas valide.")
    }

    /// How far clocks may differ: `5 minutes`.
    public static func minutes(_ count: Int) -> String {
        pick(en: "\(count) minutes", fr: "\(count) minutes")
    }

    public static func bundleExpired(_ bundle: String, on date: String) -> String {
        pick(en: "\(bundle) expired on \(date) (expires_at).", fr: "\(bundle) a expiré le \(date) (expires_at).")
    }

    public static func bundleNotYetValid(_ bundle: String, before date: String) -> String {
        pick(en: "\(bundle) is not valid before \(date) (issued_at).", fr: "\(bundle) n'est pas valide avant le \(date) (issued_at).")
    }

    public static func notABundle(_ bundle: String) -> String {
        pick(en: "\(bundle) is not a bundle (not a JSON object).", fr: "\(bundle) n'est pas un lot de configuration (pas un objet JSON).")
    }

    public static func bundleLacks(_ bundle: String, _ field: String) -> String {
        pick(en: "\(bundle) has no \(field).", fr: "\(bundle) n'a pas de \(field).")
    }

    public static func bundleBadDate(_ bundle: String, _ field: String, _ text: String) -> String {
        pick(en: "\(bundle) has an \(field) that is not a date: \"\(text)\".", fr: "\(bundle) a un \(field) qui n'est pas une date : \"\(text)\".")
    }

    public static func clockSays(_ now: String, tolerance: String) -> String {
        pick(en: "this computer's clock says \(now), and \(tolerance) of difference between clocks are allowed",
             fr: "l'horloge de cet ordinateur indique \(now), et \(tolerance) d'écart entre les horloges sont admises")
    }

    public static func bundleExpiredWhy(_ clock: String) -> String {
        pick(en: "Its signature is valid, but its expires_at is past: \(clock). A tablet refuses it.",
             fr: "Sa signature est valide, mais son expires_at est passé : \(clock). Une tablette le refuse.")
    }

    public static func bundleNotYetValidWhy(_ clock: String) -> String {
        pick(en: "Its signature is valid, but its issued_at is in the future: \(clock). A tablet refuses it.",
             fr: "Sa signature est valide, mais son issued_at est dans le futur : \(clock). Une tablette le refuse.")
    }

    public static var bundleDatesWhy: String {
        pick(en: "A bundle states when it was issued and when it expires (issued_at and expires_at, ISO 8601).",
             fr: "Un lot de configuration dit quand il a été émis et quand il expire (issued_at et expires_at, ISO 8601).")
    }

    public static var checkClocksThenRebuild: String {
        pick(en: "Check the date of this computer and of the one that built the bundle, then build and sign it again (valise bundle build … --sign).",
             fr: "Vérifiez la date de cet ordinateur et de celui qui a construit le lot de configuration, puis construisez-le et signez-le de nouveau (valise bundle build … --sign).")
    }

    public static var buildNewBundle: String {
        pick(en: "Build and sign a new bundle for this tablet (valise bundle build … --sign).",
             fr: "Construisez et signez un nouveau lot de configuration pour cette tablette (valise bundle build … --sign).")
    }

    // MARK: firmware

    public static func fastbootTCPProblem(_ problem: String) -> String {
        pick(en: "--fastboot-tcp: \(problem)", fr: "--fastboot-tcp : \(problem)")
    }

    public static var headerBoard: String { pick(en: "BOARD", fr: "CARTE") }
    public static var headerBuild: String { pick(en: "BUILD", fr: "VERSION") }
    public static var headerPatch: String { pick(en: "PATCH", fr: "CORRECTIF") }
    public static var headerStatus: String { pick(en: "STATUS", fr: "STATUT") }
    public static var headerBefore: String { pick(en: "BEFORE", fr: "AVANT") }
    public static var headerAfter: String { pick(en: "AFTER", fr: "APRÈS") }
    public static var headerPort: String { pick(en: "PORT", fr: "PORT") }

    public static var failedNoFastbootEndpoint: String {
        pick(en: "failed: no fastboot endpoint", fr: "échec : pas d'adresse fastboot")
    }

    public static func noTabletWithSerial(_ serials: String) -> String {
        pick(en: "No tablet here has serial \(serials): run `valise firmware check` to see the serials.",
             fr: "Aucune tablette ici n'a le numéro de série \(serials) : lancez `valise firmware check` pour voir les numéros de série.")
    }

    /// A tablet's result in the flash table: `flashed`, `flashed (2 retried)`, `flashed, rebooting`, `failed`.
    public static func flashed(retries: Int = 0) -> String {
        pick(en: "flashed" + (retries > 0 ? " (\(retries) retried)" : ""), fr: "flashée" + (retries > 0 ? " (\(retries) \(retries <= 1 ? "nouvel essai" : "nouveaux essais"))" : ""))
    }

    public static var flashedRebooting: String { pick(en: "flashed, rebooting", fr: "flashée, redémarre") }
    public static var flashFailed: String { pick(en: "failed", fr: "échec") }

    public static func giveHostPort(_ option: String, _ address: String) -> String {
        pick(en: "\(option) \(address): give HOST:PORT.", fr: "\(option) \(address) : donnez HOST:PORT.")
    }

    public static func fastbootCountMismatch(endpoints: Int, tablets: Int) -> String {
        pick(en: "--fastboot-tcp names \(endpoints) endpoint\(endpoints == 1 ? "" : "s") for \(tablets) --tcp tablet\(tablets == 1 ? "" : "s"): give one per tablet, in the same order.",
             fr: "--fastboot-tcp nomme \(endpoints) \(endpoints <= 1 ? "adresse" : "adresses") pour \(tablets) \(tablets <= 1 ? "tablette" : "tablettes") --tcp : donnez-en une par tablette, dans le même ordre.")
    }

    public static func noFastbootEndpoint(_ tablet: String) -> String {
        pick(en: "Valise does not know where tablet \(tablet) answers fastboot.", fr: "Valise ne sait pas où la tablette \(tablet) répond en fastboot.")
    }

    public static var fastbootEndpointWhy: String {
        pick(en: "A tablet over TCP answers fastboot on an address of its own.", fr: "Une tablette en TCP répond en fastboot sur une adresse à elle.")
    }

    public static var fastbootEndpointFix: String {
        pick(en: "Give --fastboot-tcp HOST:PORT for each --tcp tablet, in the same order, then run the command again.",
             fr: "Donnez --fastboot-tcp HOST:PORT pour chaque tablette --tcp, dans le même ordre, puis relancez la commande.")
    }

    public static func checkingPackage(_ name: String) -> String {
        pick(en: "Checking \(name)…", fr: "Vérification de \(name)…")
    }

    public static var noTabletInDownloadMode: String {
        pick(en: "No tablet in Download mode. Hold Volume Down and Volume Up while plugging each tablet in, then run this again.",
             fr: "Aucune tablette en mode Download. Maintenez Volume bas et Volume haut en branchant chaque tablette, puis relancez la commande.")
    }

    public static func flashingPackages(_ packages: Int, tablets: Int) -> String {
        pick(en: "Flashing \(packages) package(s) to \(tablets) tablet(s) in Download mode…",
             fr: "Flash de \(packages) paquet(s) sur \(tablets) tablette(s) en mode Download…")
    }

    /// Which tablet, in a Samsung flash error: `on port 1-1.3`.
    public static func onPort(_ path: String) -> String {
        pick(en: "on port \(path)", fr: "sur le port \(path)")
    }

    // MARK: Pieces other messages take

    /// A Samsung tablet not (yet) seen in Download mode on its port.
    public static func notInDownloadModeYet(port: String) -> String {
        pick(en: "no tablet in Download mode at usb \(port) yet", fr: "pas encore de tablette en mode Download sur usb \(port)")
    }
}
