import Foundation
import Inventory
import Simulator
import TestSupport
import Testing

/// A tablet's name never changes by accident: the inventory keeps each known tablet's slot, whatever the run.
@Suite struct TabletNamesCLITests {
    let cli = CLITests()
    let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]

    /// A provisioned class: its home, its class file and three tablets (the first two provisioned).
    final class Station {
        let home = TemporaryDirectory()
        let classFile: URL
        let tablets: [TabletFixture]
        init(cli: CLITests) throws {
            classFile = try DemoProfiles.copy(to: home.url.appendingPathComponent("profiles"))
            tablets = try (1...3).map { try TabletFixture(index: $0) }
            #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        }
        func tcp(_ indices: Int...) -> [String] { indices.flatMap { ["--tcp", "127.0.0.1:\(tablets[$0].tablet.port)"] } }
        func serial(_ index: Int) -> String { tablets[index].tablet.serial }
    }

    private func provision(_ station: Station, _ arguments: [String]) throws -> CLITests.Run {
        try cli.valise(["provision", "--profile", station.classFile.path] + arguments, home: station.home.url, extra: environment)
    }

    /// serial → name, from `valise report --format csv`.
    private func names(_ station: Station) throws -> [String: String] {
        let csv = try cli.valise(["report", "--format", "csv"], home: station.home.url)
        var names: [String: String] = [:]
        for line in csv.stdout.split(separator: "\r\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            names[fields[5]] = fields[4]
        }
        return names
    }

    @Test func aKnownTabletKeepsItsNameWithASubsetAnotherOrderOrSerialAndANewOneTakesAFreeSlot() throws {
        let station = try Station(cli: cli)
        let first = try provision(station, ["--all"] + station.tcp(0, 1))
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let named = try names(station)
        #expect(named == [station.serial(0): "DEMO-5A-01", station.serial(1): "DEMO-5A-02"])

        let subset = try provision(station, ["--all"] + station.tcp(1))
        #expect(subset.status == 0, "\(subset.stdout)\(subset.stderr)")
        #expect(try names(station) == named)

        let reversed = try provision(station, ["--all"] + station.tcp(1, 0))
        #expect(reversed.status == 0, "\(reversed.stdout)\(reversed.stderr)")
        #expect(try names(station) == named)

        let bySerial = try provision(station, ["--serial", station.serial(1)] + station.tcp(1))
        #expect(bySerial.status == 0, "\(bySerial.stdout)\(bySerial.stderr)")
        #expect(try names(station) == named)

        let newcomer = try provision(station, ["--all"] + station.tcp(2, 1))
        #expect(newcomer.status == 0, "\(newcomer.stdout)\(newcomer.stderr)")
        #expect(try names(station)[station.serial(2)] == "DEMO-5A-03")
        #expect(try names(station).filter { $0.key != station.serial(2) } == named)
    }

    @Test func moveIsRecordedRenamesAtTheNextProvisionAndIsRefusedOntoAHeldSlot() throws {
        let station = try Station(cli: cli)
        #expect(try provision(station, ["--all"] + station.tcp(0, 1)).status == 0)

        let refused = try cli.valise(["move", station.serial(1), "--case", "5A", "--slot", "1"], home: station.home.url)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("Slot 1 of case 5A is held by tablet \(station.serial(0))"), "\(refused.stderr)")
        #expect(refused.stderr.contains("valise move \(station.serial(0)) --case 5A --slot N"))

        let moved = try cli.valise(["move", station.serial(1), "--case", "5A", "--slot", "5"], home: station.home.url)
        #expect(moved.status == 0, "\(moved.stderr)")
        let again = try provision(station, ["--all"] + station.tcp(0, 1))
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(try names(station) == [station.serial(0): "DEMO-5A-01", station.serial(1): "DEMO-5A-05"])
    }

    @Test func twoTabletsThatWouldGetOneNameAreRefusedBeforeAnyChange() throws {
        let station = try Station(cli: cli)
        // A tablet named DEMO-5A-01 by hand, holding no slot: the next new tablet would take slot 1 and its name.
        do {
            let inventory = try Inventory(home: station.home.url.appendingPathComponent("valise").path)
            var other = TabletRecord(serial: "VALOTHER001")
            other.name = "DEMO-5A-01"
            try inventory.save(other)
        }

        let run = try provision(station, ["--all"] + station.tcp(0))
        #expect(run.status != 0)
        #expect(run.stdout.contains("would be named DEMO-5A-01, like tablet VALOTHER001") || run.stderr.contains("VALOTHER001"),
                "\(run.stdout)\(run.stderr)")
        #expect(!station.tablets[0].tablet.persona.isAgentListening)
    }
}
