import Devices
import Foundation
import Inventory
import Simulator
import Synchronization
import Transports
import TestSupport
import Testing
@testable import Engine

/// Station mode and re-provisioning through the engine: unplug stops a job safely, replug resumes it,
/// and a re-provisioned tablet comes back as it was with a newer bundle.
@Suite(.serialized) struct StationModeTests {
    @Test func anUnpluggedTabletStopsAndResumesWhenPluggedBackWithNothingAppliedTwice() throws {
        // A slow tablet, so the unplug lands in the middle of its job.
        let fixture = try CaseFixture(count: 1, faults: [0: ["slow=3ms"]])
        let provisioner = Provisioner(plan: fixture.plan, inventory: fixture.inventory, connector: fixture.connector,
                                      limits: SchedulerLimits(global: 4, perGroup: 4, maxAttempts: 2, initialBackoff: .milliseconds(100)))
        let session = try provisioner.start(command: "watch", dryRun: false) { [events = fixture.events] in events.append($0) }
        let target = fixture.targets[0]
        session.submit(target)
        try waitUntil("the job to start a step") { fixture.events.all.contains { $0.kind == .step } }
        session.cancel(target)
        try waitUntil("the job to stop") {
            if case .finished(.cancelled, _)? = session.runner.states.first?.state { return true }
            return false
        }
        let serial = fixture.tablets[0].serial
        #expect(try fixture.inventory.tablet(serial: serial)?.status != "provisioned")

        session.submit(target)   // plugged back in
        let results = try session.finish()
        #expect(results.count == 1 && results[0].problem == nil && !results[0].cancelled, "\(results.map(\.problem))")
        #expect(try fixture.inventory.tablet(serial: serial)?.status == "provisioned")
        let applied = fixture.tablets[0].persona.applications
        #expect(!applied.isEmpty && applied.values.allSatisfy { $0 == 1 }, "\(applied)")
    }

    @Test func aFactoryResetTabletIsReprovisionedAsItWasWithAHigherSequence() throws {
        let fixture = try CaseFixture(count: 2)
        #expect(try fixture.provision().allSatisfy { $0.problem == nil })
        let tablet = fixture.tablets[1]
        let before = try #require(try fixture.inventory.tablet(serial: tablet.serial))
        tablet.persona.factoryReset()
        #expect(!tablet.persona.isAgentListening && tablet.persona.identity.timeZone == "Europe/Paris")

        var provisioner = Provisioner(plan: fixture.plan, inventory: fixture.inventory, connector: fixture.connector)
        provisioner.reissueBundles = true
        // Wherever it is plugged now, the slot comes from the inventory.
        let target = ProvisionTarget(slot: try #require(before.slot), address: fixture.targets[1].endpoint.tcpAddress!)
        let results = try provisioner.run([target], command: "reprovision", dryRun: false) { _ in }
        #expect(results.first?.problem == nil, "\(results.first?.problem?.description ?? "")")
        let after = try #require(try fixture.inventory.tablet(serial: tablet.serial))
        #expect(after.name == before.name && after.slot == before.slot && after.className == before.className)
        #expect(after.bundleSequence > before.bundleSequence)
        #expect(tablet.persona.isAgentListening && tablet.persona.identity.timeZone == "America/Marigot")
        #expect(tablet.persona.agentLastSequence == after.bundleSequence)
    }

    @Test func heavyTransfersAreLimitedPerBusGroup() throws {
        let gate = TransferGate(perGroup: 2)
        let peak = Peak()
        let group = DispatchGroup()
        let inside = DispatchSemaphore(value: 0), finish = DispatchSemaphore(value: 0)
        final class Threads: Sendable { let all = Mutex<[KernelThread]>([]) }
        let threads = Threads()
        for index in 0..<6 {
            group.enter()
            Thread {
                defer { group.leave() }
                if let thread = try? KernelThread.current() { threads.all.withLock { $0.append(thread) } }
                let bus = index.isMultiple(of: 2) ? "usb 1-1" : "usb 1-2"
                _ = try? gate.pass(bus, token: nil) {
                    peak.note(bus, gate.inFlight(bus))
                    inside.signal()
                    finish.wait()   // a transfer under way until the test lets it end
                }
            }.start()
        }
        // Two transfers per bus are under way and none can end: the third of each bus waits at the gate.
        for _ in 0..<4 { inside.wait() }
        // Once all six threads sleep (four in their transfer, two at the gate, or a third one in its transfer after it
        // said so), no clock: a transfer that got through has signalled `inside` already.
        try waitUntil("every transfer's thread to wait") {
            threads.all.withLock { $0.count == 6 && $0.allSatisfy(\.isWaitingOnFutex) }
        }
        #expect(inside.wait(timeout: .now()) == .timedOut, "a third transfer got through the gate")
        #expect(gate.inFlight("usb 1-1") == 2 && gate.inFlight("usb 1-2") == 2)
        for _ in 0..<6 { finish.signal() }
        group.wait()
        #expect(peak.value("usb 1-1") == 2 && peak.value("usb 1-2") == 2)

        let token = CancellationToken()
        let full = TransferGate(perGroup: 1)
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        Thread { _ = try? full.pass("g", token: nil) { holding.signal(); release.wait() } }.start()
        holding.wait()
        let waiting = DispatchSemaphore(value: 0)
        let passing = try KernelThread.current()
        Thread {
            // Cancelled once the second transfer waits at the gate (this test's thread sleeps); it must not get through.
            waiting.wait()
            try? waitUntil("the second transfer to wait at the gate") { passing.isWaitingOnFutex }
            token.cancel(.unplugged)
        }.start()
        #expect(throws: CancellationError.self) {
            waiting.signal()
            try full.pass("g", token: token) {}
        }
        release.signal()
    }

    @Test func aPlaceGivenBackOnceItsBytesAreAcrossLetsTheNextTransferInWhileTheFirstStillWaits() throws {
        let gate = TransferGate(perGroup: 1)
        let first = try gate.enter("usb 1-1", token: nil)
        #expect(gate.inFlight("usb 1-1") == 1)
        first.leave()   // the APK is across; the tablet now verifies it, the bus is free
        let second = try gate.enter("usb 1-1", token: nil)
        first.leave()   // the end of the first install gives nothing back twice
        #expect(gate.inFlight("usb 1-1") == 1)
        second.leave()
        #expect(gate.inFlight("usb 1-1") == 0)
    }

    @Test func aLongLivedTokenKeepsNoHandlerOfTheGatesItPassed() throws {
        let token = CancellationToken(), gate = TransferGate(perGroup: 1)
        for _ in 0..<100 { try gate.pass("g", token: token) {} }
        #expect(token.pendingHandlers == 0)
    }

    @Test func usbEndpointsShareTheirRootPort() {
        #expect(TabletEndpoint.usb(portPath: "1-1.4.4").transferGroup == "usb 1-1")
        #expect(TabletEndpoint.usb(portPath: "2-3").transferGroup == "usb 2-3")
        #expect(TabletEndpoint.tcp(.init(host: "127.0.0.1", port: 5555)).transferGroup == "tcp")
    }
}

/// The highest value seen per key (guarded by a lock).
final class Peak: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Int] = [:]
    func note(_ key: String, _ value: Int) { lock.withLock { values[key] = max(values[key] ?? 0, value) } }
    func value(_ key: String) -> Int { lock.withLock { values[key] ?? 0 } }
}

extension TabletEndpoint {
    var tcpAddress: TCPAddress? {
        if case .tcp(let address) = self { return address }
        return nil
    }
}
