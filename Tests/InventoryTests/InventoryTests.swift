import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct InventoryTests {
    static func temporary() throws -> (Inventory, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-inventory-\(UUID().uuidString)")
        return (try Inventory(home: folder.path), folder)
    }

    @Test func opensInWALModeAndMigratesOnce() throws {
        let (inventory, folder) = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mode = try inventory.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let again = try Inventory(path: inventory.path)
        let applied = try again.pool.read { try Inventory.migrator.appliedMigrations($0) }
        #expect(applied == ["v1", "v2", "v3", "v4"])
    }

    @Test func journalTellsWhereToResume() throws {
        let (inventory, folder) = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try inventory.beginRun(command: "provision", profile: "demo/5A.yaml")
        try inventory.journal(run: run, serial: "VAL1", step: "identify", .started)
        try inventory.journal(run: run, serial: "VAL1", step: "identify", .done)
        try inventory.journal(run: run, serial: "VAL1", step: "enrol", .started)
        try inventory.journal(run: run, serial: "VAL2", step: "identify", .started)
        try inventory.journal(run: run, serial: "VAL2", step: "identify", .skipped)
        #expect(try inventory.unfinishedSteps(serial: "VAL1") == ["enrol"])
        #expect(try inventory.unfinishedSteps(serial: "VAL2") == [])
        #expect(try inventory.appliedCounts(serial: "VAL1") == ["identify": 1])
        #expect(try inventory.journal(serial: "VAL1").map(\.phase) == [.started, .done, .started])
        try inventory.finishRun(run, status: "interrupted")
        #expect(try inventory.runs().first?.status == "interrupted")
    }

    @Test func tabletsAreSavedAndSortedByPlace() throws {
        let (inventory, folder) = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (serial, slot) in [("B", 2), ("A", 1), ("C", 3)] {
            var tablet = TabletRecord(serial: serial, model: "SM-T220")
            tablet.school = "Collège Quartier d'Orléans"
            tablet.className = "5A"
            tablet.caseName = "Valise 1"
            tablet.slot = slot
            try inventory.save(tablet)
        }
        var updated = try #require(try inventory.tablet(serial: "B"))
        updated.status = "provisioned"
        updated.bundleSequence = 4
        try inventory.save(updated)
        #expect(try inventory.tablets().map(\.serial) == ["A", "B", "C"])
        #expect(try inventory.tablet(serial: "B")?.bundleSequence == 4)
        #expect(try inventory.tablet(serial: "Z") == nil)
    }

    @Test func manyThreadsWriteWithoutLosingLines() throws {
        let (inventory, folder) = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try inventory.beginRun(command: "provision", profile: nil)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            for step in 0..<20 {
                try? inventory.journal(run: run, serial: "VAL\(index)", step: "step\(step)", .started)
                try? inventory.journal(run: run, serial: "VAL\(index)", step: "step\(step)", .done)
            }
        }
        for index in 0..<16 {
            #expect(try inventory.journal(serial: "VAL\(index)").count == 40)
            #expect(try inventory.unfinishedSteps(serial: "VAL\(index)").isEmpty)
        }
    }

    @Test func aDamagedFileIsReportedWithThePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-inventory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("inventory.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: InventoryError.self) { _ = try Inventory(path: path) }
        #expect("\(error)".contains(path))
    }
}
