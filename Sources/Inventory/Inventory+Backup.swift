import Diagnostics
import Foundation
import GRDB

extension Inventory {
    /// Moves everything from the WAL into the database file and empties the WAL (`PRAGMA wal_checkpoint(TRUNCATE)`),
    /// so that the file alone holds the whole inventory (a copy of it is complete). Done at the end of each command.
    public func checkpoint() throws {
        guard !isReadOnly else { return }
        do { try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) } } catch {
            throw InventoryError.from(error, path: path, doing: Say.inventorySavingToFile)
        }
    }

    /// Copies the inventory to `file` with SQLite's online backup (runs may go on meanwhile): a complete standalone
    /// database (rollback journal, no -wal), written beside `file` under a temporary name and moved into place when
    /// complete. An existing `file` is replaced only when `replace`.
    public func backup(to file: String, replace: Bool) throws {
        var info = stat()
        if !replace, lstat(file, &info) == 0 { throw InventoryError.backupExists(file) }
        let target = URL(fileURLWithPath: file)
        let partial = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).valise-partial-\(UUID().uuidString.prefix(8))").path
        var complete = false
        defer {
            if !complete { for suffix in ["", "-journal", "-wal", "-shm"] { unlink(partial + suffix) } }
        }
        do {
            let destination = try DatabaseQueue(path: partial)
            try pool.backup(to: destination)
            try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try destination.close()
        } catch {
            throw InventoryError.from(error, path: file, doing: Say.inventoryWritingBackup)
        }
        if replace {
            guard rename(partial, file) == 0 else { throw Self.placeFailure(file, errno) }
        } else {
            guard link(partial, file) == 0 else {
                let code = errno
                throw code == EEXIST ? InventoryError.backupExists(file) : Self.placeFailure(file, code)
            }
            unlink(partial)
        }
        complete = true
    }

    private static func placeFailure(_ file: String, _ code: Int32) -> InventoryError {
        let folder = (file as NSString).deletingLastPathComponent
        return InventoryError(.failed, path: file, summary: Say.backupNotWritten(file),
                              reason: Say.inventoryFileSystemRefused(String(cString: strerror(code)) + "."),
                              action: Say.backupCheckFolderFix(folder))
    }
}
