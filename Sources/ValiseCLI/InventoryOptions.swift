import ArgumentParser
import Devices
import Diagnostics
import District
import Foundation
import Inventory

/// `--inventory`: where runs are recorded. The station's own SQLite inventory by default; a district's
/// PostgreSQL server with `postgres://USER@HOST:PORT/DATABASE` (or `VALISE_INVENTORY`), reached through
/// this station's journal so that provisioning never waits for the network.
struct InventoryOptions: ParsableArguments {
    @Option(name: .customLong("inventory"), help: ArgumentHelp(Say.helpInventory,
        valueName: "URL"))
    var location: String?

    /// The option, else `VALISE_INVENTORY`.
    var chosen: String? {
        location ?? ProcessInfo.processInfo.environment["VALISE_INVENTORY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The SQLite file that holds what `command` records (this station's own, or the --inventory file): named in the
    /// message of an SQLite error that reaches the error boundary.
    static func sqlitePath(of command: any ParsableCommand) -> String {
        let options = Mirror(reflecting: command).children.lazy.compactMap { ($0.value as? OptionGroup<InventoryOptions>)?.wrappedValue }.first
        return sqlitePath(options?.chosen)
    }

    /// `location`'s SQLite file; a district server's station keeps its journal in its own.
    static func sqlitePath(_ location: String?) -> String {
        guard let location, !DistrictURL.isDistrict(location) else { return ValiseHome.path() + "/inventory.sqlite" }
        return location
    }

    /// The district server chosen, if any.
    func district() throws -> DistrictURL? {
        guard let chosen, DistrictURL.isDistrict(chosen) else { return nil }
        return try DistrictURL(chosen)
    }
}

/// Opens and closes the inventory a command records into.
enum InventoryStores {
    /// The store at `location` (nil: `$VALISE_HOME/inventory.sqlite`); a district one starts uploading in the background.
    static func open(_ location: String?) throws -> any InventoryStore {
        guard let location else { return try Inventory(home: ValiseHome.path()) }
        guard DistrictURL.isDistrict(location) else { return try Inventory(path: location) }
        let district = try DistrictInventory(server: try DistrictURL(location), home: ValiseHome.path())
        district.startSyncing()
        return district
    }

    /// The store to read from: a district station reads its own journal (it knows what it provisioned). An existing
    /// file is opened read-only, so reading works on a read-only inventory, folder or disk, and changes nothing.
    static func reading(_ location: String?) throws -> any InventoryStore {
        let chosen = location.flatMap { DistrictURL.isDistrict($0) ? nil : $0 }
        let path = InventoryOptions.sqlitePath(chosen)
        let exists = FileManager.default.fileExists(atPath: path)
        if let chosen, !exists { throw ValidationError(Say.noInventoryAt(chosen)) }
        return try Inventory(path: path, readOnly: exists)
    }

    /// Ends a command: the store's file is made complete on its own (WAL checkpointed), a district store uploads what is left (waiting up to `VALISE_DISTRICT_WAIT` seconds, 5 by
    /// default, for a server that is away) and says how it went on standard error.
    /// Returns the inventory's error when its file could not be completed (a full disk), after a warning unless `!warn`.
    @discardableResult
    static func close(_ store: any InventoryStore, warn: Bool = true) -> InventoryError? {
        var failure: InventoryError?
        do { try store.checkpoint() } catch {
            let problem = InventoryError.from(error, path: store.location, doing: Say.inventorySavingToFile)
            if warn { Console.error(Say.warningLabel + problem.summary + " " + Say.fixLabel + problem.action) }
            failure = problem
        }
        guard let district = store as? DistrictInventory else { return failure }
        let wait = ProcessInfo.processInfo.environment["VALISE_DISTRICT_WAIT"].flatMap(TimeInterval.init) ?? 5
        Console.error(summary(district.finish(within: wait), server: district.server.redacted))
        return failure
    }

    /// One line on an upload.
    static func summary(_ result: SyncResult, server: String) -> String {
        guard let error = result.error else {
            return Say.districtUpToDate(server, uploaded: result.uploaded)
        }
        return Say.districtWaiting(result.waiting, error.description)
    }
}
