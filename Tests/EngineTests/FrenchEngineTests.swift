import Devices
import Diagnostics
import Foundation
import Inventory
import Testing
import Transports
@testable import Engine

/// The engine's messages in French and in English: why a tablet stopped or needs a hand and its fix, the job's
/// events, what is stored in the inventory, and the station report (table words and HTML page).
@Suite(.serialized) struct FrenchEngineTests {
    static func french<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.french) { try body() } }
    static func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.english) { try body() } }

    @Test func stopReasonsSayWhatIsLeftToDoInBothLanguages() {
        let left = ["apps", "settings", "wifi", "bundle", "read-back"]
        let english = Self.english { TabletProblem.stopped(.requested, left: left).whyAndFix }
        #expect(english == StationReportPageTests.stopped)
        let french = Self.french { TabletProblem.stopped(.requested, left: left).whyAndFix }
        #expect(french == "Arrêtée par l'utilisateur (Ctrl-C) avant d'être préparée. Reste à faire : apps, settings, wifi, bundle, read-back. "
            + "Solution : Relancez la même commande : elle reprend d'ici (les étapes terminées sont conservées).")

        let unplugged = Self.french { TabletProblem.stopped(.unplugged, left: nil) }
        #expect(unplugged.summary == "Débranchée avant d'être préparée.")
        #expect(unplugged.reason == "Reste à faire : toutes les étapes (son tour n'était pas venu).")
        #expect(unplugged.action == "Rebranchez-la (le mode poste la reprend) ou relancez la commande ; les étapes terminées sont conservées.")
        let englishUnplugged = Self.english { TabletProblem.stopped(.unplugged, left: nil) }
        #expect(englishUnplugged.summary == "Unplugged before it was provisioned.")
        #expect(englishUnplugged.reason == "Left to do: every step (its turn had not come).")
    }

    @Test func busyTabletsAndSharedSerialsAreExplainedInFrench() {
        let holder = TabletLease(command: "provision", pid: 4242, host: "poste-cdi", since: Date())
        let busy = Self.french { TabletLeasing.busy(serial: "VAL0001", slot: 3, holder: holder, waited: .seconds(30)) }
        #expect(busy.summary.hasPrefix("La tablette VAL0001 (emplacement 3) est occupée par `valise provision` (PID 4242 sur poste-cdi) depuis "))
        #expect(busy.reason == "Elle était toujours occupée après 30 secondes d'attente (--step-timeout).")
        #expect(busy.action == "Attendez que cette exécution se termine, puis relancez cette commande ; ou ajoutez --wait pour l'attendre.")
        let englishBusy = Self.english { TabletLeasing.busy(serial: "VAL0001", slot: 3, holder: holder, waited: nil) }
        #expect(englishBusy.summary.hasPrefix("Tablet VAL0001 (slot 3) is busy: worked on by `valise provision` (PID 4242 on poste-cdi) since "))
        #expect(englishBusy.reason == "Two runs on one tablet would install everything twice and mix up its record; this run left it alone.")

        let first = ProvisionTarget(slot: 1, address: TCPAddress(host: "127.0.0.1", port: 5555))
        let second = ProvisionTarget(slot: 2, address: TCPAddress(host: "127.0.0.1", port: 5556))
        let arrived = Self.french { DuplicateSerials.arrived("CLONE01", at: second, holder: first) }
        #expect(arrived.summary == "La tablette de l'emplacement 2 (127.0.0.1:5556) répond avec le numéro de série CLONE01, comme celle "
            + "de l'emplacement 1 (127.0.0.1:5555), en cours de préparation ; elle n'a pas été modifiée.")
        #expect(arrived.action.hasPrefix("Gardez-en une seule dans l'exécution et mettez les autres de côté (débranchez-les"))
        let shared = Self.french { DuplicateSerials.problem("CLONE01", places: ["emplacement 1 (a)", "emplacement 2 (b)", "emplacement 3 (c)"]) }
        #expect(shared.summary == "Ces tablettes répondent toutes avec le numéro de série CLONE01 : emplacement 1 (a), emplacement 2 (b) "
            + "et emplacement 3 (c) ; aucune n'a été modifiée.")
        let englishShared = Self.english { DuplicateSerials.problem("CLONE01", places: ["slot 1 (a)", "slot 2 (b)"]) }
        #expect(englishShared.summary == "Tablets at slot 1 (a) and slot 2 (b) all answer with serial CLONE01; none of them was changed.")
    }

    @Test func movingATabletSaysWhyItCannotInFrench() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-fr-move-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inventory = try Inventory(home: folder.path)
        for (serial, slot) in [("VALA", 1), ("VALB", 2)] {
            var record = TabletRecord(serial: serial, model: "SM-X200")
            record.className = "5A"
            record.caseName = "QO-5A"
            record.slot = slot
            record.name = "DEMO-5A-0\(slot)"
            try inventory.save(record)
        }
        do {
            _ = try Self.french { try TabletMove.move(serial: "NOPE", toCase: "QO-5A", slot: 4, inventory: inventory) }
            Issue.record("an unknown serial was moved")
        } catch let problem as TabletProblem {
            #expect(problem.summary == "Aucune tablette de numéro de série NOPE n'est dans l'inventaire ; rien n'a été déplacé.")
            #expect(problem.action.hasPrefix("Vérifiez le numéro de série avec `valise report`"))
        }
        do {
            _ = try Self.french { try TabletMove.move(serial: "VALA", toCase: "QO-5A", slot: 2, inventory: inventory) }
            Issue.record("two tablets were put in one slot")
        } catch let problem as TabletProblem {
            #expect(problem.summary == "L'emplacement 2 de la mallette QO-5A est occupé par la tablette VALB (DEMO-5A-02) ; VALA n'a pas été déplacée.")
            #expect(problem.reason == "Deux tablettes dans un même emplacement recevraient le même nom.")
        }
        let moved = try Self.french { try TabletMove.move(serial: "VALA", toCase: "QO-5A", slot: 5, inventory: inventory) }
        #expect(moved.from == "emplacement 1 de la mallette QO-5A")
        let back = try Self.english { try TabletMove.move(serial: "VALA", toCase: "QO-5A", slot: 1, inventory: inventory) }
        #expect(back.from == "slot 5 of case QO-5A")
    }

    /// A real job on simulated tablets, run on this task: its events, its problems and what it stores are French.
    @Test func aJobRunInFrenchSaysAndStoresItsReasonsInFrench() throws {
        let fixture = try CaseFixture(count: 3, faults: [0: ["battery-low"], 1: ["accounts-present"]], seed: "francais")
        let run = try fixture.inventory.beginRun(command: "provision", profile: nil)
        let events = EventLog()
        func job(_ index: Int, dryRun: Bool = false) throws -> JobOutcome<TabletProblem> {
            let target = fixture.targets[index]
            let device = try fixture.connector.connect(try #require(target.endpoint.tcpAddress))
            let job = TabletJob(plan: fixture.plan, inventory: fixture.inventory, run: run, target: target, dryRun: dryRun,
                                events: { events.append($0) })
            return job.attempt(device, token: CancellationToken())
        }
        let battery = try Self.french { try job(0) }
        guard case .permanent(let low) = battery else { Issue.record("battery: \(battery)"); return }
        let first = fixture.tablets[0].serial
        #expect(low.summary.hasPrefix("La tablette de l'emplacement 1 (\(first)) n'a que "))
        #expect(low.summary.hasSuffix(" % de batterie, moins que les 30 % que demande ce profil."))
        #expect(low.reason == "Flasher ou enrôler une tablette qui risque de s'éteindre en cours de route peut la rendre inutilisable.")
        #expect(low.action == "Laissez-la en charge jusqu'à ce qu'elle dépasse 30 %, puis relancez la commande (les étapes terminées sont conservées).")

        let accounts = try Self.french { try job(1) }
        guard case .permanent(let account) = accounts else { Issue.record("accounts: \(accounts)"); return }
        let second = fixture.tablets[1].serial
        #expect(account.summary == "La tablette de l'emplacement 2 (\(second)) a un compte : elle ne peut pas être enrôlée.")
        #expect(account.action == "Sur la tablette : Paramètres > Comptes, supprimez tous les comptes, puis relancez la commande "
            + "(ou réinitialisez-la aux paramètres d'usine).")
        // The inventory keeps the reason in the language of the run: `valise report` shows it as it was stored.
        let stored = try #require(try fixture.inventory.tablet(serial: second)?.reason)
        #expect(stored == account.summary + " " + account.reason + " Solution : " + account.action)

        // A dry run, then the real one, of a tablet that has nothing wrong.
        let dry = try Self.french { try job(2, dryRun: true) }
        guard case .succeeded = dry else { Issue.record("dry run: \(dry)"); return }
        #expect(events.all.contains { $0.kind == .wouldChange && $0.message.hasPrefix("enrol : ferait : installer l'agent, la rendre propriétaire") })
        #expect(events.all.contains { $0.kind == .connected && $0.message.contains(", batterie ") && $0.message.hasSuffix(" %") })
        let real = try Self.french { try job(2) }
        guard case .succeeded = real else { Issue.record("run: \(real)"); return }
        #expect(events.all.contains { $0.kind == .step && $0.message.hasPrefix("apps : installer fr.iguane.ent") })
        #expect(events.all.contains { $0.kind == .done && $0.message == "préparée sous le nom DEMO-5A-03" })

        // The report of what was stored, in French.
        let page = try Self.french { try StationReport(inventory: fixture.inventory).html }
        #expect(page.contains("1 sur 3 tablettes préparées : 2 à reprendre."))
        #expect(page.contains("a un compte : elle ne peut pas être enrôlée. Android refuse un propriétaire de l&#39;appareil"))
    }

    @Test func theStationReportPageFollowsTheLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-fr-page-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try StationReport(inventory: try StationReportPageTests.inventory(in: folder))

        let french = Self.french { report.html }
        for text in ["<html lang=\"fr\">", "<title>Valise — état du parc</title>", "<h1>État du parc de tablettes</h1>",
                     "<p class=\"totals\">13 sur 16 tablettes préparées : 2 à reprendre, 1 arrêtée.</p>",
                     "<p class=\"counts\">13 préparées, 2 à reprendre, 1 arrêtée, 16 en tout.</p>",
                     "<h3>À reprendre</h3>", "Emplacement 3 · DEMO-5A-03 · VALAD2E09BA — à reprendre", "Sans emplacement · 127.0.0.1:5558 — à reprendre",
                     "<li class=\"slot needs-a-hand\">à reprendre</li>", "<li class=\"slot stopped\">arrêtée</li>",
                     "<li class=\"slot in-progress\">en cours</li>", "<li class=\"slot empty\">emplacement vide</li>",
                     "? pas encore dans un emplacement (jamais jointe)", "<span class=\"state\">préparée</span>",
                     "<th>Emplacement</th><th>Nom</th><th>Numéro de série</th><th>Modèle</th><th>État</th><th>Firmware</th><th>Niveau de firmware</th>",
                     "<td>à jour</td>", "aria-label=\"emplacements de 5A\""] {
            #expect(french.contains(text), "\(text) is missing from the French page")
        }
        for english in ["need a hand", "Needing a hand", "in all", "empty slot", "lang=\"en\"", ">provisioned<"] {
            #expect(!french.contains(english), "\(english) is left in the French page")
        }
        // The reasons are shown as they were stored (here in English).
        #expect(french.contains("4% battery, below the 30%"))

        let english = Self.english { report.html }
        for text in ["<html lang=\"en\">", "<title>Valise — parc status</title>", "<h1>Tablet parc status</h1>",
                     "<p class=\"totals\">13 of 16 tablets provisioned: 2 need a hand, 1 stopped.</p>",
                     "<p class=\"counts\">13 provisioned, 2 need a hand, 1 stopped, 16 in all.</p>", "<h3>Needing a hand</h3>",
                     "Slot 3 · DEMO-5A-03 · VALAD2E09BA — needs a hand", "<li class=\"slot empty\">empty slot</li>",
                     "<th>Slot</th><th>Name</th><th>Serial</th><th>Model</th><th>State</th><th>Firmware</th><th>Firmware level</th>",
                     "<td>up to date</td>"] {
            #expect(english.contains(text), "\(text) is missing from the English page")
        }
        #expect(!english.contains("à reprendre") && !english.contains("État"))

        // CSV and JSON are data: the same in both languages, states as keys.
        #expect(Self.french { report.csv } == Self.english { report.csv })
        #expect(try Self.french { try report.json() } == Self.english { try report.json() })
        #expect(Self.french { report.csv }.contains(",needs a hand,failed,"))
    }

    @Test func theReportsWordsForStatesAndColumns() {
        #expect(Self.french { StationReport.tableHeader }
            == ["EMPLACEMENT", "NOM", "N° DE SÉRIE", "ÉTAT", "NIVEAU DE FIRMWARE", "POURQUOI ET SOLUTION"])
        #expect(Self.english { StationReport.tableHeader } == ["SLOT", "NAME", "SERIAL", "STATE", "FIRMWARE LEVEL", "WHY AND FIX"])
        #expect(Self.french { TabletState.allCases.map(\.words) } == ["préparée", "à reprendre", "arrêtée", "en cours"])
        #expect(Self.english { TabletState.allCases.map(\.words) } == TabletState.allCases.map(\.rawValue))
        #expect(Self.french { [TabletState.provisioned.count(3), TabletState.needsAHand.count(1), TabletState.stopped.count(2)] }
            == ["3 préparées", "1 à reprendre", "2 arrêtées"])
        #expect(Self.english { [TabletState.provisioned.count(3), TabletState.needsAHand.count(1), TabletState.needsAHand.count(2)] }
            == ["3 provisioned", "1 needs a hand", "2 need a hand"])
    }
}
