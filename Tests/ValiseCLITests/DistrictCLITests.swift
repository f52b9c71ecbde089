import Foundation
import TestSupport
import Testing

/// A station pointed at a district server (Debian's PostgreSQL on 127.0.0.1), run as the parc manager would.
@Suite("District: valise provision, sync, doctor and report --district", .serialized)
struct DistrictCLITests {
    let cli = CLITests()

    @Test("a station provisions into the district, keeps going while the server is away, and catches up with valise sync")
    func aStationOfADistrict() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let home = TemporaryDirectory()
        let classFile = try ProvisionCLITests.classProfile(in: home)
        let passfile = home.file("pgpass")
        try Data("127.0.0.1:\(server.port):postgres:valise:\(server.password)\n".utf8).write(to: passfile)
        chmod(passfile.path, 0o600)
        let url = server.url(password: false)
        let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi", "VALISE_INVENTORY": url, "PGPASSFILE": passfile.path,
                           "VALISE_STATION": "vauban-cdi", "VALISE_DISTRICT_WAIT": "1"]
        let a = try TabletFixture(index: 1), b = try TabletFixture(index: 2)
        let tcp = ["--tcp", "127.0.0.1:\(a.tablet.port)", "--tcp", "127.0.0.1:\(b.tablet.port)"]
        var outputs: [String] = []
        func valise(_ arguments: [String], _ extra: [String: String] = [:]) throws -> CLITests.Run {
            let run = try cli.valise(arguments, home: home.url, extra: environment.merging(extra) { _, new in new })
            outputs.append(run.stdout + run.stderr)
            return run
        }
        #expect(try valise(["keys", "init", "--organization", "Parc"]).status == 0)

        let first = try valise(["provision", "--profile", classFile.path, "--all"] + tcp)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stderr.contains("District inventory postgres://valise@127.0.0.1:\(server.port)/postgres: up to date"), "\(first.stderr)")
        #expect(try server.psql("SELECT serial, status FROM tablet ORDER BY serial") == [a.tablet.serial, b.tablet.serial].sorted().map { "\($0)|provisioned" })
        #expect(try server.psql("SELECT name FROM station") == ["vauban-cdi"])

        let report = try valise(["report", "--district", "--format", "csv"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Collège de démonstration"))
        let table = try valise(["report", "--district"])
        #expect(table.stdout.contains("Collège de démonstration"), "\(table.stdout)")

        // The server goes away: provisioning does not wait for it, the changes wait on the station.
        try server.stop()
        let offline = try valise(["provision", "--profile", classFile.path, "--serial", b.tablet.serial] + tcp)
        #expect(offline.status == 0, "\(offline.stdout)\(offline.stderr)")
        #expect(offline.stdout.contains("1 of 1 tablets provisioned"))
        #expect(offline.stderr.contains("wait on this station"), "\(offline.stderr)")
        #expect(offline.stderr.contains("valise sync"))
        let doctor = try valise(["doctor", "--json"])
        #expect(doctor.stdout.contains("\"check\" : \"district\""), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("wait on this station"), "\(doctor.stdout)")
        let away = try valise(["sync"])
        #expect(away.status == 2)
        #expect(away.stdout.contains("cannot be reached"), "\(away.stdout)")
        let noServer = try valise(["report", "--district"])
        #expect(noServer.status == 1)
        #expect(noServer.stderr.contains("cannot be reached"), "\(noServer.stderr)")

        try server.start()
        let back = try valise(["sync"])
        #expect(back.status == 0, "\(back.stdout)\(back.stderr)")
        #expect(back.stdout.contains("up to date"))
        #expect(try server.psql("SELECT count(*) FROM run") == ["2"])
        let doctorAgain = try valise(["doctor", "--json"])
        #expect(doctorAgain.stdout.contains("up to date, last upload"), "\(doctorAgain.stdout)")

        // Another station of the district (the same parc keys) re-provisions a tablet it never saw, as the district knows it.
        let other = TemporaryDirectory()
        try FileManager.default.createDirectory(at: other.url.appendingPathComponent("valise"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: home.url.appendingPathComponent("valise/keys"), to: other.url.appendingPathComponent("valise/keys"))
        let elsewhere = try cli.valise(["reprovision", a.tablet.serial, "--profile", classFile.path] + tcp, home: other.url,
                                       extra: environment.merging(["VALISE_STATION": "cassin-cdi"]) { _, new in new })
        outputs.append(elsewhere.stdout + elsewhere.stderr)
        #expect(elsewhere.status == 0, "\(elsewhere.stdout)\(elsewhere.stderr)")
        #expect(elsewhere.stdout.contains("Re-provisioning \(a.tablet.serial) as DEMO-5A-01 (slot 1"), "\(elsewhere.stdout)")
        #expect(try server.psql("SELECT count(*), count(DISTINCT serial) FROM tablet") == ["2|2"])
        #expect(try server.psql("SELECT s.name FROM tablet t JOIN station s ON s.instance = t.instance WHERE t.serial = '\(a.tablet.serial)'")
                == ["cassin-cdi"])

        // A pgpass file others can read is refused before anything runs, with the fix.
        chmod(passfile.path, 0o644)
        let loose = try valise(["provision", "--profile", classFile.path, "--all"] + tcp)
        #expect(loose.status == 1)
        #expect(loose.stderr.contains("chmod 600 \(passfile.path)"), "\(loose.stderr)")

        // A password written in the URL works too, and is shown nowhere.
        chmod(passfile.path, 0o600)
        for arguments in [["sync"], ["doctor", "--json"], ["report", "--district", "--format", "json"]] {
            let run = try valise(arguments, ["VALISE_INVENTORY": server.url(), "PGPASSFILE": "/nonexistent/pgpass"])
            #expect(run.stdout.contains("valise@127.0.0.1") || run.stdout.contains("Collège"), "\(arguments): \(run.stdout)\(run.stderr)")
        }

        // The password is in no output and not in the station's journal.
        #expect(!outputs.contains { $0.contains(server.password) })
        let journal = try Data(contentsOf: home.url.appendingPathComponent("valise/inventory.sqlite"))
        #expect(journal.range(of: Data(server.password.utf8)) == nil)
    }
}
