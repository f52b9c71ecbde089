import ArgumentParser
import Devices
import Diagnostics
import District
import Foundation

/// `valise sync`: uploads this station's waiting changes to the district server now.
struct SyncCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sync", abstract: Say.helpSyncAbstract,
            discussion: Say.helpSyncDiscussion)
    }

    @OptionGroup var inventory: InventoryOptions
    @Option(help: ArgumentHelp(Say.helpSyncWait)) var wait: Double = 0
    @Option(help: ArgumentHelp(Say.helpSyncStation)) var station: String?

    func run() throws {
        guard let server = try inventory.district() else {
            throw ValidationError(Say.noDistrictServer)
        }
        let district = try DistrictInventory(server: server, home: ValiseHome.path(), station: station ?? DistrictInventory.defaultStation)
        let result = district.sync(within: wait)
        Console.out(InventoryStores.summary(result, server: server.redacted))
        if result.error != nil { throw ExitCode(2) }
    }
}
