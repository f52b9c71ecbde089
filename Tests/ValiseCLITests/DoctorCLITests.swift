import Foundation
import TestSupport
import Testing

/// `valise doctor` checks what newcomers trip on: parc keys, the secrets file's mode, a class's agent APK, --tcp tablets.
@Suite struct DoctorCLITests {
    let cli = CLITests()

    @Test func doctorNamesEachStationProblemWithItsFix() throws {
        let home = TemporaryDirectory()
        let fixture = try TabletFixture(index: 41)
        let classFile = try DemoProfiles.copy(to: home.url.appendingPathComponent("profiles"))
        let secrets = home.url.appendingPathComponent("valise/secrets.yaml")
        try FileManager.default.createDirectory(at: secrets.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "wifi: valise-demo-wifi\n".write(to: secrets, atomically: true, encoding: .utf8)
        chmod(secrets.path, 0o644)
        try FileManager.default.removeItem(at: home.url.appendingPathComponent("profiles/agent.apk"))
        let arguments = ["doctor", "--rules-dir", home.url.path, "--profile", classFile.path,
                         "--tcp", "127.0.0.1:\(fixture.tablet.port)", "--tcp", "127.0.0.1:1"]
        let run = try cli.valise(arguments, home: home.url, extra: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"])
        #expect(run.status == 2)
        #expect(run.stdout.contains("parc keys: There are no parc keys"), "\(run.stdout)")
        #expect(run.stdout.contains("valise keys init"))
        #expect(run.stdout.contains("secrets: \(secrets.path) can be read by other users (mode 644)"), "\(run.stdout)")
        #expect(run.stdout.contains("Fix: chmod 600 \(secrets.path)"))
        #expect(run.stdout.contains("agent: The agent APK") && run.stdout.contains("is missing"), "\(run.stdout)")
        #expect(run.stdout.contains("tablet 127.0.0.1:\(fixture.tablet.port): answers as \(fixture.tablet.serial)"), "\(run.stdout)")
        #expect(run.stdout.contains("problem  tablet 127.0.0.1:1: Cannot reach"), "\(run.stdout)")

        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        chmod(secrets.path, 0o600)
        let again = try cli.valise(["doctor", "--rules-dir", home.url.path], home: home.url)
        #expect(again.stdout.contains("ok       parc keys: CA"), "\(again.stdout)")
        #expect(again.stdout.contains("ok       secrets: "), "\(again.stdout)")
    }
}
