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
            return InventoryError(.failed, path: path, summary: "The inventory \(path) could not be used while \(doing).",
                                  reason: "The file system refused: \(error.localizedDescription)",
                                  action: "Check the disk and the folder \(folder), then run the command again.", detail: detail)
        }
        switch database.resultCode {
        case .SQLITE_FULL:
            return InventoryError(.diskFull, path: path, summary: "The inventory \(path) could not be written: the disk is full.",
                                  reason: "No space was left while \(doing); that last change was rolled back, everything before it is kept.",
                                  action: "Free space on the disk of \(folder) (see `df -h \(folder)`), then run the command again: finished steps are kept.",
                                  detail: detail)
        case .SQLITE_IOERR:
            return InventoryError(.diskError, path: path, summary: "The inventory \(path) could not be written: the disk refused.",
                                  reason: "Writing failed while \(doing): the disk is full, failing, or was removed; that last change was rolled back.",
                                  action: "Check the disk of \(folder) (space with `df -h \(folder)`, and that it is still there), then run the command again.",
                                  detail: detail)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return InventoryError(.readOnly, path: path, summary: "The inventory \(path) cannot be written.",
                                  reason: "The file or its folder \(folder) is read-only for this user (or on a read-only disk); "
                                      + "SQLite writes the file and its -wal and -shm companions beside it.",
                                  action: "Give this user write access to \(folder) and the files in it (see `ls -l \(folder)`), or set VALISE_HOME "
                                      + "to a writable folder. `valise report` works on a read-only inventory.",
                                  detail: detail)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return InventoryError(.damaged, path: path, summary: "The inventory \(path) is damaged.",
                                  reason: "SQLite found broken pages in it while \(doing); Valise stopped before changing anything else.",
                                  action: "Move it away, copy your last backup (made by `valise inventory backup FILE`) to \(path), "
                                      + "then run the command again.",
                                  detail: detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return InventoryError(.busy, path: path, summary: "The inventory \(path) is in use by another valise command.",
                                  reason: "Another command kept it locked for more than 10 seconds while this one was \(doing).",
                                  action: "Let the other command (provision, watch, rentree) finish or stop it, then run this one again.",
                                  detail: detail)
        default:
            return InventoryError(.failed, path: path, summary: "The inventory \(path) could not be used while \(doing).",
                                  reason: "SQLite refused (run with --verbose for its message).",
                                  action: "Run `valise inventory backup FILE` to keep a copy, then run the command again.", detail: detail)
        }
    }

    /// Whether `error` is SQLite's own (GRDB's `DatabaseError`), which `from(_:path:doing:)` explains.
    public static func isSQLite(_ error: any Error) -> Bool { error is DatabaseError }

    /// An existing file that is not a Valise inventory (empty, not SQLite, or SQLite without Valise's tables).
    static func notAnInventory(_ path: String, _ why: String) -> InventoryError {
        InventoryError(.notAnInventory, path: path, summary: "\(path) is not a Valise inventory: \(why).",
                       reason: "Valise does not take it as a new, empty inventory: every tablet would look new and get every step again.",
                       action: "If it was this station's inventory, move it away and copy your last backup (`valise inventory backup FILE`) "
                           + "to \(path); if it is not needed, move it away and Valise starts a new one. Check --inventory and VALISE_INVENTORY.")
    }

    /// A backup file that exists already.
    static func backupExists(_ path: String) -> InventoryError {
        InventoryError(.backupExists, path: path, summary: "\(path) already exists: the backup did not replace it.",
                       reason: "A backup never replaces a file unless asked.",
                       action: "Give another file name, or add --force to replace it.")
    }
}
