import Diagnostics
@testable import Engine
import Foundation
import TestSupport
import Testing
@testable import ValiseCLI

/// What the commands print themselves, and their help, in French when the locale is French and as before in English:
/// the built binary against simulated tablets, and the help built in-process.
@Suite struct FrenchCLITests {
    let cli = CLITests()
    static let french = ["LANG": "fr_FR.UTF-8", "VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]
    static let english = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

    /// Runs of whitespace as one space: help texts are wrapped to the terminal's width.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func aRunShowsItsProgressAndSummaryInFrenchAndInEnglishAsBefore() throws {
        let home = TemporaryDirectory()
        let classFile = try DemoProfiles.copy(to: home.url.appendingPathComponent("profiles"))
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        let fine = try TabletFixture(index: 61), flat = try TabletFixture(index: 62, faults: ["battery-low"])
        let arguments = ["provision", "--profile", classFile.path, "--all", "--tcp", "127.0.0.1:\(fine.tablet.port)", "--tcp", "127.0.0.1:\(flat.tablet.port)"]

        let french = try cli.valise(arguments, home: home.url, extra: Self.french)
        #expect(french.status == 2, "\(french.stdout)\(french.stderr)")
        #expect(french.stdout.contains("emplacement 01  \(fine.tablet.serial)  connectée : "), "\(french.stdout)")
        #expect(french.stdout.contains("emplacement 01  \(fine.tablet.serial)  étape : enrol : installer l'agent"), "\(french.stdout)")
        #expect(french.stdout.contains("emplacement 02  \(flat.tablet.serial)  échec : "), "\(french.stdout)")
        #expect(french.stdout.contains("EMPLACEMENT  NOM"), "\(french.stdout)")
        #expect(french.stdout.contains("N° DE SÉRIE") && french.stdout.contains("RÉSULTAT") && french.stdout.contains("POURQUOI ET SOLUTION"))
        #expect(french.stdout.contains("  préparée  ") || french.stdout.contains("  préparée\n"), "\(french.stdout)")
        #expect(french.stdout.contains("  à reprendre  "), "\(french.stdout)")
        #expect(french.stdout.contains("\n1 tablette sur 2 préparée en "), "\(french.stdout)")
        #expect(french.stdout.contains("n'a que 4 % de batterie, moins que les 30 % que demande ce profil."), "\(french.stdout)")
        #expect(french.stdout.contains("Solution : Laissez-la en charge jusqu'à ce qu'elle dépasse 30 %"), "\(french.stdout)")
        #expect(french.stdout.contains(" : voir POURQUOI ET SOLUTION ci-dessus."), "\(french.stdout)")
        #expect(!french.stdout.contains("WHY AND FIX") && !french.stdout.contains("tablets provisioned"))

        // The same case again in English: the finished tablet is skipped, the flat one still needs a hand.
        let english = try cli.valise(arguments, home: home.url, extra: Self.english)
        #expect(english.status == 2, "\(english.stdout)\(english.stderr)")
        #expect(english.stdout.contains("slot 02  \(flat.tablet.serial)  failed: "), "\(english.stdout)")
        #expect(english.stdout.contains("SLOT  NAME"), "\(english.stdout)")
        #expect(english.stdout.contains("RESULT") && english.stdout.contains("WHY AND FIX"))
        #expect(english.stdout.contains("  provisioned  ") || english.stdout.contains("  provisioned\n"), "\(english.stdout)")
        #expect(english.stdout.contains("  needs a hand  "), "\(english.stdout)")
        #expect(english.stdout.contains("\n1 of 2 tablets provisioned in "), "\(english.stdout)")
        #expect(english.stdout.contains(": see WHY AND FIX above."), "\(english.stdout)")
        #expect(!english.stdout.contains("emplacement") && !english.stdout.contains("POURQUOI"))

        // The report command's own words (its table header and state words).
        let report = try cli.valise(["report"], home: home.url, extra: Self.french)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("EMPLACEMENT  NOM") && report.stdout.contains("NIVEAU DE FIRMWARE"), "\(report.stdout)")
        #expect(report.stdout.contains("préparée") && report.stdout.contains("à reprendre"), "\(report.stdout)")
        #expect(report.stdout.contains("aucun niveau fixé") && !report.stdout.contains("no level set"), "\(report.stdout)")
    }

    @Test func doctorSpeaksFrenchAndEnglishAsBefore() throws {
        let home = TemporaryDirectory()
        let fixture = try TabletFixture(index: 63)
        let secrets = home.url.appendingPathComponent("valise/secrets.yaml")
        try FileManager.default.createDirectory(at: secrets.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "wifi: valise-demo-wifi\n".write(to: secrets, atomically: true, encoding: .utf8)
        chmod(secrets.path, 0o644)
        let arguments = ["doctor", "--rules-dir", home.url.path, "--tcp", "127.0.0.1:\(fixture.tablet.port)", "--tcp", "127.0.0.1:1"]

        let french = try cli.valise(arguments, home: home.url, extra: Self.french)
        #expect(french.status == 2)
        #expect(french.stdout.contains("attention  parc keys : Il n'y a pas encore de clés du parc dans "), "\(french.stdout)")
        #expect(french.stdout.contains("           Solution : valise keys init --organization \"…\" (une fois par parc ; gardez une sauvegarde du dossier)"),
                "\(french.stdout)")
        #expect(french.stdout.contains("problème   secrets : \(secrets.path) peut être lu par d'autres utilisateurs (mode 644) : Valise le refuse."),
                "\(french.stdout)")
        #expect(french.stdout.contains("           Solution : chmod 600 \(secrets.path)"), "\(french.stdout)")
        #expect(french.stdout.contains("ok         tablet 127.0.0.1:\(fixture.tablet.port) : répond comme \(fixture.tablet.serial)"), "\(french.stdout)")
        #expect(french.stdout.contains("problème   tablet 127.0.0.1:1 : "), "\(french.stdout)")
        #expect(french.stdout.contains(" points demandent votre attention.\n"), "\(french.stdout)")

        let english = try cli.valise(arguments, home: home.url, extra: Self.english)
        #expect(english.status == 2)
        #expect(english.stdout.contains("warning  parc keys: There are no parc keys in "), "\(english.stdout)")
        #expect(english.stdout.contains("         Fix: chmod 600 \(secrets.path)"), "\(english.stdout)")
        #expect(english.stdout.contains("ok       tablet 127.0.0.1:\(fixture.tablet.port): answers as \(fixture.tablet.serial)"), "\(english.stdout)")
        #expect(english.stdout.contains(" findings need attention.\n"), "\(english.stdout)")

        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url, extra: Self.french).stdout.contains("Clés du parc créées dans "))
        chmod(secrets.path, 0o600)
        let fine = try cli.valise(["doctor", "--rules-dir", home.url.path], home: home.url, extra: Self.french)
        #expect(fine.stdout.contains("ok         parc keys : Autorité \"CN=Parc"), "\(fine.stdout)")
        #expect(fine.stdout.contains("ok         secrets : \(secrets.path) n'est lisible que par vous."), "\(fine.stdout)")
    }

    @Test func theHelpIsInFrenchAndInEnglishAsBefore() throws {
        let home = TemporaryDirectory()
        let french = try cli.valise(["provision", "--help"], home: home.url, extra: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 0)
        let frenchText = Self.flat(french.stdout)
        #expect(frenchText.contains("DESCRIPTION : Préparer des tablettes à partir d'un profil de classe : enrôlement, applications, réglages, Wi-Fi, ENT, lot de configuration signé."),
                "\(french.stdout)")
        #expect(frenchText.contains("--dry-run Dire ce qui changerait sur chaque tablette ; ne rien changer."), "\(french.stdout)")
        #expect(frenchText.contains("--jobs <jobs> Tablettes traitées en même temps."), "\(french.stdout)")
        #expect(frenchText.contains("Codes de sortie : 0 chaque tablette terminée ;"), "\(french.stdout)")
        // ArgumentParser's own headings and words too.
        #expect(french.stdout.contains("\nUTILISATION : valise provision ") && french.stdout.contains("\nOPTIONS :\n"), "\(french.stdout)")
        #expect(frenchText.contains("-h, --help Afficher l'aide.") && frenchText.contains("(par défaut : "), "\(french.stdout)")
        #expect(!french.stdout.contains("OVERVIEW:") && !french.stdout.contains("USAGE:") && !french.stdout.contains("Show help information."))

        let english = try cli.valise(["provision", "--help"], home: home.url)
        let englishText = Self.flat(english.stdout)
        #expect(englishText.contains("OVERVIEW: Provision tablets from a class profile: enrol, apps, settings, Wi-Fi, ENT, signed bundle."), "\(english.stdout)")
        #expect(englishText.contains("--dry-run Say what would change on each tablet; change nothing."), "\(english.stdout)")
        #expect(english.stdout.contains("\nUSAGE: valise provision ") && englishText.contains("-h, --help Show help information."))

        let root = try cli.valise(["--help"], home: home.url, extra: ["LANG": "fr_FR.UTF-8"])
        let rootText = Self.flat(root.stdout)
        #expect(rootText.contains("DESCRIPTION : Préparer une mallette de tablettes Android scolaires par USB ou TCP."), "\(root.stdout)")
        #expect(rootText.contains("demo Préparer de bout en bout une mallette de tablettes simulées (rien de réel n'est touché)."), "\(root.stdout)")
        #expect(rootText.contains("doctor Vérifier l'accès USB, les règles udev"), "\(root.stdout)")
        #expect(rootText.contains("setup-usb Installer les règles udev (uaccess)"), "\(root.stdout)")
        let rootEnglish = Self.flat(try cli.valise(["--help"], home: home.url).stdout)
        #expect(rootEnglish.contains("demo Provision a simulated case of tablets end to end (nothing real is touched)."), "\(rootEnglish)")
    }

    /// The help is built when asked for, so it follows the language chosen then (no text is fixed at start-up).
    @Test func theHelpFollowsTheLanguageChosenInProcess() {
        let french = Language.$chosen.withValue(.french) { ProvisionCommand.helpMessage(columns: 400) }
        let english = Language.$chosen.withValue(.english) { ProvisionCommand.helpMessage(columns: 400) }
        #expect(french.contains("Afficher les résultats en JSON."), "\(french)")
        #expect(french.contains("Seulement cette tablette (répétable)."), "\(french)")
        #expect(english.contains("Print the results as JSON."), "\(english)")
        #expect(english.contains("Only this tablet (repeatable)."), "\(english)")
        #expect(Language.$chosen.withValue(.french) { WatchCommand.configuration.abstract }
                == "Mode poste : préparer chaque tablette dès qu'elle est branchée (Ctrl-C arrête).")
        #expect(Language.$chosen.withValue(.english) { WatchCommand.configuration.abstract }
                == "Station mode: provision each tablet as it is plugged in (Ctrl-C stops).")
    }

    /// A command's own mistakes and lines: a usage mistake, the list of tablets.
    @Test func aCommandsOwnLinesAreInFrench() throws {
        let home = TemporaryDirectory()
        let classFile = try DemoProfiles.copy(to: home.url.appendingPathComponent("profiles"))
        let which = try cli.valise(["provision", "--profile", classFile.path], home: home.url, extra: Self.french)
        #expect(which.status == 64)
        #expect(which.stderr.hasPrefix("Erreur : Dites quelles tablettes : --all, ou --serial SERIAL (répétable).\n"), "\(which.stderr)")
        let english = try cli.valise(["provision", "--profile", classFile.path], home: home.url, extra: Self.english)
        #expect(english.stderr.hasPrefix("Error: Say which tablets: --all, or --serial SERIAL (repeatable).\n"), "\(english.stderr)")

        // Mistakes ArgumentParser finds itself, in its words put in French.
        let missing = try cli.valise(["provision"], home: home.url, extra: Self.french)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Erreur : Argument attendu manquant : '--profile <profile>'\nAide : "), "\(missing.stderr)")
        #expect(missing.stderr.contains("\nUtilisation : valise provision ") && missing.stderr.contains("Voir 'valise provision --help' pour en savoir plus."))
        let format = try cli.valise(["report", "--format", "pdf"], home: home.url, extra: Self.french)
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix("Erreur : La valeur 'pdf' n'est pas valable pour '--format <format>'. Donnez l'une de ces valeurs : 'table', 'csv', 'json' ou 'html'.\n"),
                "\(format.stderr)")
        let unknown = try cli.valise(["frobnicate"], home: home.url, extra: Self.french)
        #expect(unknown.stderr.hasPrefix("Erreur : Argument inattendu 'frobnicate'\n"), "\(unknown.stderr)")
        let missingEnglish = try cli.valise(["provision"], home: home.url, extra: Self.english)
        #expect(missingEnglish.stderr.hasPrefix("Error: Missing expected argument '--profile <profile>'\nHelp: "), "\(missingEnglish.stderr)")
        #expect(missingEnglish.stderr.hasSuffix("See 'valise provision --help' for more information.\n"), "\(missingEnglish.stderr)")

        let fixture = try TabletFixture(index: 64)
        let devices = try cli.valise(["devices", "--tcp", "127.0.0.1:\(fixture.tablet.port)"], home: home.url, extra: Self.french)
        #expect(devices.status == 0, "\(devices.stderr)")
        #expect(devices.stdout.hasPrefix("EMPLACEMENT  N° DE SÉRIE"), "\(devices.stdout)")
        #expect(devices.stdout.contains("MODÈLE") && devices.stdout.contains("BATTERIE") && devices.stdout.contains("ADRESSE"), "\(devices.stdout)")
        let none = try cli.valise(["devices"], home: home.url, extra: Self.french)
        #expect(none.stdout.contains("Aucune tablette. Branchez une mallette, ou donnez --tcp HOST:PORT"), "\(none.stdout)\(none.stderr)")
    }

    /// What the rentrée prints after its run: the table of what remains, and what to do.
    @Test func whatRemainsOfARentreeIsSaidInFrench() {
        let remainders = [RentreeRemainder(caseName: "valise-1", className: "5A", expected: 16, provisioned: 14, needHand: [3], missing: [7]),
                          RentreeRemainder(caseName: "valise-2", className: "5B", expected: 0, provisioned: 0, needHand: [], missing: [])]
        let french = Language.$chosen.withValue(.french) { RentreeRemainder.render(remainders) }
        #expect(french.hasPrefix("MALLETTE  CLASSE  PRÉPARÉES  EMPLACEMENTS À REPRENDRE  EMPLACEMENTS PAS ENCORE FAITS\n"), "\(french)")
        #expect(french.contains("14 sur 16"), "\(french)")
        #expect(french.contains("aucun vu (aucun plan de mallette ne nomme cette mallette)"), "\(french)")
        #expect(french.contains("\n\n2 emplacements restent : branchez ces tablettes"), "\(french)")
        #expect(french.contains("\nAucune tablette de valise-2 n'a été vue : branchez la mallette"), "\(french)")
        let english = Language.$chosen.withValue(.english) { RentreeRemainder.render(remainders) }
        #expect(english.hasPrefix("CASE      CLASS  PROVISIONED  SLOTS NEEDING A HAND  SLOTS NOT DONE YET\n"), "\(english)")
        #expect(english.contains("\n\n2 slots remain: plug those tablets in (or see WHY AND FIX above) and run the same command again."), "\(english)")
    }
}
