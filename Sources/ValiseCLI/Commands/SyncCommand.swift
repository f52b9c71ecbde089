import ArgumentParser
import Devices
import District
import Foundation

/// `valise sync`: uploads this station's waiting changes to the district server now.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Upload this station's waiting changes to the district inventory now.",
        discussion: """
            Stations upload by themselves while they run; this is for a station that ran while the district server was away. \
            Uploading twice never duplicates anything. Exit status 0 when nothing waits any more, 2 when changes still wait.
            """)

    @OptionGroup var inventory: InventoryOptions
    @Option(help: "Keep trying this many seconds while the server is away.") var wait: Double = 0
    @Option(help: "This station's name on the district server (default: VALISE_STATION, else the host name).") var station: String?

    func run() throws {
        guard let server = try inventory.district() else {
            throw ValidationError("No district server: give --inventory postgres://USER@HOST:PORT/DATABASE or set VALISE_INVENTORY.")
        }
        let district = try DistrictInventory(server: server, home: ValiseHome.path(), station: station ?? DistrictInventory.defaultStation)
        let result = district.sync(within: wait)
        Console.out(InventoryStores.summary(result, server: server.redacted))
        if result.error != nil { throw ExitCode(2) }
    }
}
