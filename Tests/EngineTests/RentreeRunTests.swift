import Devices
import Foundation
import Inventory
import Profiles
import Testing
import Transports
@testable import Engine

/// A rentrée run through the engine: several cases of one plan at once over loopback TCP, then what remains of each.
@Suite(.serialized) struct RentreeRunTests {
    @Test func everyCaseIsProvisionedAtOnceThenWhatRemainsIsCountedPerCase() throws {
        // Named by case: slot 1 of valise-a and slot 1 of valise-b would otherwise both be 5A-01.
        let fixture = try CaseFixture(count: 3, seed: "rentree", profile: "\nnaming:\n  template: \"{class}-{case}-{slot:02}\"\n")
        let probe = try TCPSocket.listen(host: "127.0.0.1", port: 0)
        let nobody = "127.0.0.1:\(probe.localPort)"   // nothing listens there once the probe is closed
        probe.close()
        let address = fixture.tablets.map { "127.0.0.1:\($0.port)" }
        let text = """
            name: Rentrée test
            profiles: Profiles
            cases:
              valise-a: {class: 5A, tcp: ["\(address[0])", "\(address[1])"]}
              valise-b: {class: 5A, tcp: ["\(address[2])", "\(nobody)"]}
              cart-9: 5A
            """
        let plan = try RentreePlan.parse(text, file: "rentree.yaml", folder: URL(fileURLWithPath: fixture.folder.path)).get()
        let provisioner = Provisioner(plan: fixture.plan, inventory: fixture.inventory, connector: fixture.connector,
                                      limits: SchedulerLimits(global: 8, perGroup: 8, maxAttempts: 2, initialBackoff: .milliseconds(100)))
        let cases = try plan.cases.map { entry in
            let targets = try TCPAddress.parseAll(entry.tcp, environment: nil).enumerated().map {
                ProvisionTarget(slot: $0.offset + 1, address: $0.element, caseName: entry.name)
            }
            return RentreeRun.Case(entry: entry, provisioner: provisioner, targets: targets)
        }
        let run = RentreeRun(plan: plan, cases: cases, caseMaps: .none, inventory: fixture.inventory)

        var started: [ProvisioningSession] = []
        let results = try run.run(events: { [events = fixture.events] in events.append($0) }, started: { started = $0 })
        #expect(started.count == 2, "a session for each case with tablets attached, none for cart-9")
        #expect(results.count == 4)
        let done = results.filter { $0.problem == nil && !$0.cancelled }
        #expect(Set(done.map(\.target)) == Set(cases.prefix(2).flatMap(\.targets).filter { $0.endpoint.tcpAddress?.description != nobody }),
                "\(results.map { "\($0.target): \($0.problem?.summary ?? "done")" })")
        #expect(results.first { $0.target.endpoint.tcpAddress?.description == nobody }?.problem != nil)
        for (index, (caseName, name)) in [("valise-a", "5A-valise-a-01"), ("valise-a", "5A-valise-a-02"), ("valise-b", "5A-valise-b-01")].enumerated() {
            let record = try #require(try fixture.inventory.tablet(serial: fixture.tablets[index].serial))
            #expect(record.status == "provisioned" && record.caseName == caseName && record.className == "5A" && record.name == name,
                    "\(record)")
        }
        #expect(Set(fixture.events.all.compactMap(\.caseName)) == ["valise-a", "valise-b"])

        let remaining = try run.remaining()
        #expect(remaining.map(\.caseName) == ["valise-a", "valise-b", "cart-9"])
        #expect(remaining[0].expected == 2 && remaining[0].provisioned == 2 && remaining[0].missing.isEmpty && remaining[0].needHand.isEmpty)
        #expect(remaining[1].expected == 2 && remaining[1].provisioned == 1 && remaining[1].missing + remaining[1].needHand == [2])
        #expect(remaining[2].unmapped)
    }
}
