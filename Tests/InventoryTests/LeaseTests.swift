import Foundation
import TestSupport
import Testing
@testable import Inventory

/// A tablet's lease: one job at a time across the station's processes.
@Suite struct LeaseTests {
    @Test func aLivingHolderKeepsItsLeaseUntilItGivesItBack() throws {
        let (inventory, folder) = try InventoryTests.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = TabletLease(command: "provision"), second = TabletLease(command: "watch")
        #expect(try inventory.takeLease(serial: "VAL1", for: first) == nil)
        let holder = try inventory.takeLease(serial: "VAL1", for: second)
        #expect(holder?.token == first.token)
        #expect(holder?.command == "provision" && holder?.pid == getpid())
        #expect(holder?.holderDescription.hasPrefix("`valise provision` (PID \(getpid())) since ") == true)
        #expect(try inventory.takeLease(serial: "VAL2", for: second) == nil)   // another tablet is free

        try inventory.releaseLease(serial: "VAL1", for: second)                 // not its lease: kept
        #expect(try inventory.leases()["VAL1"]?.token == first.token)
        try inventory.releaseLease(serial: "VAL1", for: first)
        #expect(try inventory.takeLease(serial: "VAL1", for: second) == nil)
        #expect(try inventory.leases()["VAL1"]?.token == second.token)
    }

    @Test func theLeaseOfAHolderThatDiedIsTakenOver() throws {
        let (inventory, folder) = try InventoryTests.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = TabletLease(command: "provision", pid: try Processes.deadPID())
        #expect(try inventory.takeLease(serial: "VAL1", for: dead) == nil)
        let next = TabletLease(command: "provision")
        #expect(try inventory.takeLease(serial: "VAL1", for: next) == nil)
        #expect(try inventory.leases()["VAL1"]?.token == next.token)
        try inventory.releaseLease(serial: "VAL1", for: dead)                   // the dead holder's release changes nothing
        #expect(try inventory.leases()["VAL1"]?.token == next.token)
    }

    @Test func manyProcessesTakingOneLeaseAtOnceGiveItToExactlyOne() throws {
        let (inventory, folder) = try InventoryTests.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Separate connections (as separate processes have), all at once.
        let opened = try (0..<6).map { _ in try Inventory(path: inventory.path) }
        let won = Won()
        DispatchQueue.concurrentPerform(iterations: opened.count) { index in
            do {
                if try opened[index].takeLease(serial: "VAL1", for: TabletLease(command: "provision")) == nil { won.add() }
            } catch {
                won.add("\(error)")
            }
        }
        #expect(won.messages.isEmpty, "\(won.messages)")
        #expect(won.count == 1)
    }

    final class Won: @unchecked Sendable {
        private let lock = NSLock()
        private var said: [String] = []
        var messages: [String] { lock.withLock { said } }
        private var counted = 0
        var count: Int { lock.withLock { counted } }
        func add(_ message: String? = nil) { lock.withLock { counted += 1; if let message { said.append(message) } } }
    }
}

/// Runs that start together on a new station all open (and create) the same inventory at once.
@Suite struct NewInventoryTests {
    @Test func severalOpeningABrandNewInventoryAtOnceAllGetIt() throws {
        for round in 0..<12 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-new-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("inventory.sqlite").path
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                do {
                    let inventory = try Inventory(path: path)
                    _ = try inventory.takeLease(serial: "VAL\(index)", for: TabletLease(command: "provision"))
                } catch {
                    failures.add("round \(round), opener \(index): \(error)")
                }
            }
            #expect(failures.all.isEmpty, "\(failures.all)")
            #expect(try Inventory(path: path).leases().count == 4)
        }
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ text: String) { lock.withLock { list.append(text) } }
        var all: [String] { lock.withLock { list } }
    }
}
