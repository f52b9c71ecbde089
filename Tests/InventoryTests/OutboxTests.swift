import Foundation
import Testing
@testable import Inventory

/// The outbox a district station's changes wait in until the district server has them.
struct OutboxTests {
    static func temporary(queuesChanges: Bool) throws -> (Inventory, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-outbox-\(UUID().uuidString)")
        return (try Inventory(path: folder.appendingPathComponent("inventory.sqlite").path, queuesChanges: queuesChanges), folder)
    }

    static func record(_ inventory: Inventory) throws -> Int64 {
        let run = try inventory.beginRun(command: "provision", profile: "5A.yaml")
        var tablet = TabletRecord(serial: "VAL001", model: "SM-T220")
        try inventory.save(tablet)
        try inventory.journal(run: run, serial: "VAL001", step: "enrol", .started)
        try inventory.journal(run: run, serial: "VAL001", step: "enrol", .done)
        try inventory.event(run: run, serial: "VAL001", kind: "retry", message: "attempt 2")
        tablet.status = "provisioned"
        try inventory.save(tablet)
        try inventory.finishRun(run, status: "done")
        return run
    }

    @Test func aStationOnItsOwnQueuesNothing() throws {
        let (inventory, folder) = try Self.temporary(queuesChanges: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.record(inventory)
        #expect(try inventory.pending().count == 0)
        #expect(try inventory.outboxBatch(limit: 100).lastID == 0)
    }

    @Test func eachChangeIsQueuedAndABatchCarriesTheRowsAsTheyAreNow() throws {
        let (inventory, folder) = try Self.temporary(queuesChanges: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.record(inventory)
        #expect(try inventory.pending().count == 7)
        let batch = try inventory.outboxBatch(limit: 100)
        #expect(batch.tablets.map(\.status) == ["provisioned"])   // saved twice, sent once, as it is now
        #expect(batch.runs.map(\.id) == [run])
        #expect(batch.runs.first?.status == "done")
        #expect(batch.journal.map(\.phase) == [.started, .done])
        #expect(batch.events.map(\.kind) == ["retry"])
        // A partial batch, then removal up to what the server committed.
        let first = try inventory.outboxBatch(limit: 3)
        #expect(first.runs.count == 1 && first.tablets.count == 1 && first.journal.count == 1 && first.events.isEmpty)
        try inventory.removeOutbox(through: first.lastID)
        #expect(try inventory.pending().count == 4)
        try inventory.removeOutbox(through: batch.lastID)
        #expect(try inventory.pending().count == 0)
        try inventory.queueEverything()
        #expect(try inventory.pending().count == 5)   // one run, one tablet, two journal lines, one event
    }

    @Test func anInventoryThatJoinedADistrictKeepsQueueingWhenOpenedAlone() throws {
        let (inventory, folder) = try Self.temporary(queuesChanges: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try inventory.setMeta("district", "postgres://valise@db:5432/parc")
        let alone = try Inventory(path: inventory.path)
        #expect(alone.queuesChanges)
        _ = try Self.record(alone)
        #expect(try alone.pending().count == 7)
    }

    @Test func theInstanceIsMadeOnceAndKept() throws {
        let (inventory, folder) = try Self.temporary(queuesChanges: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let instance = try inventory.instance()
        #expect(UUID(uuidString: instance) != nil)
        #expect(try Inventory(path: inventory.path).instance() == instance)
        let (other, otherFolder) = try Self.temporary(queuesChanges: true)
        defer { try? FileManager.default.removeItem(at: otherFolder) }
        #expect(try other.instance() != instance)
        try inventory.setMeta("lastUpload", "12")
        #expect(try inventory.meta("lastUpload") == "12")
        try inventory.setMeta("lastUpload", nil)
        #expect(try inventory.meta("lastUpload") == nil)
    }
}
