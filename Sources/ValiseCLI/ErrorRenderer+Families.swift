import Devices
import Diagnostics
import District
import Foundation
import Inventory
import Signing
import USBHost

extension ErrorRenderer {
    /// Any error as a `ValiseError`: what happened, why, the fix. Valise's own errors are kept as they are; each family
    /// of library errors is explained here, once, for every command.
    static func explained(_ error: any Error, inventory: String) -> any ValiseError {
        switch error {
        case let error as FileProblems:
            // Files are named as the user would type them: relative to the current folder.
            return error.relative(to: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        case let error as any ValiseError:
            return error
        case let error as SigningError:
            // The commands that use this workstation's ADB key say so themselves (`TabletOptions.keyring()`).
            return SigningProblem.parcKeys(error, folder: KeysCommand.folder)
        case let error as USBError:
            return USBTabletError.noUSB(error)
        case let error where InventoryError.isSQLite(error):
            return InventoryError.from(error, path: inventory, doing: Say.inventoryUsing)
        case let error as CocoaError:
            return FileSystemProblem(error, path: error.filePath ?? error.url?.path)
        case let error as POSIXError:
            return FileSystemProblem(error, path: nil)
        default:
            return UnexplainedError(error)
        }
    }
}

/// District errors render as every other error: what, why, the fix, and the troubleshooting section.
extension DistrictError: ValiseError {
    public var helpTopic: String? { "district" }
}

/// A file or folder the system would not let Valise read or write (missing, no permission, a full disk).
struct FileSystemProblem: ValiseError {
    let path: String?
    /// The system's words.
    let said: String
    let detail: String?

    init(_ error: any Error, path: String?) {
        self.path = path
        said = error.localizedDescription
        detail = "\(error)"
    }

    var summary: String { Say.fileUnusable(path) }
    var reason: String { Say.systemSaid(said) }
    var action: String { Say.fileUnusableFix }
    var helpTopic: String? { "files" }
}

/// An error Valise has no explanation written for: its own words, and what to send so that one gets written.
struct UnexplainedError: ValiseError {
    let error: any Error
    init(_ error: any Error) { self.error = error }

    var summary: String { "\(error)" }
    var reason: String { Say.unexplained("\(type(of: error))") }
    var action: String { Say.unexplainedFix }
    var helpTopic: String? { "unexpected-errors" }
}
