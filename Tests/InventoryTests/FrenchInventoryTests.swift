import Diagnostics
import Foundation
import GRDB
import Testing
@testable import Inventory

/// The inventory's errors, a lease's holder and the states' words, in French and in English.
@Suite struct FrenchInventoryTests {
    static func french<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.french) { try body() } }
    static func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.english) { try body() } }

    @Test func sqliteErrorsAreExplainedInFrench() {
        let path = "/srv/valise/inventory.sqlite"
        let full = Self.french { InventoryError.from(DatabaseError(resultCode: .SQLITE_FULL), path: path, doing: Say.inventoryRecording) }
        #expect(full.kind == .diskFull)
        #expect(full.summary == "L'inventaire /srv/valise/inventory.sqlite n'a pas pu être écrit : le disque est plein.")
        #expect(full.reason == "Il n'y avait plus de place pendant l'enregistrement d'une modification ; cette dernière modification a été annulée, "
            + "tout ce qui précède est conservé.")
        #expect(full.action == "Libérez de la place sur le disque de /srv/valise (voir `df -h /srv/valise`), puis relancez la commande : "
            + "les étapes terminées sont conservées.")
        let englishFull = Self.english { InventoryError.from(DatabaseError(resultCode: .SQLITE_FULL), path: path, doing: Say.inventoryRecording) }
        #expect(englishFull.summary == "The inventory /srv/valise/inventory.sqlite could not be written: the disk is full.")
        #expect(englishFull.reason == "No space was left while recording a change; that last change was rolled back, everything before it is kept.")

        let busy = Self.french { InventoryError.from(DatabaseError(resultCode: .SQLITE_BUSY), path: path, doing: Say.inventoryReading) }
        #expect(busy.summary == "L'inventaire /srv/valise/inventory.sqlite est utilisé par une autre commande valise.")
        #expect(busy.reason == "Une autre commande l'a gardé verrouillé plus de 10 secondes pendant sa lecture par celle-ci.")
        #expect(busy.action == "Laissez l'autre commande (provision, watch, rentree) se terminer ou arrêtez-la, puis relancez celle-ci.")

        let damaged = Self.french { InventoryError.from(DatabaseError(resultCode: .SQLITE_CORRUPT), path: path, doing: Say.inventoryOpening) }
        #expect(damaged.summary == "L'inventaire /srv/valise/inventory.sqlite est endommagé.")
        #expect(damaged.reason == "SQLite y a trouvé des pages abîmées pendant son ouverture ; Valise s'est arrêtée avant de modifier quoi que ce soit d'autre.")
    }

    @Test func aFileThatIsNotAnInventoryIsRefusedInFrench() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-fr-inventory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("inventory.sqlite").path
        FileManager.default.createFile(atPath: path, contents: Data())
        do {
            _ = try Self.french { try Inventory(path: path) }
            Issue.record("an empty file was taken as an inventory")
        } catch let error as InventoryError {
            #expect(error.kind == .notAnInventory)
            #expect(error.summary == "\(path) n'est pas un inventaire Valise : il est vide (0 octet).")
            #expect(error.reason == "Valise ne le prend pas pour un nouvel inventaire vide : chaque tablette paraîtrait nouvelle et repasserait par toutes les étapes.")
            #expect(error.action.hasPrefix("Si c'était l'inventaire de ce poste, mettez-le de côté"))
        }
        do {
            _ = try Self.english { try Inventory(path: path) }
            Issue.record("an empty file was taken as an inventory")
        } catch let error as InventoryError {
            #expect(error.summary == "\(path) is not a Valise inventory: it is empty (0 bytes).")
        }

        let inventory = try Inventory(home: folder.appendingPathComponent("home").path)
        let backup = folder.appendingPathComponent("copie.sqlite").path
        try inventory.backup(to: backup, replace: false)
        do {
            try Self.french { try inventory.backup(to: backup, replace: false) }
            Issue.record("a backup replaced a file")
        } catch let error as InventoryError {
            #expect(error.summary == "\(backup) existe déjà : la sauvegarde ne l'a pas remplacé.")
            #expect(error.action == "Donnez un autre nom de fichier, ou ajoutez --force pour le remplacer.")
        }
    }

    @Test func aLeaseHolderAndTheStatesAreNamedInFrench() {
        let since = Date()
        let lease = TabletLease(command: "watch", pid: 77, host: "poste-cdi", since: since)
        let clock = DateFormatter()
        clock.dateFormat = "HH:mm"
        #expect(Self.french { lease.holderDescription } == "`valise watch` (PID 77 sur poste-cdi) depuis \(clock.string(from: since))")
        #expect(Self.english { lease.holderDescription } == "`valise watch` (PID 77 on poste-cdi) since \(clock.string(from: since))")
        #expect(Self.french { TabletState.needsAHand.words } == "à reprendre")
        #expect(Self.french { TabletState.provisioned.count(0) } == "0 préparée")
        #expect(Self.french { TabletState.inProgress.count(4) } == "4 en cours")
        // The state a CSV or JSON keeps is its key, whatever the language.
        #expect(Self.french { TabletState.needsAHand.rawValue } == "needs a hand")
    }
}
