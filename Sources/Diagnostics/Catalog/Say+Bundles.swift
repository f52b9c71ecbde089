/// Tablet bundles, enrolment QR codes, APK signatures and Apple configuration profiles.
extension Say {
    // MARK: Building a bundle

    public static func bundleFileUnreadable(_ path: String) -> String {
        pick(en: "\(path) cannot be read; the profile names it. Check that the file exists and is readable.",
             fr: "\(path) ne peut pas être lu ; le profil le désigne. Vérifiez que le fichier existe et peut être lu.")
    }

    /// The profile key `key` (`wifi[0].password (SSID)`) holds private key material.
    public static func bundlePrivateKeyMaterial(_ key: String) -> String {
        pick(en: "The profile's \(key) holds private key material, which never goes into a bundle. "
                + "Point it at the password itself (its own 0600 file, or secrets.yaml with {secret: NAME}).",
             fr: "La valeur \(key) du profil contient une clé privée, qui n'entre jamais dans un lot de configuration. "
                + "Désignez le mot de passe lui-même (son propre fichier 0600, ou secrets.yaml avec {secret: NAME}).")
    }

    /// What a bundle validity problem is about when it is not one field.
    public static var theBundle: String { pick(en: "the bundle", fr: "le lot de configuration") }

    // MARK: Enrolment QR code

    public static var agentURLNotHTTPS: String {
        pick(en: "the agent's download address must be https:// (tablets refuse plain http)",
             fr: "l'adresse de téléchargement de l'agent doit être en https:// (les tablettes refusent le http simple)")
    }

    // MARK: APK signing certificate

    public static var apkNoSignatureBlock: String {
        pick(en: "the APK has no v2/v3 signature block (signed with the old JAR scheme only, or not signed): "
                + "sign it with apksigner, or give the checksum with --signature-checksum",
             fr: "l'APK n'a pas de bloc de signature v2/v3 (signé seulement avec l'ancien schéma JAR, ou pas signé) : "
                + "signez-le avec apksigner, ou donnez l'empreinte avec --signature-checksum")
    }

    public static func apkSigningBlockDamaged(size: UInt64?) -> String {
        pick(en: "the APK signing block is damaged\(size.map { " (size \($0))" } ?? "")",
             fr: "le bloc de signature de l'APK est abîmé\(size.map { " (taille \($0))" } ?? "")")
    }

    public static var apkNoV2V3Signature: String {
        pick(en: "the APK signing block holds no v2/v3 signature", fr: "le bloc de signature de l'APK ne contient aucune signature v2/v3")
    }

    public static var apkTooSmall: String { pick(en: "the file is too small to be an APK", fr: "le fichier est trop petit pour être un APK") }

    public static var apkZipDirectoryDamaged: String {
        pick(en: "the APK's ZIP directory is damaged", fr: "le répertoire ZIP de l'APK est abîmé")
    }

    public static var apkNotZip: String {
        pick(en: "the file is not a ZIP archive (an APK is one)", fr: "le fichier n'est pas une archive ZIP (un APK en est une)")
    }

    public static var apkSignatureTruncated: String { pick(en: "the APK signature is truncated", fr: "la signature de l'APK est tronquée") }

    // MARK: Apple configuration profile

    /// The description shown on the iPad for the configuration profile of `unit` at `school`.
    public static func appleProfileSummary(unit: String, school: String) -> String {
        pick(en: "Wi-Fi, proxy and ENT of \(unit) at \(school), managed by Valise.",
             fr: "Wi-Fi, proxy et ENT de \(unit) à \(school), gérés par Valise.")
    }
}
