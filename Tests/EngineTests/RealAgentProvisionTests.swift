import Foundation
import Simulator
import TestSupport
import Testing
@testable import Engine

/// Valise's host code against the agent that ships: each simulated tablet relays `localabstract:valise-agent` to the
/// agent's own code running on the JVM (`AgentHarness`), and the calls that agent made to Android are checked
/// against the profile (Profiles/demo with a filtering proxy: Wi-Fi, proxy, device name, time zone, restrictions, update policy, ENT bookmarks).
@Suite(.serialized) struct RealAgentProvisionTests {
    @Test func aCaseIsProvisionedThroughTheRealAgent() throws {
        let apk = try Data(contentsOf: try RealAgent.apk())
        // Android 14 tablets: Wi-Fi goes through the agent only (no `cmd wifi` for the shell from Android 13).
        let filtering = "\nfiltering:\n  proxy: {type: manual, host: filtre.demo.example, port: 3128}\n"
        let fixture = try CaseFixture(count: 3, sdk: [0: 34, 1: 34, 2: 34], seed: "real-agent", agent: [UInt8](apk), profile: filtering)
        let harnesses = try fixture.tablets.indices.map { try RealAgent.Harness(state: fixture.folder.appendingPathComponent("agent-\($0)")) }
        for (tablet, harness) in zip(fixture.tablets, harnesses) { tablet.persona.agentForward = harness.port }

        let results = try fixture.provision()
        #expect(results.allSatisfy { $0.problem == nil }, "\(results.compactMap(\.problem))")
        for (index, (tablet, harness)) in zip(fixture.tablets, harnesses).enumerated() {
            #expect(tablet.persona.startedServices["fr.valise.agent/.AgentService"] == 1)
            let calls = harness.calls()
            func args(_ name: String) -> [[Any]] { calls.filter { $0["call"] as? String == name }.compactMap { $0["args"] as? [Any] } }
            let name = String(format: "DEMO-5A-%02d", index + 1)
            #expect(args("setDeviceOwnerLockScreenInfo").contains { "\($0)".contains(name) }, "\(harness.callNames())")
            #expect(args("setTimeZone").contains { "\($0)".contains("America/Marigot") })
            #expect(args("addNetwork").contains { "\($0)".contains("Valise-Demo") }, "\(harness.callNames())")
            #expect(args("setRecommendedGlobalProxy").contains { "\($0)".contains("filtre.demo.example") && "\($0)".contains("3128") },
                    "\(args("setRecommendedGlobalProxy"))")
            let restrictions = args("addUserRestriction").map { "\($0)" }
            #expect(restrictions.contains { $0.contains("no_factory_reset") } && restrictions.contains { $0.contains("no_add_user") })
            // Windowed 02:00–04:00, frozen for the brevet.
            let update = args("setSystemUpdatePolicy").map { "\($0)" }
            #expect(update.contains { $0.contains("120") && $0.contains("240") && $0.contains("--06-10/--07-05") }, "\(update)")
            #expect(args("setApplicationRestrictions").contains { "\($0)".contains("com.android.chrome") && "\($0)".contains("iguane") })
        }

        // A second run: the agent reports the applied bundle (STATUS), so it changes nothing on any tablet.
        let changes = { (harness: RealAgent.Harness) in
            harness.callNames().filter { !$0.hasPrefix("get") && !$0.hasPrefix("is") }.count
        }
        let before = harnesses.map(changes)
        #expect(before.allSatisfy { $0 > 5 })
        let second = try fixture.provision()
        #expect(second.allSatisfy { $0.problem == nil })
        #expect(harnesses.map(changes) == before)
    }
}
