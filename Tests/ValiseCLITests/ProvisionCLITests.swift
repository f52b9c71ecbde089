import Foundation
import Simulator
import TestSupport
import Testing

/// `valise provision` and `valise demo`, run as the parc manager would.
@Suite struct ProvisionCLITests {
    let cli = CLITests()
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theDemoProvisionsACaseAndNamesTheTabletsThatNeedAHand() throws {
        let home = TemporaryDirectory()
        let page = home.file("report.html")
        let run = try cli.valise(["demo", "--count", "4", "--profiles", Self.repository.appendingPathComponent("Profiles/demo").path,
                                  "--report", page.path], home: home.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("2 of 4 tablets provisioned"))
        #expect(run.stdout.contains("battery, below the 30%"))
        #expect(run.stdout.contains("Settings > Accounts"))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("2 of 4 tablets provisioned: 2 need a hand."))
        #expect(html.components(separatedBy: "<li class=\"slot provisioned\" title=").count - 1 == 2)
        #expect(html.components(separatedBy: "<li class=\"slot needs-a-hand\" title=").count - 1 == 2)
    }

    @Test func provisionThenAgainIsAllSkipsAndADryRunChangesNothing() throws {
        let home = TemporaryDirectory()
        let classFile = try Self.classProfile(in: home)
        let a = try TabletFixture(index: 1), b = try TabletFixture(index: 2)
        let tcp = ["--tcp", "127.0.0.1:\(a.tablet.port)", "--tcp", "127.0.0.1:\(b.tablet.port)"]
        let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

        let noKeys = try cli.valise(["provision", "--profile", classFile.path, "--all"] + tcp, home: home.url, extra: environment)
        #expect(noKeys.status == 1)
        #expect(noKeys.stderr.contains("valise keys init"))

        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        let dry = try cli.valise(["provision", "--profile", classFile.path, "--all", "--dry-run"] + tcp, home: home.url, extra: environment)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("wouldChange: enrol: would install the agent"))
        #expect(!a.tablet.persona.isAgentListening)

        let first = try cli.valise(["provision", "--profile", classFile.path, "--all"] + tcp, home: home.url, extra: environment)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("2 of 2 tablets provisioned"))
        #expect(a.tablet.persona.isAgentListening && b.tablet.persona.isAgentListening)

        let before = [a.tablet.persona.applications, b.tablet.persona.applications]
        let second = try cli.valise(["provision", "--profile", classFile.path, "--serial", b.tablet.serial] + tcp, home: home.url, extra: environment)
        #expect(second.status == 0)
        #expect(!second.stdout.contains(" step: "))
        #expect(second.stdout.contains("1 of 1 tablets provisioned"))
        #expect([a.tablet.persona.applications, b.tablet.persona.applications] == before)

        let csv = try cli.valise(["report", "--format", "csv"], home: home.url)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "school,class,case,slot,name,serial,model,state,status,firmware,firmware_status,reason,updated_at")
        #expect(lines.count == 3)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",provisioned,") })
        let table = try cli.valise(["report"], home: home.url)
        #expect(table.stdout.contains("2 provisioned, 0 need a hand"))
    }

    /// The demo profiles copied into `home`, with an agent to install; returns the class file (5A.yaml).
    static func classProfile(in home: TemporaryDirectory) throws -> URL {
        try DemoProfiles.copy(to: home.url.appendingPathComponent("profiles"))
    }
}

extension ProvisionCLITests {
    /// A value marked '# to confirm' is listed by `profile check` and refused by provision unless --allow-unconfirmed.
    @Test func unconfirmedValuesAreListedAndNotSentToTabletsUnlessAllowed() throws {
        let home = TemporaryDirectory()
        let classFile = try DemoProfiles.copy(to: home.url.appendingPathComponent("profiles"), confirmed: false)
        let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]
        let check = try cli.valise(["profile", "check", classFile.path], home: home.url, extra: environment)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("1 value is not confirmed yet"), "\(check.stdout)")
        #expect(check.stdout.contains("profiles/district.yaml:20:15: ent.portal_url — marked 'to confirm'"), "\(check.stdout)")
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        let fixture = try TabletFixture(index: 40)
        let tcp = ["--tcp", "127.0.0.1:\(fixture.tablet.port)"]
        let refused = try cli.valise(["provision", "--profile", classFile.path, "--all"] + tcp, home: home.url, extra: environment)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("not confirmed yet") && refused.stderr.contains("ent.portal_url"), "\(refused.stderr)")
        #expect(fixture.tablet.persona.applications.isEmpty, "something was sent: \(fixture.tablet.persona.applications)")
        let allowed = try cli.valise(["provision", "--profile", classFile.path, "--all", "--allow-unconfirmed"] + tcp, home: home.url, extra: environment)
        #expect(allowed.status == 0, "\(allowed.stdout)\(allowed.stderr)")
    }
}
