import Diagnostics
import Foundation
import GRDB

/// The inventory could not be used, in words for school IT staff: what happened, why, the exact fix.
///
/// `from(_:path:doing:)` is the one place where SQLite's result codes (GRDB's `DatabaseError`) become these;
/// SQLite's own text ("SQLite error 13 … COMMIT TRANSACTION") is kept for `--verbose` only, in `detail`.
/// It renders as every other error (`ValiseError`): what, why, the fix, and the troubleshooting section.
public struct InventoryError: ValiseError, Sendable, Equatable, CustomStringConvertible {
    /// What callers may branch on.
    public enum Kind: String, Sendable {
        case notAnInventory, diskFull, diskError, readOnly, damaged, busy, olderSchema, backupExists, failed
    }

    /// The kind.
    public let kind: Kind
    /// The inventory file (or the backup file).
    public let path: String
    /// What happened, naming the file.
    public let summary: String
    /// Why.
    public let reason: String
    /// The exact fix.
    public let action: String
    /// SQLite's own message, for --verbose.
    public let detail: String?
    /// The section of docs/troubleshooting.md.
    public var helpTopic: String? { "inventory" }
    /// The command failed.
    public var exitCode: Int32 { 1 }
    /// What, why and the fix on one line.
    public var description: String { "\(summary) \(reason) \(action)" }

    init(_ kind: Kind, path: String, summary: String, reason: String, action: String, detail: String? = nil) {
        self.kind = kind
        self.path = path
        self.summary = summary
        self.reason = reason
        self.action = action
        self.detail = detail
    }

    /// The error for anything SQLite (or the file system) said while Valise was `doing` something with the inventory at `path`.
    public static func from(_ error: any Error, path: String, doing: String) -> InventoryError {
        if let error = error as? InventoryError { return error }
        let folder = (path as NSString).deletingLastPathComponent
        let detail = "\(error)"
        guard let database = error as? DatabaseError else {
            return InventoryError(.failed, path: path, summary: Say.inventoryUnusable(path, doing: doing),
                                  reason: Say.inventoryFileSystemRefused(error.localizedDescription),
                                  action: Say.inventoryCheckDiskFix(folder: folder), detail: detail)
        }
        switch database.resultCode {
        case .SQLITE_FULL:
            return InventoryError(.diskFull, path: path, summary: Say.inventoryDiskFull(path), reason: Say.inventoryDiskFullWhy(doing: doing),
                                  action: Say.inventoryDiskFullFix(folder: folder),
                                  detail: detail)
        case .SQLITE_IOERR:
            return InventoryError(.diskError, path: path, summary: Say.inventoryDiskRefused(path), reason: Say.inventoryDiskRefusedWhy(doing: doing),
                                  action: Say.inventoryDiskRefusedFix(folder: folder),
                                  detail: detail)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return InventoryError(.readOnly, path: path, summary: Say.inventoryReadOnly(path), reason: Say.inventoryReadOnlyWhy(folder: folder),
                                  action: Say.inventoryReadOnlyFix(folder: folder),
                                  detail: detail)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return InventoryError(.damaged, path: path, summary: Say.inventoryDamaged(path), reason: Say.inventoryDamagedWhy(doing: doing),
                                  action: Say.inventoryDamagedFix(path),
                                  detail: detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return InventoryError(.busy, path: path, summary: Say.inventoryBusy(path), reason: Say.inventoryBusyWhy(doing: doing),
                                  action: Say.inventoryBusyFix,
                                  detail: detail)
        default:
            return InventoryError(.failed, path: path, summary: Say.inventoryUnusable(path, doing: doing),
                                  reason: Say.inventorySQLiteRefused, action: Say.inventoryKeepCopyFix, detail: detail)
        }
    }

    /// Whether `error` is SQLite's own (GRDB's `DatabaseError`), which `from(_:path:doing:)` explains.
    public static func isSQLite(_ error: any Error) -> Bool { error is DatabaseError }

    /// An existing file that is not a Valise inventory (empty, not SQLite, or SQLite without Valise's tables).
    static func notAnInventory(_ path: String, _ why: String) -> InventoryError {
        InventoryError(.notAnInventory, path: path, summary: Say.notAnInventory(path, why: why),
                       reason: Say.notAnInventoryWhy, action: Say.notAnInventoryFix(path))
    }

    /// A backup file that exists already.
    static func backupExists(_ path: String) -> InventoryError {
        InventoryError(.backupExists, path: path, summary: Say.backupExists(path), reason: Say.backupExistsWhy, action: Say.backupExistsFix)
    }
}
