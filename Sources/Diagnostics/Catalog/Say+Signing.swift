/// Signing: the parc keys, certificates, CMS and bundle signatures, this workstation's ADB keys and their files.
/// OpenSSL's own error-queue text is not translated (it is the errors' technical `detail`).
extension Say {
    // MARK: Memory and randomness

    public static var signingOutOfMemory: String { pick(en: "Out of memory.", fr: "Mémoire insuffisante.") }

    public static var signingOutOfMemoryReading: String {
        pick(en: "Out of memory while reading data.", fr: "Mémoire insuffisante pendant la lecture des données.")
    }

    public static var signingOutOfMemoryWriting: String {
        pick(en: "Out of memory while writing data.", fr: "Mémoire insuffisante pendant l'écriture des données.")
    }

    public static var signingRandomFailed: String {
        pick(en: "The system random number generator failed.", fr: "Le générateur de nombres aléatoires du système a échoué.")
    }

    // MARK: The parc keys

    public static func signingKeysAlreadyExist(folder: String) -> String {
        pick(en: "Keys already exist in \(folder); they are never replaced. "
                + "Run `valise keys show` to see them. To start over on purpose, move the folder away first.",
             fr: "Des clés existent déjà dans \(folder) ; elles ne sont jamais remplacées. "
                + "Lancez `valise keys show` pour les voir. Pour repartir de zéro volontairement, déplacez d'abord le dossier.")
    }

    /// `path` appeared while Valise was creating the parc keys there.
    public static func signingKeyAppeared(path: String) -> String {
        pick(en: "\(path) appeared while the keys were being created; another Valise is creating keys. Run `valise keys show`.",
             fr: "\(path) est apparu pendant la création des clés ; une autre Valise est en train de créer des clés. Lancez `valise keys show`.")
    }

    public static func signingNoParcKeys(folder: String) -> String {
        pick(en: "There are no parc keys in \(folder) yet. Create them with: valise keys init --organization \"…\"",
             fr: "Il n'y a pas encore de clés du parc dans \(folder). Créez-les avec : valise keys init --organization \"…\"")
    }

    /// `missing`: the file names, joined with ", ".
    public static func signingParcKeysIncomplete(folder: String, missing: String) -> String {
        pick(en: "The parc keys in \(folder) are incomplete (missing \(missing)). "
                + "Restore them from your backup; Valise will not replace the others.",
             fr: "Les clés du parc dans \(folder) sont incomplètes (il manque \(missing)). "
                + "Restaurez-les depuis votre sauvegarde ; Valise ne remplacera pas les autres.")
    }

    /// `mode`: the file's permission bits in octal ("644").
    public static func signingPrivateKeyReadableByOthers(path: String, mode: String) -> String {
        pick(en: "The private key \(path) can be read by other users of this computer "
                + "(mode \(mode)); Valise refuses to use it. Fix it with: chmod 600 \(path)",
             fr: "La clé privée \(path) peut être lue par les autres utilisateurs de cet ordinateur "
                + "(mode \(mode)) ; Valise refuse de l'utiliser. Corrigez avec : chmod 600 \(path)")
    }

    public static func signingPrivateKeyUnusable(path: String, reason: String) -> String {
        pick(en: "The private key \(path) is not usable: \(reason)", fr: "La clé privée \(path) n'est pas utilisable : \(reason)")
    }

    public static func signingFileUnreadable(_ path: String) -> String {
        pick(en: "\(path) cannot be read. Check that it exists and that this user may read it.",
             fr: "\(path) ne peut pas être lu. Vérifiez qu'il existe et que cet utilisateur peut le lire.")
    }

    // MARK: Folders and key files Valise writes

    public static func signingFolderNotCreated(_ folder: String) -> String {
        pick(en: "Valise could not create \(folder). Check that this user may write there.",
             fr: "Valise n'a pas pu créer \(folder). Vérifiez que cet utilisateur peut y écrire.")
    }

    public static func signingOwnFolderNotCreated(_ folder: String) -> String {
        pick(en: "Valise could not create its folder \(folder). Check that this user may write there.",
             fr: "Valise n'a pas pu créer son dossier \(folder). Vérifiez que cet utilisateur peut y écrire.")
    }

    public static func signingFileNotWritten(_ path: String) -> String {
        pick(en: "Valise could not write \(path). Check that this user may write there.",
             fr: "Valise n'a pas pu écrire \(path). Vérifiez que cet utilisateur peut y écrire.")
    }

    /// `reason`: the system's words (strerror).
    public static func signingKeyFileNotCreated(_ path: String, reason: String) -> String {
        pick(en: "Valise could not create the key file \(path) (\(reason)). Check that this user may write to that folder.",
             fr: "Valise n'a pas pu créer le fichier de clé \(path) (\(reason)). Vérifiez que cet utilisateur peut écrire dans ce dossier.")
    }

    // MARK: This workstation's ADB keys

    public static func adbKeyFileUnreadable(_ path: String) -> String {
        pick(en: "The ADB key file \(path) cannot be read. Check that it exists and that this user may read it (ls -l \(path)).",
             fr: "Le fichier de clé ADB \(path) ne peut pas être lu. Vérifiez qu'il existe et que cet utilisateur peut le lire (ls -l \(path)).")
    }

    /// `reason`: the key's own problem, a whole sentence ending with its period.
    public static func adbKeyFileUnusable(_ path: String, reason: String) -> String {
        pick(en: "The ADB key file \(path) is not usable: \(reason) Replace it with a valid key or move it away so a new one is created.",
             fr: "Le fichier de clé ADB \(path) n'est pas utilisable : \(reason) Remplacez-le par une clé valide ou déplacez-le pour qu'une nouvelle clé soit créée.")
    }

    /// A warning: the key file's `mode` (octal) lets other users read it.
    public static func adbKeyFileReadableByOthers(_ path: String, mode: String) -> String {
        pick(en: "The ADB key file \(path) can be read by other users of this computer (mode \(mode)). Fix it with: chmod 600 \(path)",
             fr: "Le fichier de clé ADB \(path) peut être lu par les autres utilisateurs de cet ordinateur (mode \(mode)). Corrigez avec : chmod 600 \(path)")
    }

    public static func adbKeyInFileUnusable(_ path: String, reason: String) -> String {
        pick(en: "The key in \(path) cannot be used: \(reason)", fr: "La clé dans \(path) ne peut pas être utilisée : \(reason)")
    }

    /// A warning: an ADB_VENDOR_KEYS entry that does not exist.
    public static func adbVendorKeyMissing(_ entry: String) -> String {
        pick(en: "ADB_VENDOR_KEYS names \(entry), which does not exist; it was skipped.",
             fr: "ADB_VENDOR_KEYS désigne \(entry), qui n'existe pas ; il a été ignoré.")
    }

    public static func adbVendorFolderUnreadable(_ entry: String) -> String {
        pick(en: "The ADB_VENDOR_KEYS folder \(entry) cannot be read. Check its permissions or remove it from ADB_VENDOR_KEYS.",
             fr: "Le dossier ADB_VENDOR_KEYS \(entry) ne peut pas être lu. Vérifiez ses droits ou retirez-le d'ADB_VENDOR_KEYS.")
    }

    public static func adbKeyWrongSize(bits: Int) -> String {
        pick(en: "ADB needs a 2048-bit RSA key; this key has \(bits) bits.",
             fr: "ADB a besoin d'une clé RSA de 2048 bits ; cette clé en a \(bits).")
    }

    public static func adbTokenWrongSize(_ count: Int) -> String {
        pick(en: "An ADB token must be 20 bytes long; the tablet sent \(count).",
             fr: "Un jeton ADB doit faire 20 octets ; la tablette en a envoyé \(count).")
    }

    public static var adbSignaturePrepareFailed: String {
        pick(en: "Could not prepare the ADB signature.", fr: "Impossible de préparer la signature ADB.")
    }

    public static var adbTokenNotSigned: String { pick(en: "Could not sign the ADB token.", fr: "Impossible de signer le jeton ADB.") }

    // MARK: ADB public keys (adbkey.pub)

    public static var adbPublicKeyAndroidFormFailed: String {
        pick(en: "Could not compute the Android form of the public key.", fr: "Impossible de calculer la forme Android de la clé publique.")
    }

    public static func adbPublicKeyWrongLength(expected: Int, actual: Int) -> String {
        pick(en: "An ADB public key must be \(expected) bytes; this one is \(actual).",
             fr: "Une clé publique ADB doit faire \(expected) octets ; celle-ci en fait \(actual).")
    }

    public static func adbPublicKeyWrongWords(_ words: Int) -> String {
        pick(en: "Only 2048-bit ADB public keys are supported (this one declares \(words) words).",
             fr: "Seules les clés publiques ADB de 2048 bits sont prises en charge (celle-ci annonce \(words) mots).")
    }

    public static func adbPublicKeyBadExponent(_ exponent: Int) -> String {
        pick(en: "The ADB public key has an unsupported exponent (\(exponent)); expected 3 or 65537.",
             fr: "La clé publique ADB a un exposant non pris en charge (\(exponent)) ; 3 ou 65537 attendu.")
    }

    public static var adbPublicKeyDamaged: String {
        pick(en: "The ADB public key is damaged (its modulus is not a valid 2048-bit RSA modulus).",
             fr: "La clé publique ADB est abîmée (son module n'est pas un module RSA de 2048 bits valide).")
    }

    public static var notAnADBPublicKey: String {
        pick(en: "This is not an ADB public key (expected base64 text as in adbkey.pub).",
             fr: "Ce n'est pas une clé publique ADB (texte base64 attendu, comme dans adbkey.pub).")
    }

    public static var adbPublicKeyNotBuilt: String {
        pick(en: "Could not build the public key.", fr: "Impossible de construire la clé publique.")
    }

    public static var adbPublicKeyNotRSA: String {
        pick(en: "The ADB public key is not a usable RSA key.", fr: "La clé publique ADB n'est pas une clé RSA utilisable.")
    }

    public static var publicKeyNotEncoded: String {
        pick(en: "Could not encode the public key.", fr: "Impossible d'encoder la clé publique.")
    }

    // MARK: RSA private keys

    public static var keyNotRSA: String {
        pick(en: "The key is not an RSA key. ADB and Valise need RSA keys.", fr: "Cette clé n'est pas une clé RSA. ADB et Valise ont besoin de clés RSA.")
    }

    public static var rsaKeyNumbersMissing: String {
        pick(en: "The RSA key could not be read (its numbers are missing).", fr: "La clé RSA n'a pas pu être lue (ses nombres manquent).")
    }

    public static func rsaKeySizeOutOfRange(_ bits: Int) -> String {
        pick(en: "RSA keys must be between 1024 and 16384 bits (2048 is normal); \(bits) was asked for.",
             fr: "Les clés RSA doivent faire entre 1024 et 16384 bits (2048 est la taille habituelle) ; \(bits) ont été demandés.")
    }

    public static var rsaKeyGenerationNotStarted: String {
        pick(en: "Could not start creating an RSA key.", fr: "Impossible de commencer la création d'une clé RSA.")
    }

    public static var rsaKeyNotCreated: String { pick(en: "Could not create a new RSA key.", fr: "Impossible de créer une nouvelle clé RSA.") }

    public static var privateKeyEncrypted: String {
        pick(en: "The private key is protected by a password. Valise needs an unencrypted key: "
                + "convert it with `openssl pkey -in KEY -out NEW_KEY` and keep the new file private (chmod 600).",
             fr: "La clé privée est protégée par un mot de passe. Valise a besoin d'une clé non chiffrée : "
                + "convertissez-la avec `openssl pkey -in KEY -out NEW_KEY` et gardez le nouveau fichier privé (chmod 600).")
    }

    /// What a PEM text given as a private key holds instead.
    public enum NotAPrivateKey: Sendable { case certificate, publicKey, other }

    public static func notAPrivateKey(_ what: NotAPrivateKey) -> String {
        let expected = "\"-----BEGIN PRIVATE KEY-----\""
        let expectedRSA = "\"-----BEGIN RSA PRIVATE KEY-----\""
        let en = switch what {
        case .certificate: "a certificate, not a private key"
        case .publicKey: "a public key, not a private key"
        case .other: "not a PEM private key"
        }
        let fr = switch what {
        case .certificate: "Ce texte est un certificat, pas une clé privée."
        case .publicKey: "Ce texte est une clé publique, pas une clé privée."
        case .other: "Ce texte n'est pas une clé privée PEM."
        }
        return pick(en: "This is \(en). Expected text starting with \(expected) or \(expectedRSA).",
                    fr: "\(fr) Texte attendu commençant par \(expected) ou \(expectedRSA).")
    }

    public static var privateKeyUnreadable: String {
        pick(en: "The private key could not be read; the file is damaged or not a PEM private key.",
             fr: "La clé privée n'a pas pu être lue ; le fichier est abîmé ou n'est pas une clé privée PEM.")
    }

    public static var privateKeyNotWritten: String {
        pick(en: "Could not write the private key as PEM.", fr: "Impossible d'écrire la clé privée en PEM.")
    }

    /// `name`: OpenSSL's name of the parameter ("n", "e").
    public static func keyParameterUnreadable(_ name: String) -> String {
        pick(en: "Could not read the key parameter \(name).", fr: "Impossible de lire le paramètre de clé \(name).")
    }

    // MARK: Certificates

    public static var notAPEMCertificate: String {
        pick(en: "This is not a PEM certificate (expected text starting with \"-----BEGIN CERTIFICATE-----\").",
             fr: "Ce n'est pas un certificat PEM (texte attendu commençant par \"-----BEGIN CERTIFICATE-----\").")
    }

    public static var certificatePEMDamaged: String {
        pick(en: "The certificate could not be read; the PEM text is damaged.", fr: "Le certificat n'a pas pu être lu ; le texte PEM est abîmé.")
    }

    public static var certificateDERDamaged: String {
        pick(en: "The certificate could not be read; the DER data is damaged.", fr: "Le certificat n'a pas pu être lu ; les données DER sont abîmées.")
    }

    /// `format`: "PEM" or "DER".
    public static func certificateNotWritten(as format: String) -> String {
        pick(en: "Could not write the certificate as \(format).", fr: "Impossible d'écrire le certificat en \(format).")
    }

    public static func privateKeyNotOfCertificate(_ subject: String) -> String {
        pick(en: "The private key does not belong to the certificate \"\(subject)\". Check that the key and certificate files were made together.",
             fr: "La clé privée ne correspond pas au certificat \"\(subject)\". Vérifiez que les fichiers de clé et de certificat ont été créés ensemble.")
    }

    public static var caIssuerNotSet: String { pick(en: "Could not set the CA's issuer name.", fr: "Impossible de fixer le nom d'émetteur de la CA.") }

    public static var signerIssuerNotSet: String {
        pick(en: "Could not set the signer's issuer name.", fr: "Impossible de fixer le nom d'émetteur du signataire.")
    }

    public static func cannotIssueNotCA(_ subject: String) -> String {
        pick(en: "\"\(subject)\" is not a CA certificate, so it cannot issue signing certificates.",
             fr: "\"\(subject)\" n'est pas un certificat de CA : il ne peut pas émettre de certificats de signature.")
    }

    public static var certificateNeedsName: String {
        pick(en: "A certificate needs a name (common name); none was given.", fr: "Un certificat a besoin d'un nom (common name) ; aucun n'a été donné.")
    }

    public static var certificateNotCreated: String { pick(en: "Could not create the certificate.", fr: "Impossible de créer le certificat.") }

    public static var certificateDatesNotSet: String {
        pick(en: "Could not set the certificate's validity dates.", fr: "Impossible de fixer les dates de validité du certificat.")
    }

    public static var certificatePublicKeyNotSet: String {
        pick(en: "Could not put the public key into the certificate.", fr: "Impossible de mettre la clé publique dans le certificat.")
    }

    public static var certificateSerialNotSet: String {
        pick(en: "Could not set the certificate's serial number.", fr: "Impossible de fixer le numéro de série du certificat.")
    }

    /// `field`: the name's field ("O", "CN").
    public static func certificateNameUnusable(_ value: String, field: String) -> String {
        pick(en: "The name \"\(value)\" cannot be used in a certificate (\(field) is too long or invalid).",
             fr: "Le nom \"\(value)\" ne peut pas être utilisé dans un certificat (\(field) est trop long ou invalide).")
    }

    public static func certificateExtensionNotAdded(_ value: String) -> String {
        pick(en: "Could not add the certificate extension \"\(value)\".", fr: "Impossible d'ajouter l'extension de certificat \"\(value)\".")
    }

    public static var certificateNotSigned: String { pick(en: "Could not sign the certificate.", fr: "Impossible de signer le certificat.") }

    // MARK: Making signatures

    public static var cmsSignatureNotStarted: String { pick(en: "Could not start the signature.", fr: "Impossible de commencer la signature.") }

    public static func cmsSignerNotAdded(_ subject: String) -> String {
        pick(en: "Could not add the signer \"\(subject)\" to the signature.", fr: "Impossible d'ajouter le signataire \"\(subject)\" à la signature.")
    }

    public static var cmsContentNotSigned: String { pick(en: "Could not sign the content.", fr: "Impossible de signer le contenu.") }

    public static var cmsSignatureNotEncoded: String { pick(en: "Could not encode the signature.", fr: "Impossible d'encoder la signature.") }

    public static var bundleSignatureNotPrepared: String {
        pick(en: "Could not prepare the bundle signature.", fr: "Impossible de préparer la signature du lot de configuration.")
    }

    public static var bundleNotSigned: String { pick(en: "Could not sign the bundle.", fr: "Impossible de signer le lot de configuration.") }

    // MARK: Checking signatures against the parc's CA

    public static func trustedCAInvalid(_ reason: String) -> String {
        pick(en: "The trusted CA file is not a valid certificate: \(reason)",
             fr: "Le fichier de la CA de confiance n'est pas un certificat valide : \(reason)")
    }

    public static func trustedCANotCA(_ subject: String) -> String {
        pick(en: "\"\(subject)\" is not a CA certificate (it lacks basicConstraints CA:TRUE). "
                + "Give Valise the CA certificate that issued the signing certificate, not the signing certificate itself.",
             fr: "\"\(subject)\" n'est pas un certificat de CA (il lui manque basicConstraints CA:TRUE). "
                + "Donnez à Valise le certificat de la CA qui a émis le certificat de signature, pas le certificat de signature lui-même.")
    }

    public static func signatureCheckNotSetUp(_ subject: String) -> String {
        pick(en: "Could not set up signature checking with \"\(subject)\".",
             fr: "Impossible de préparer la vérification des signatures avec \"\(subject)\".")
    }

    public static var cmsSignatureFileDamaged: String {
        pick(en: "The signature file is damaged or is not a CMS signature.", fr: "Le fichier de signature est abîmé ou n'est pas une signature CMS.")
    }

    public static var cmsNotSignedData: String {
        pick(en: "The signature file is CMS data but not a signature (SignedData).",
             fr: "Le fichier de signature contient des données CMS mais pas une signature (SignedData).")
    }

    public static var cmsNoSigner: String { pick(en: "The signature names no signer.", fr: "La signature ne nomme aucun signataire.") }

    public static var signerCheckOutOfMemory: String {
        pick(en: "Out of memory while checking the signer.", fr: "Mémoire insuffisante pendant la vérification du signataire.")
    }

    public static var signerCertificateNotChecked: String {
        pick(en: "Could not check the signer certificate.", fr: "Impossible de vérifier le certificat du signataire.")
    }

    /// `said`: OpenSSL's words for the verification error.
    public static func signerCertificateExpired(_ signer: String, said: String) -> String {
        pick(en: "The signing certificate \"\(signer)\" (or its CA) had expired at the time checked (\(said)). Issue a new signing certificate.",
             fr: "Le certificat de signature \"\(signer)\" (ou sa CA) avait expiré à la date vérifiée (\(said)). Émettez un nouveau certificat de signature.")
    }

    public static func signerCertificateNotYetValid(_ signer: String, said: String) -> String {
        pick(en: "The signing certificate \"\(signer)\" (or its CA) is not valid yet (\(said)). Check this computer's clock.",
             fr: "Le certificat de signature \"\(signer)\" (ou sa CA) n'est pas encore valide (\(said)). Vérifiez l'horloge de cet ordinateur.")
    }

    public static func signerCertificateMayNotSign(_ signer: String) -> String {
        pick(en: "The signing certificate \"\(signer)\" is not allowed to sign (its extendedKeyUsage lacks emailProtection).",
             fr: "Le certificat de signature \"\(signer)\" n'a pas le droit de signer (son extendedKeyUsage ne contient pas emailProtection).")
    }

    public static func signerCertificateUntrusted(_ signer: String, ca: String, said: String) -> String {
        pick(en: "The signing certificate \"\(signer)\" is not trusted: it was not issued by \"\(ca)\" (\(said)).",
             fr: "Le certificat de signature \"\(signer)\" n'est pas reconnu : il n'a pas été émis par \"\(ca)\" (\(said)).")
    }

    public static var fileDoesNotMatchSignature: String {
        pick(en: "The file does not match its signature: it was changed after signing, or the signature belongs to another file.",
             fr: "Le fichier ne correspond pas à sa signature : il a été modifié après la signature, ou la signature appartient à un autre fichier.")
    }

    public static var signatureLacksSignerCertificate: String {
        pick(en: "The signature does not include the signer's certificate.", fr: "La signature ne contient pas le certificat du signataire.")
    }

    public static var cmsSignatureInvalid: String {
        pick(en: "The signature is not valid: it was altered or not made with the signer certificate's key.",
             fr: "La signature n'est pas valide : elle a été modifiée ou n'a pas été faite avec la clé du certificat du signataire.")
    }

    public static var cmsSignatureUncheckable: String {
        pick(en: "The signature could not be checked; it is damaged or of an unsupported kind.",
             fr: "La signature n'a pas pu être vérifiée ; elle est abîmée ou d'un type non pris en charge.")
    }

    // MARK: Checking a bundle's plain signature

    public static var signerCertificateDamaged: String {
        pick(en: "The signer certificate is damaged or is not a DER certificate.", fr: "Le certificat du signataire est abîmé ou n'est pas un certificat DER.")
    }

    public static var signerCertificateNoPublicKey: String {
        pick(en: "The signer certificate holds no usable public key.", fr: "Le certificat du signataire ne contient pas de clé publique utilisable.")
    }

    public static var bundleSignatureInvalid: String {
        pick(en: "The signature is not valid: the bundle was altered or not signed with the signer certificate's key.",
             fr: "La signature n'est pas valide : le lot de configuration a été modifié ou n'a pas été signé avec la clé du certificat du signataire.")
    }
}
