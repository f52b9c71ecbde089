import Diagnostics
import Foundation
import Testing
@testable import District

/// The district server's errors and the district report, in French and in English (no server needed: the report is
/// read back from its JSON).
@Suite struct FrenchDistrictTests {
    static func french<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.french) { try body() } }
    static func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.english) { try body() } }

    @Test func districtErrorsSayWhatWhyAndTheFixInFrench() throws {
        let away = DistrictError.unreachable("postgres://valise@district:5432/parc", "could not connect to server: Connection refused")
        #expect(Self.french { away.summary } == "Le serveur du district postgres://valise@district:5432/parc est injoignable.")
        #expect(Self.french { away.reason } == "Le serveur a répondu : could not connect to server: Connection refused. "
            + "Ce poste continue de préparer les tablettes sur son propre journal et envoie ses données quand le serveur revient.")
        #expect(Self.french { away.action }
            == "Vérifiez le serveur, le réseau et l'adresse ; les modifications partiront à la prochaine exécution, ou tout de suite avec `valise sync`.")
        #expect(Self.english { away.description } == "The district server postgres://valise@district:5432/parc cannot be reached. "
            + "The server said: could not connect to server: Connection refused. This station keeps provisioning on its own journal and uploads "
            + "when the server is back. Check the server, the network and the address; the changes go up with the next run, or now with `valise sync`.")

        do {
            _ = try Self.french { try DistrictURL("postgres://valise@district:5432/") }
            Issue.record("an address without a database was taken")
        } catch let error as DistrictError {
            #expect(Self.french { error.summary }
                == "L'adresse de l'inventaire du district postgres://valise@district:5432/ est inutilisable : elle ne nomme aucune base de données (…/DATABASE à la fin).")
            #expect(Self.french { error.action }
                == "Donnez --inventory ou VALISE_INVENTORY sous la forme postgres://USER@HOST:PORT/DATABASE (le mot de passe dans un fichier pgpass en mode 0600).")
        }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-fr-district-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let passfile = folder.appendingPathComponent("pgpass").path
        FileManager.default.createFile(atPath: passfile, contents: Data("district:5432:parc:valise:secret\n".utf8),
                                       attributes: [.posixPermissions: 0o644])
        let url = try DistrictURL("postgres://valise@district:5432/parc?passfile=\(passfile)")
        do {
            try Self.french { try url.checkPasswordFile() }
            Issue.record("a pgpass file others can read was used")
        } catch let error as DistrictError {
            #expect(Self.french { error.summary } == "Le fichier de mots de passe \(passfile) est inutilisable : il est lisible par d'autres (mode 644).")
            #expect(Self.french { error.action } == "Rendez-le lisible par son seul propriétaire : chmod 600 \(passfile).")
        }
        // An error keeps the words of the language it was made in; made in English, it is English.
        do {
            try Self.english { try url.checkPasswordFile() }
            Issue.record("a pgpass file others can read was used")
        } catch let error as DistrictError {
            #expect(Self.english { error.summary } == "The password file \(passfile) cannot be used: it is readable by others (mode 644).")
        }
    }

    static let json = """
        {"generatedAt": "2025-09-01T08:00:00Z", "moves": 1,
         "groups": [{"school": "Collège Vauban", "class": "6A", "case": "Valise 1", "tablets": 4, "provisioned": 2, "inService": 1, "failed": 2,
                     "failureReasons": [{"reason": "Battery at 8%, charge it to 50% and plug it in again.", "count": 2}],
                     "upToDate": 3, "needsFlashing": 1, "unknownModel": 0, "firmwareNotChecked": 0, "lastRentree": "2025-08-31T08:00:00Z"}],
         "schools": [{"name": "Collège Vauban", "indicators": {"tablets": 4, "provisioned": 2, "shareProvisioned": 50, "inService": 1, "failed": 2}}],
         "totals": {"tablets": 4, "provisioned": 2, "shareProvisioned": 50, "inService": 1, "failed": 2},
         "stations": [{"name": "vauban", "instance": "i-1", "firstUpload": "2025-08-30T08:00:00Z", "lastUpload": "2025-09-01T05:00:00Z", "tablets": 4}]}
        """

    @Test func theDistrictReportFollowsTheLanguage() throws {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let report = try decoder.decode(DistrictReport.self, from: Data(Self.json.utf8))

        let page = Self.french { report.html }
        for text in ["<html lang=\"fr\">", "<h1>État du parc du district</h1>", "Généré le 2025-09-01 08:00 UTC.",
                     "2 sur 4 tablettes préparées (50,0 %), 1 en service, 2 à reprendre dans 1 établissement.",
                     "<th>Classe</th><th>Mallette</th><th>Tablettes</th><th>Préparées</th><th>En service</th><th>À reprendre</th>",
                     "<th>Pourquoi les reprendre</th>", "<th>Dernière rentrée</th>", "<h2>Postes</h2>",
                     "<th>Poste</th><th>Premier envoi</th><th>Dernier envoi</th><th>Tablettes envoyées en dernier</th>",
                     "(il y a 3 h)", "1 déplacement d&#39;une tablette vers un autre établissement ou une autre mallette.",
                     "title=\"50,0 % de préparées\"", "style=\"width:50.0%\""] {
            #expect(page.contains(text), "\(text) is missing from the French page")
        }
        let table = Self.french { report.table }
        #expect(table.contains("Collège Vauban : 2 sur 4 préparées (50,0 %), 1 en service, 2 à reprendre\n"))
        #expect(table.contains("classe  mallette  tablettes  préparées  en service  à reprendre  à jour  à flasher  modèle inconnu  dernière rentrée"))
        #expect(table.contains("  Pourquoi les reprendre :\n"))
        #expect(table.contains("District : 2 sur 4 préparées (50,0 %), 1 en service, 2 à reprendre\n"))
        #expect(table.contains("1 déplacement vers un autre établissement ou une autre mallette.\n") && table.contains("Postes :\n"))
        #expect(table.contains("il y a 3 h"))

        let english = Self.english { report.html }
        for text in ["<html lang=\"en\">", "<h1>District parc status</h1>", "Generated 2025-09-01 08:00 UTC.",
                     "2 of 4 tablets provisioned (50.0%), 1 in service, 2 need a hand across 1 school.",
                     "<th>Class</th><th>Case</th><th>Tablets</th>", "<h2>Stations</h2>", "(3 h ago)",
                     "1 move of a tablet to another school or case."] {
            #expect(english.contains(text), "\(text) is missing from the English page")
        }
        let englishTable = Self.english { report.table }
        #expect(englishTable.contains("Collège Vauban: 2 of 4 provisioned (50.0%), 1 in service, 2 need a hand\n"))
        #expect(englishTable.contains("  class  case      tablets  provisioned  in service  needs a hand  up to date  needs flashing  unknown model  last rentrée"))
        #expect(englishTable.contains("  Why they need a hand:\n") && englishTable.contains("Stations:\n  station  last upload"))
        // CSV and JSON are data: the same in both languages.
        #expect(Self.french { report.csv } == Self.english { report.csv })
    }
}
