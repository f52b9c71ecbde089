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
        #expect(applied == ["v1", "v2", "v3", "v4", "v5", "v6"])
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

    @Test func everyColumnOfATabletAndAJournalLineIsKeptAsTheColumnsSayIt() throws {
        let (inventory, folder) = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        var tablet = TabletRecord(serial: "VAL9", model: "SM-T220", now: Date(timeIntervalSince1970: 1_790_000_000.25))
        tablet.name = "DEMO-5A-09"; tablet.school = "Collège"; tablet.className = "5A"; tablet.caseName = "valise-2"; tablet.slot = 9
        tablet.firmware = "T220XXU1"; tablet.agentVersion = 3; tablet.bundleDigest = "ab"; tablet.bundleSequence = 1_790_000_000
        tablet.bundleContent = "cd"; tablet.profilePath = "Profiles/demo/5A.yaml"; tablet.firmwareStatus = "current"
        tablet.address = "1-1.3"; tablet.status = "provisioned"; tablet.reason = "why — fix"
        try inventory.save(tablet)
        #expect(try inventory.tablet(serial: "VAL9") == tablet)
        // Stored as GRDB stores them (dates as UTC text), so other readers of the file see the same values.
        let raw = try inventory.pool.read { try Row.fetchOne($0, sql: "SELECT updatedAt, slot FROM tablet WHERE serial = 'VAL9'") }
        #expect(raw?["updatedAt"] == "2026-09-21 14:13:20.250")
        #expect(raw?["slot"] == 9)
        let run = try inventory.beginRun(command: "provision", profile: nil)
        try inventory.journal(run: run, serial: "VAL9", step: "apps", .failed, detail: "unplugged", now: Date(timeIntervalSince1970: 1_790_000_001))
        let line = try #require(try inventory.journal(serial: "VAL9").first)
        #expect(line.runId == run && line.step == "apps" && line.phase == .failed && line.detail == "unplugged")
        #expect(line.at == Date(timeIntervalSince1970: 1_790_000_001))
        let phase = try inventory.pool.read { try String.fetchOne($0, sql: "SELECT phase FROM journal") }
        #expect(phase == "failed")
    }

    @Test func datesAreWrittenAsGRDBWritesThem() {
        var dates = [0, 0.0009, 0.9999, 1_790_000_000.25, 1_790_000_000.1239, 951_782_400.5, 4_102_444_799.999, -1.5, 86_399.9994]
            .map(Date.init(timeIntervalSince1970:))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { dates.append(Date(timeIntervalSince1970: Double.random(in: 0..<4_102_444_800, using: &generator))) }
        for date in dates {
            #expect(StoredDate.text(date) == String.fromDatabaseValue(date.databaseValue), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func aPlacementReadsOnlyTheTabletsOfItsCaseAndClassAndThoseOfItsName() throws {
        let (inventory, folder) = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        func tablet(_ serial: String, _ caseName: String?, _ className: String?, slot: Int, name: String) throws {
            var record = TabletRecord(serial: serial)
            record.caseName = caseName; record.className = className; record.slot = slot; record.name = name
            try inventory.save(record)
        }
        try tablet("V3", "valise-a", "5A", slot: 2, name: "5A-02")
        try tablet("V1", "valise-a", "5A", slot: 1, name: "5A-01")
        try tablet("V2", "valise-b", "5A", slot: 1, name: "5A-B-01")
        try tablet("V4", nil, "5A", slot: 1, name: "5A-01")
        try tablet("V5", nil, nil, slot: 7, name: "loose")
        #expect(try inventory.tablets(caseName: "valise-a", className: "5A").map(\.serial) == ["V1", "V3"])
        #expect(try inventory.tablets(caseName: nil, className: "5A").map(\.serial) == ["V4"])
        #expect(try inventory.tablets(caseName: nil, className: nil).map(\.serial) == ["V5"])
        #expect(try inventory.tablets(named: "5A-01").map(\.serial) == ["V4", "V1"])   // the order of `tablets()`
        #expect(try inventory.tablets().filter { $0.name == "5A-01" }.map(\.serial) == ["V4", "V1"])
        #expect(try inventory.tablets(named: "5A-09").isEmpty)
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

/// SQLite's failures on the inventory, each mapped once (`InventoryError.from`) to what, why and the fix.
@Suite struct InventoryFailureTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-inventory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aFullDiskIsNamedWithoutSQLitesWords() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inventory = try Inventory(home: folder.path)
        let run = try inventory.beginRun(command: "provision", profile: nil)
        try inventory.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let error = try #require(throws: InventoryError.self) {
            for index in 0..<10_000 {
                try inventory.journal(run: run, serial: "VAL\(index)", step: "apps", .started, detail: String(repeating: "x", count: 500))
            }
        }
        #expect(error.kind == .diskFull)
        #expect(error.summary == "The inventory \(inventory.path) could not be written: the disk is full.")
        #expect(error.action.hasPrefix("Free space on the disk of \(folder.path)"))
        #expect(!error.summary.contains("SQLite") && !error.reason.contains("SQLite error"))
        #expect(error.detail?.contains("SQLite error 13") == true)
    }

    @Test func readOnlyOpensReadAndRefuseWrites() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try Inventory(home: folder.path)
        try writer.save(TabletRecord(serial: "VAL1", model: "SM-T220"))
        try writer.checkpoint()
        let walSize = try FileManager.default.attributesOfItem(atPath: writer.path + "-wal")[.size] as? Int
        #expect(walSize == 0)
        let reader = try Inventory(path: writer.path, readOnly: true)
        #expect(try reader.tablets().map(\.serial) == ["VAL1"])
        let error = try #require(throws: InventoryError.self) { try reader.save(TabletRecord(serial: "VAL2", model: "SM-T220")) }
        #expect(error.kind == .readOnly)
        #expect(error.summary == "The inventory \(writer.path) cannot be written.")
    }

    @Test func anSQLiteFileWithoutValisesTablesIsNotTakenAsNew() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("photos.sqlite").path
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE photo (id INTEGER PRIMARY KEY)") }
        let error = try #require(throws: InventoryError.self) { _ = try Inventory(path: path) }
        #expect(error.kind == .notAnInventory)
        #expect(error.summary == "\(path) is not a Valise inventory: it is an SQLite database without Valise's tables.")
        #expect(try DatabaseQueue(path: path).read { db in try db.tableExists("tablet") } == false)
        // A file with no tables at all (its content left in a -wal that was not copied) is not read as an empty inventory.
        let bare = folder.appendingPathComponent("bare.sqlite").path
        try DatabaseQueue(path: bare).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 1") }
        let copy = try #require(throws: InventoryError.self) { _ = try Inventory(path: bare, readOnly: true) }
        #expect(copy.summary.contains("with no tables (a copy made without its -wal file?)"))
    }
}
