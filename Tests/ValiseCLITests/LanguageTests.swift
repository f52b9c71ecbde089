import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import ValiseCLI

/// French where the locale is French, English otherwise, from the one catalog.
@Suite struct LanguageTests {
    let cli = CLITests()

    @Test(arguments: [
        (["LANG": "fr_FR.UTF-8"], Language.french),
        (["LANG": "fr_BE"], .french),
        (["LANG": "fr"], .french),
        (["LANG": "en_GB.UTF-8"], .english),
        (["LANG": "C.UTF-8"], .english),
        ([:], .english),
        (["LANG": "de_DE.UTF-8"], .english),
        // POSIX: LC_ALL, then LC_MESSAGES, then LANG; an empty one does not count.
        (["LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"], .english),
        (["LC_ALL": "", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"], .french),
        // GNU's LANGUAGE list first, unless the locale is C.
        (["LANGUAGE": "de:fr", "LANG": "en_US.UTF-8"], .french),
        (["LANGUAGE": "fr", "LANG": "C"], .english),
    ] as [([String: String], Language)])
    func theLocaleChoosesTheLanguage(environment: [String: String], language: Language) {
        #expect(Language(environment: environment) == language, "\(environment)")
    }

    @Test func anErrorIsFramedInTheReadersLanguage() {
        let error = UnexplainedError(CocoaError(.fileNoSuchFile))
        let english = Language.$chosen.withValue(.english) { ErrorRenderer.text(error, verbose: false) }
        let french = Language.$chosen.withValue(.french) { ErrorRenderer.text(error, verbose: false) }
        #expect(english.contains("\nWhy: Valise has no explanation written for this error"), "\(english)")
        #expect(english.hasSuffix("\nHelp: docs/troubleshooting.md#unexpected-errors"))
        #expect(french.contains("\nPourquoi : Valise n'a pas d'explication écrite pour cette erreur"), "\(french)")
        #expect(french.contains("\nSolution : Relancez la même commande avec --verbose"))
        #expect(french.hasSuffix("\nAide : docs/fr/depannage.md#unexpected-errors"))
    }

    /// The built binary, as a parc manager with a French workstation runs it.
    @Test func theCommandLineSpeaksFrenchWhenTheLocaleIsFrench() throws {
        let home = TemporaryDirectory()
        let missing = home.file("nothing-here.sqlite").path
        let french = try cli.valise(["report", "--inventory", missing], home: home.url, extra: ["LANG": "fr_FR.UTF-8"])
        let english = try cli.valise(["report", "--inventory", missing], home: home.url)
        #expect(french.status == english.status && french.status != 0)
        #expect(french.stderr.hasPrefix("Erreur : "), "\(french.stderr)")
        #expect(french.stderr.contains("\nUtilisation : valise report "), "\(french.stderr)")
        #expect(french.stderr.hasSuffix("Voir 'valise report --help' pour en savoir plus.\n"), "\(french.stderr)")
        #expect(english.stderr.hasPrefix("Error: "), "\(english.stderr)")
        #expect(english.stderr.contains("\nUsage: valise report "), "\(english.stderr)")

        let garbage = home.file("garbage.sqlite")
        try Data(repeating: 7, count: 4096).write(to: garbage)
        let broken = try cli.valise(["report", "--inventory", garbage.path], home: home.url, extra: ["LANG": "fr_FR.UTF-8"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("\nSolution : "), "\(broken.stderr)")
        #expect(broken.stderr.contains("\nAide : docs/fr/depannage.md#inventory"), "\(broken.stderr)")
    }
}
