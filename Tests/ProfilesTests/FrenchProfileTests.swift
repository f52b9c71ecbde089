import Diagnostics
import Foundation
import Testing

@testable import Profiles

/// Real bad profiles checked in French and in English: the same located lines, each in the reader's language; the
/// English ones are exactly the `.expected` files.
@Suite("Profile diagnostics in French and in English")
struct FrenchProfileTests {
    /// The lines `loader.check` gives for `Fixtures/bad/NAME.yaml`, built and rendered in `language`.
    static func check(_ name: String, in language: Language) throws -> [String] {
        let home = try TestSupport.valiseHome(secrets: FixtureTests.secrets)
        let loader = ProfileLoader(environment: ["VALISE_HOME": home.path, "HOME": "/nonexistent"])
        let url = FixtureTests.bad.appendingPathComponent("\(name).yaml")
        return Language.$chosen.withValue(language) { FixtureTests.rendered(loader.check([url]), home: home) }
    }

    static func expected(_ name: String) throws -> [String] {
        try String(contentsOf: FixtureTests.bad.appendingPathComponent("\(name).expected"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    @Test("English stays exactly the .expected lines", arguments: ["unknown-keys", "wrong-types", "system-update", "bad-passphrases", "syntax-error", "naming"])
    func englishUnchanged(name: String) throws {
        #expect(try Self.check(name, in: .english) == Self.expected(name))
    }

    @Test func unknownKeysAndDidYouMean() throws {
        #expect(try Self.check("unknown-keys", in: .french) == [
            "unknown-keys.yaml:5:3: clé inconnue 'cdoe' — vouliez-vous dire 'code' ?",
            "unknown-keys.yaml:6:1: clé inconnue 'devise' — vouliez-vous dire 'device' ?",
            "unknown-keys.yaml:9:5: clé inconnue 'ssdi' — vouliez-vous dire 'ssid' ?",
            "unknown-keys.yaml:9:5: ce réseau Wi-Fi n'a pas de 'ssid' — ajoutez ssid: NOM-DU-RESEAU",
            "unknown-keys.yaml:11:5: clé inconnue 'colour' — supprimez-la ; les clés valides ici sont : ssid, security, passphrase, identity, "
                + "password, ca_certificate, domain, client_certificate, client_key, hidden, priority, proxy",
        ])
    }

    @Test func wrongTypes() throws {
        #expect(try Self.check("wrong-types", in: .french) == [
            "wrong-types.yaml:4:19: 'screen_timeout' doit être un nombre entier, pas du texte — écrivez par exemple screen_timeout: 300",
            "wrong-types.yaml:5:30: 'stay_awake_while_charging' doit être true ou false, pas un nombre — "
                + "écrivez stay_awake_while_charging: true ou stay_awake_while_charging: false",
            "wrong-types.yaml:6:11: 'French' n'est pas une locale comme fr_FR — "
                + "écrivez la langue en minuscules, un tiret bas, puis le pays en majuscules : fr_FR",
            "wrong-types.yaml:7:17: 'disable_apps' doit être une liste, pas du texte — écrivez chaque valeur sur sa propre ligne, commençant par '- '",
            "wrong-types.yaml:9:20: 'minimum_percent' vaut 150 %, hors de 0–100 % — utilisez une valeur de 0 à 100",
            "wrong-types.yaml:11:3: 'wifi' doit être une liste, pas une table de clés — commencez chaque entrée par '- ', sur sa propre ligne",
            "wrong-types.yaml:12:6: 'ent' doit être une table de clés, pas du texte — écrivez ses clés sur les lignes suivantes, en retrait "
                + "(clés valides : name, portal_url, sso, cas_url, homepage, bookmarks, app)",
        ])
    }

    @Test func systemUpdateRules() throws {
        #expect(try Self.check("system-update", in: .french) == [
            "system-update.yaml:4:36: 'no_factory_rest' n'est pas une restriction utilisateur Android connue de Valise — vouliez-vous dire 'no_factory_reset' ?",
            "system-update.yaml:7:11: '25:00-04:00' n'est pas une plage horaire quotidienne — écrivez l'heure de début et de fin, par exemple window: 02:00-04:00",
            "system-update.yaml:9:25: la période de gel du 06-01 au 09-30 dépasse les 90 jours permis par Android — "
                + "raccourcissez-la, ou coupez-la en périodes séparées d'au moins 60 jours",
            "system-update.yaml:10:14: les périodes de gel 06-01–09-30 et 11-15–11-30 sont à moins de 60 jours l'une de l'autre — "
                + "Android demande 60 jours entre deux périodes de gel : fusionnez-les ou déplacez-en une",
            "system-update.yaml:11:14: les périodes de gel 11-15–11-30 et 12-20–12-31 sont à moins de 60 jours l'une de l'autre — "
                + "Android demande 60 jours entre deux périodes de gel : fusionnez-les ou déplacez-en une",
            "system-update.yaml:12:14: '02-30' n'est pas un jour de l'année — écrivez MM-JJ, par exemple 06-15 pour le 15 juin",
        ])
    }

    @Test func wifiPassphrasesNeverShown() throws {
        let lines = try Self.check("bad-passphrases", in: .french)
        #expect(lines.first == "bad-passphrases.yaml:6:17: la phrase secrète de 'ET-Court' (depuis secret 'too-short') fait moins de 8 caractères — "
            + "une phrase secrète WPA fait 8 à 63 caractères ASCII ou 64 chiffres hexadécimaux ; changez-la là où elle est enregistrée")
        for line in lines {
            for secret in FixtureTests.secrets.values { #expect(!line.contains(secret)) }
        }
    }

    @Test func yamlErrorsKeepLibyamlsWordsInAFrenchFrame() throws {
        #expect(try Self.check("syntax-error", in: .french) == [
            "syntax-error.yaml:6:1: erreur de syntaxe YAML : found unexpected end of stream (while scanning a quoted scalar, qui commence "
                + "ligne 4, colonne 11) — corrigez la syntaxe YAML ici (indentation avec des espaces, un espace après chaque deux-points, "
                + "guillemets refermés)",
        ])
        #expect(try Self.check("duplicate-key", in: .french) == [
            "duplicate-key.yaml:3:1: la clé 'battery' est écrite deux fois dans la même table — n'en gardez qu'une",
        ])
    }

    @Test func namingTemplate() throws {
        #expect(try Self.check("naming", in: .french) == [
            "naming.yaml:2:1: ce profil de classe n'a pas de nom d'école — héritez du profil de l'école, ou ajoutez school: {name: …}",
            "naming.yaml:5:13: champ inconnu '{slt:02}' dans le modèle de nom — vouliez-vous dire '{slot}' ?",
        ])
    }

    @Test func theSummaryAndFixByKindOfFile() {
        let one = [FileDiagnostic(file: "5A.yaml", line: 1, column: 1, message: "m", fix: "f")]
        let two = one + [FileDiagnostic(file: "5A.yaml", line: 2, column: 1, message: "m", fix: "f")]
        Language.$chosen.withValue(.french) {
            #expect(FileProblems(.profile, two).summary == "Le profil a 2 problèmes :\n  5A.yaml:1:1: m — f\n  5A.yaml:2:1: m — f")
            #expect(FileProblems(.profile, one).summary.hasPrefix("Le profil a 1 problème :\n"))
            #expect(FileProblems(.profile, one).action == "Corrigez les lignes ci-dessus, puis relancez `valise profile check`.")
            #expect(FileProblems(.rentreePlan, one).summary.hasPrefix("Le plan de rentrée a 1 problème :"))
            #expect(FileProblems(.rentreePlan, one).reason.hasSuffix("; aucune tablette n'a été préparée."))
            #expect(FileProblems(.caseMap, one).summary.hasPrefix("Le plan de mallette a 1 problème :"))
            #expect(FileProblems(.firmwareCatalog, one).reason.hasSuffix("; rien n'a été flashé."))
            #expect(FileProblems(.firmwareCatalog, one).action == "Corrigez les lignes ci-dessus, puis relancez la même commande.")
        }
        Language.$chosen.withValue(.english) {
            #expect(FileProblems(.profile, two).summary.hasPrefix("The profile has 2 problems:\n"))
            #expect(FileProblems(.profile, one).summary.hasPrefix("The profile has 1 problem:\n"))
            #expect(FileProblems(.profile, one).action == "Fix the lines above, then run `valise profile check` again.")
            #expect(FileProblems(.rentreePlan, one).reason
                == "Each line above names the file, line and column, what is wrong and how to fix it; nothing was provisioned.")
        }
    }

    @Test func aRentreePlanInFrench() throws {
        let folder = try TestSupport.temporaryFolder()
        let text = "name: Rentrée\ncases:\n  valise-1: {klass: 5A}\n  valise-2: [5B]\n"
        let french = Language.$chosen.withValue(.french) {
            RentreePlan.parse(text, file: "plan.yaml", folder: folder)
        }
        guard case .failure(let problems) = french else { Issue.record("the plan was accepted"); return }
        #expect(Set(problems.diagnostics.map(\.description)) == [
            "plan.yaml:1:1: le plan n'a pas de 'profiles' — ajoutez profiles: PATH (le dossier de la bibliothèque de profils, à partir de ce plan)",
            "plan.yaml:3:14: clé inconnue 'klass' dans la mallette 'valise-1' — vouliez-vous dire 'class' ?",
            "plan.yaml:3:13: la mallette 'valise-1' n'a pas de classe — ajoutez class: CLASS (un profil de classe de la bibliothèque, par exemple 5A)",
            "plan.yaml:4:13: la mallette 'valise-2' doit indiquer une classe — écrivez valise-2: CLASS, ou valise-2: {class: CLASS, tcp: HOST:PORT-PORT}",
        ])
        let english = Language.$chosen.withValue(.english) { RentreePlan.parse(text, file: "plan.yaml", folder: folder) }
        guard case .failure(let inEnglish) = english else { Issue.record("the plan was accepted"); return }
        #expect(inEnglish.diagnostics.map(\.description).contains("plan.yaml:3:14: unknown key 'klass' in case 'valise-1' — did you mean 'class'?"))
    }

    @Test func aClassNobodyHas() {
        let error = ProfileLookupError.notFound(name: "6C", school: "QO", known: ["5A — Collège Quartier d'Orléans"])
        Language.$chosen.withValue(.french) {
            #expect(error.description == "aucun profil pour la classe '6C' à QO — classes connues : 5A — Collège Quartier d'Orléans")
        }
        Language.$chosen.withValue(.english) {
            #expect(error.description == "no profile for class '6C' at QO — known classes: 5A — Collège Quartier d'Orléans")
        }
    }
}
