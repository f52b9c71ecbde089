import Diagnostics
import Foundation
import Signing
import Testing

/// The summary of the `SigningError` that `body` throws, in `language`.
private func summary(in language: Language, _ body: () throws -> Void) -> String? {
    Language.$chosen.withValue(language) {
        do {
            try body()
            return nil
        } catch let error as SigningError {
            return error.summary
        } catch {
            return "unexpected: \(error)"
        }
    }
}

/// The message of the `CMSVerificationError` that `body` throws, in `language`.
private func refusal(in language: Language, _ body: () throws -> Void) -> CMSVerificationError? {
    Language.$chosen.withValue(language) {
        do {
            try body()
            return nil
        } catch {
            return error as? CMSVerificationError
        }
    }
}

/// Signing's real errors, provoked and read in French and in English (whose words must not change).
@Suite struct FrenchSigningTests {
    let content = Array("profil de la classe CM2 A\n".utf8)

    @Test func keysAlreadyThere() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let folder = dir.file("keys")
        _ = try ParcKeys.create(in: folder, organization: "École Jules Ferry")
        let french = summary(in: .french) { _ = try ParcKeys.create(in: folder, organization: "École Jules Ferry") }
        #expect(french == "Des clés existent déjà dans \(folder) ; elles ne sont jamais remplacées. "
            + "Lancez `valise keys show` pour les voir. Pour repartir de zéro volontairement, déplacez d'abord le dossier.")
        let english = summary(in: .english) { _ = try ParcKeys.create(in: folder, organization: "École Jules Ferry") }
        #expect(english == "Keys already exist in \(folder); they are never replaced. "
            + "Run `valise keys show` to see them. To start over on purpose, move the folder away first.")
    }

    @Test func noParcKeysAndIncompleteParcKeys() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let empty = dir.file("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(summary(in: .french) { _ = try ParcKeys.load(from: empty) }
            == "Il n'y a pas encore de clés du parc dans \(empty). Créez-les avec : valise keys init --organization \"…\"")
        #expect(summary(in: .english) { _ = try ParcKeys.load(from: empty) }
            == "There are no parc keys in \(empty) yet. Create them with: valise keys init --organization \"…\"")

        let folder = dir.file("keys")
        _ = try ParcKeys.create(in: folder, organization: "École Jules Ferry")
        try FileManager.default.removeItem(atPath: folder + "/signing.key")
        try FileManager.default.removeItem(atPath: folder + "/ca.pem")
        #expect(summary(in: .french) { _ = try ParcKeys.load(from: folder) }
            == "Les clés du parc dans \(folder) sont incomplètes (il manque ca.pem, signing.key). "
            + "Restaurez-les depuis votre sauvegarde ; Valise ne remplacera pas les autres.")
        #expect(summary(in: .english) { _ = try ParcKeys.load(from: folder) }
            == "The parc keys in \(folder) are incomplete (missing ca.pem, signing.key). "
            + "Restore them from your backup; Valise will not replace the others.")
    }

    @Test func worldReadablePrivateKeyIsRefused() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let folder = dir.file("keys")
        _ = try ParcKeys.create(in: folder, organization: "École Jules Ferry")
        let key = folder + "/signing.key"
        #expect(chmod(key, 0o644) == 0)
        #expect(summary(in: .french) { _ = try ParcKeys.load(from: folder) }
            == "La clé privée \(key) peut être lue par les autres utilisateurs de cet ordinateur (mode 644) ; "
            + "Valise refuse de l'utiliser. Corrigez avec : chmod 600 \(key)")
        #expect(summary(in: .english) { _ = try ParcKeys.load(from: folder) }
            == "The private key \(key) can be read by other users of this computer (mode 644); "
            + "Valise refuses to use it. Fix it with: chmod 600 \(key)")
    }

    @Test func privateKeysThatAreNotUsable() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let fixture = try Fixture()
        let certificate = try dir.write("cert.key", try fixture.signer.certificate.pem())
        #expect(chmod(certificate, 0o600) == 0)
        #expect(summary(in: .french) { _ = try ParcKeys.privateKey(certificate) }
            == "La clé privée \(certificate) n'est pas utilisable : Ce texte est un certificat, pas une clé privée. "
            + "Texte attendu commençant par \"-----BEGIN PRIVATE KEY-----\" ou \"-----BEGIN RSA PRIVATE KEY-----\".")
        #expect(summary(in: .english) { _ = try ParcKeys.privateKey(certificate) }
            == "The private key \(certificate) is not usable: This is a certificate, not a private key. "
            + "Expected text starting with \"-----BEGIN PRIVATE KEY-----\" or \"-----BEGIN RSA PRIVATE KEY-----\".")
        let encrypted = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n"
        #expect(summary(in: .french) { _ = try RSAPrivateKey(pem: encrypted) }
            == "La clé privée est protégée par un mot de passe. Valise a besoin d'une clé non chiffrée : "
            + "convertissez-la avec `openssl pkey -in KEY -out NEW_KEY` et gardez le nouveau fichier privé (chmod 600).")
        let missing = dir.file("absent.key")
        #expect(summary(in: .french) { _ = try ParcKeys.privateKey(missing) }
            == "\(missing) ne peut pas être lu. Vérifiez qu'il existe et que cet utilisateur peut le lire.")
        #expect(summary(in: .english) { _ = try ParcKeys.privateKey(missing) }
            == "\(missing) cannot be read. Check that it exists and that this user may read it.")
    }

    @Test func damagedADBPublicKey() throws {
        let good = try RSAPrivateKey.generate().androidPublicKey()
        #expect(summary(in: .french) { _ = try ADBPublicKey(encoded: Array(good.prefix(523))) }
            == "Une clé publique ADB doit faire 524 octets ; celle-ci en fait 523.")
        #expect(summary(in: .english) { _ = try ADBPublicKey(encoded: Array(good.prefix(523))) }
            == "An ADB public key must be 524 bytes; this one is 523.")
        var badExponent = good
        badExponent[520] = 5
        badExponent[522] = 0
        #expect(summary(in: .french) { _ = try ADBPublicKey(encoded: badExponent) }
            == "La clé publique ADB a un exposant non pris en charge (5) ; 3 ou 65537 attendu.")
        #expect(summary(in: .english) { _ = try ADBPublicKey(encoded: badExponent) }
            == "The ADB public key has an unsupported exponent (5); expected 3 or 65537.")
        #expect(summary(in: .french) { _ = try ADBPublicKey(text: "not-base64!! user@host") }
            == "Ce n'est pas une clé publique ADB (texte base64 attendu, comme dans adbkey.pub).")
    }

    @Test func adbKeyFilesInFrench() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (android, keyPath) = try ADBKeyringTests.looseTraditionalKey(in: dir)
        let absent = dir.file("vendor-absent")
        let ring = try Language.$chosen.withValue(.french) {
            try ADBKeyring.load(androidDirectory: android, valiseHome: dir.file("valise"), vendorKeys: absent)
        }
        #expect(ring.warnings == [
            "Le fichier de clé ADB \(keyPath) peut être lu par les autres utilisateurs de cet ordinateur (mode 644). "
                + "Corrigez avec : chmod 600 \(keyPath)",
            "ADB_VENDOR_KEYS désigne \(absent), qui n'existe pas ; il a été ignoré.",
        ])
        let english = try Language.$chosen.withValue(.english) {
            try ADBKeyring.load(androidDirectory: android, valiseHome: dir.file("valise"), vendorKeys: absent)
        }
        #expect(english.warnings == [
            "The ADB key file \(keyPath) can be read by other users of this computer (mode 644). Fix it with: chmod 600 \(keyPath)",
            "ADB_VENDOR_KEYS names \(absent), which does not exist; it was skipped.",
        ])

        _ = try dir.write("android/adbkey", "not a key")
        #expect(summary(in: .french) {
            _ = try ADBKeyring.load(androidDirectory: android, valiseHome: dir.file("valise"), vendorKeys: nil)
        } == "Le fichier de clé ADB \(keyPath) n'est pas utilisable : Ce texte n'est pas une clé privée PEM. "
            + "Texte attendu commençant par \"-----BEGIN PRIVATE KEY-----\" ou \"-----BEGIN RSA PRIVATE KEY-----\". "
            + "Remplacez-le par une clé valide ou déplacez-le pour qu'une nouvelle clé soit créée.")
        #expect(summary(in: .english) {
            _ = try ADBKeyring.load(androidDirectory: android, valiseHome: dir.file("valise"), vendorKeys: nil)
        } == "The ADB key file \(keyPath) is not usable: This is not a PEM private key. "
            + "Expected text starting with \"-----BEGIN PRIVATE KEY-----\" or \"-----BEGIN RSA PRIVATE KEY-----\". "
            + "Replace it with a valid key or move it away so a new one is created.")
    }

    @Test func signatureThatDoesNotMatchItsFile() throws {
        let fixture = try Fixture()
        let verifier = try CMSVerifier(trustedCAPEM: try fixture.ca.certificate.pem())
        let signature = try CMS.signDetached(content, identity: fixture.signer)
        let changed = content + Array("wifi: autre\n".utf8)
        let french = refusal(in: .french) { try verifier.verify(content: changed, signature: signature) }
        #expect(french?.reason == .contentMismatch)
        #expect(french?.message == "Le fichier ne correspond pas à sa signature : il a été modifié après la signature, "
            + "ou la signature appartient à un autre fichier.")
        let english = refusal(in: .english) { try verifier.verify(content: changed, signature: signature) }
        #expect(english?.message == "The file does not match its signature: it was changed after signing, "
            + "or the signature belongs to another file.")
        #expect(refusal(in: .french) { try verifier.verify(content: content, signature: Array("pas une signature".utf8)) }?.message
            == "Le fichier de signature est abîmé ou n'est pas une signature CMS.")
    }

    @Test func signerNotIssuedByTheCA() throws {
        let trusted = try Fixture()
        let other = try Fixture()
        let verifier = try CMSVerifier(trustedCAPEM: try trusted.ca.certificate.pem())
        let signature = try CMS.signDetached(content, identity: other.signer)
        let signer = other.signer.certificate.subject
        let french = try #require(refusal(in: .french) { try verifier.verify(content: content, signature: signature) })
        #expect(french.reason == .untrustedSigner)
        #expect(french.message.hasPrefix("Le certificat de signature \"\(signer)\" n'est pas reconnu : "
            + "il n'a pas été émis par \"\(verifier.caSubject)\" ("))
        let english = try #require(refusal(in: .english) { try verifier.verify(content: content, signature: signature) })
        #expect(english.message.hasPrefix("The signing certificate \"\(signer)\" is not trusted: "
            + "it was not issued by \"\(verifier.caSubject)\" ("))

        // A signing certificate given where the CA is expected.
        let notCA = trusted.signer.certificate.subject
        #expect(summary(in: .french) { _ = try CMSVerifier(trustedCAPEM: try trusted.signer.certificate.pem()) }
            == "\"\(notCA)\" n'est pas un certificat de CA (il lui manque basicConstraints CA:TRUE). Donnez à Valise le "
            + "certificat de la CA qui a émis le certificat de signature, pas le certificat de signature lui-même.")
        #expect(summary(in: .english) { _ = try CMSVerifier(trustedCAPEM: try trusted.signer.certificate.pem()) }
            == "\"\(notCA)\" is not a CA certificate (it lacks basicConstraints CA:TRUE). Give Valise the CA "
            + "certificate that issued the signing certificate, not the signing certificate itself.")
        #expect(summary(in: .french) { _ = try CMSVerifier(trustedCAPEM: "n'importe quoi") }
            == "Le fichier de la CA de confiance n'est pas un certificat valide : Ce n'est pas un certificat PEM "
            + "(texte attendu commençant par \"-----BEGIN CERTIFICATE-----\").")
    }

    @Test func expiredSignerInFrench() throws {
        let now = Date()
        let fixture = try Fixture(signerValidity: DateInterval(start: now - 86_400 * 5, end: now - 86_400))
        let verifier = try CMSVerifier(trustedCAPEM: try fixture.ca.certificate.pem())
        let signature = try CMS.signDetached(content, identity: fixture.signer)
        let french = try #require(refusal(in: .french) { try verifier.verify(content: content, signature: signature) })
        #expect(french.reason == .expiredSigner)
        #expect(french.message.hasPrefix("Le certificat de signature \"\(fixture.signer.certificate.subject)\" (ou sa CA) "
            + "avait expiré à la date vérifiée ("))
        #expect(french.message.hasSuffix("). Émettez un nouveau certificat de signature."))
    }

    @Test func adbTokenAndKeySizeInFrench() throws {
        let key = try RSAPrivateKey.generate()
        #expect(summary(in: .french) { _ = try key.signADBToken(Array(repeating: 0, count: 19)) }
            == "Un jeton ADB doit faire 20 octets ; la tablette en a envoyé 19.")
        #expect(summary(in: .english) { _ = try key.signADBToken(Array(repeating: 0, count: 19)) }
            == "An ADB token must be 20 bytes long; the tablet sent 19.")
        #expect(summary(in: .french) { _ = try RSAPrivateKey.generate(bits: 512) }
            == "Les clés RSA doivent faire entre 1024 et 16384 bits (2048 est la taille habituelle) ; 512 ont été demandés.")
    }
}
