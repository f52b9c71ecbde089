import Bundles
import Diagnostics
import Foundation
import TestSupport
import Testing

/// `valise profile check` of a broken profile, run with a French locale and with the default (English) one.
@Suite struct FrenchProfileCLITests {
    let cli = CLITests()

    @Test func aBrokenProfileIsExplainedInFrench() throws {
        let home = try ProfileCLITests.home()
        let bad = home.file("bad.yaml")
        try Data("kind: class\nclass: 5A\nwifi:\n  - ssdi: École\n    security: wpa2-psk\n    passphrase: inline-secret\n".utf8).write(to: bad)
        let french = try cli.valise(["profile", "check", bad.path], home: home.url, extra: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 65)
        #expect(french.stderr.contains("Erreur : Le profil a "), "\(french.stderr)")
        #expect(french.stderr.contains("bad.yaml:4:5: clé inconnue 'ssdi' — vouliez-vous dire 'ssid' ?"), "\(french.stderr)")
        #expect(french.stderr.contains("ce profil de classe n'a pas de nom d'école — héritez du profil de l'école, ou ajoutez school: {name: …}"))
        #expect(french.stderr.contains("Solution : Corrigez les lignes ci-dessus, puis relancez `valise profile check`."))
        #expect(french.stderr.contains("Aide : docs/fr/depannage.md#profiles"))
        #expect(french.stderr.contains("bad.yaml:6:17: la phrase secrète Wi-Fi de 'ce réseau' ne doit pas figurer en clair dans le profil — "
            + "mettez ce secret dans secrets.yaml et écrivez {secret: NAME}"), "\(french.stderr)")
        #expect(french.stderr.contains("Pourquoi : Chaque ligne ci-dessus donne le fichier, la ligne et la colonne, ce qui ne va pas et comment le corriger."))
        #expect(!french.stderr.contains("inline-secret"))

        let english = try cli.valise(["profile", "check", bad.path], home: home.url)
        #expect(english.status == 65)
        #expect(english.stderr.contains("Error: The profile has "))
        #expect(english.stderr.contains("bad.yaml:4:5: unknown key 'ssdi' — did you mean 'ssid'?"), "\(english.stderr)")
        #expect(english.stderr.contains("Fix: Fix the lines above, then run `valise profile check` again."))
    }

    /// Bundle and APK messages, in process.
    @Test func bundleAndAPKMessagesInBothLanguages() {
        Language.$chosen.withValue(.french) {
            #expect(BundleError.unreadableFile("/parc/ca.pem").description
                == "/parc/ca.pem ne peut pas être lu ; le profil le désigne. Vérifiez que le fichier existe et peut être lu.")
            #expect(throws: APKSigningCertificate.Problem.self) { try APKSigningCertificate.certificate(ofAPK: [0, 1, 2]) }
            do { _ = try APKSigningCertificate.certificate(ofAPK: [0, 1, 2]) } catch { #expect("\(error)" == "le fichier est trop petit pour être un APK") }
        }
        Language.$chosen.withValue(.english) {
            #expect(BundleError.unreadableFile("/parc/ca.pem").description
                == "/parc/ca.pem cannot be read; the profile names it. Check that the file exists and is readable.")
            #expect(throws: APKSigningCertificate.Problem.self) { try APKSigningCertificate.certificate(ofAPK: [0, 1, 2]) }
            do { _ = try APKSigningCertificate.certificate(ofAPK: [0, 1, 2]) } catch { #expect("\(error)" == "the file is too small to be an APK") }
        }
    }
}
