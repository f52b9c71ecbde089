import Foundation
import Simulator
import TestSupport
import Testing

/// kill -9 of valise in the middle of a case, then the same command again: everything finishes and no step is applied twice.
@Suite struct CrashResumeTests {
    let cli = CLITests()

    @Test func killedMidRunThenResumedAppliesEveryStepExactlyOnce() throws {
        let home = TemporaryDirectory()
        let profiles = home.url.appendingPathComponent("profiles")
        let classFile = try DemoProfiles.copy(to: profiles, agentPadding: 400_000)
        // Slow tablets, so the kill lands while steps are under way.
        let fixtures = try (0..<4).map { try TabletFixture(index: 10 + $0, faults: ["slow=3ms"]) }
        let tcp = fixtures.flatMap { ["--tcp", "127.0.0.1:\($0.tablet.port)"] }
        let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)

        // First run: killed with SIGKILL as soon as two steps have started.
        let first = try CLITests.valiseKilled(["provision", "--profile", classFile.path, "--all"] + tcp,
                                              environment: CLITests.environment(home: home.url, extra: environment),
                                              when: { $0.components(separatedBy: " step: ").count >= 3 })
        #expect(first.killed, "valise finished before it could be killed: \(first.output)")

        // Second run: resumes and finishes.
        let resumed = try cli.valise(["provision", "--profile", classFile.path, "--all"] + tcp, home: home.url, extra: environment)
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(resumed.stdout.contains("4 of 4 tablets provisioned"))
        for fixture in fixtures {
            let applied = fixture.tablet.persona.applications
            let repeated = applied.filter { $0.value > 1 }
            #expect(repeated.isEmpty, "\(fixture.tablet.serial) applied twice: \(repeated)")
            #expect(applied["install:fr.valise.agent"] == 1)
            #expect(applied["dpm:set-device-owner"] == 1)
            #expect(applied["agent:apply"] == 1)
        }
    }
}
