import Diagnostics
import Foundation
import Transports

/// Where a file pulled from a tablet goes on this computer, decided before anything is transferred.
///
/// A pull into a folder puts the file into it, under the last name of the tablet's path; that name must be a
/// plain file name ("", ".", ".." are refused: they would name the folder itself or its parent). A folder is
/// never replaced, and an existing file only when the caller asks for it (`valise pull --force`).
public struct PullDestination: Sendable, Equatable {
    /// The file to create (or replace).
    public let file: URL
    /// Whether an existing file there may be replaced.
    public let replacesFile: Bool

    /// Works out the destination of `remote` for `local` (a folder to pull into, or the file to write).
    public init(remote: String, local: String, replace: Bool, tablet: String) throws(DeviceError) {
        let base = URL(fileURLWithPath: local)
        if local.hasSuffix("/") || Self.isFolder(base.path) {
            let name = try Self.name(ofRemote: remote, tablet: tablet)
            file = base.appendingPathComponent(name, isDirectory: false)
        } else {
            file = base
        }
        replacesFile = replace
        try Self.checkReplaceable(file, replace: replace, tablet: tablet)
    }

    /// The last component of a tablet path, when it is a plain file name.
    static func name(ofRemote remote: String, tablet: String) throws(DeviceError) -> String {
        let name = remote.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard name.isEmpty || name == "." || name == ".." || name.utf8.contains(0) else { return name }
        throw DeviceError(.badInput, tablet: tablet, summary: Say.cannotPullIntoFolder(remote, tablet: tablet),
                          reason: Say.lastPartNotFileName(name), action: Say.nameTheFileFix,
                          helpTopic: "pull")
    }

    /// Throws unless `file` may be written: never over a folder, over a file only when `replace`.
    static func checkReplaceable(_ file: URL, replace: Bool, tablet: String) throws(DeviceError) {
        if isFolder(file.path) {
            throw DeviceError(.badInput, tablet: tablet, summary: Say.pullOverFolder(file.path, tablet: tablet),
                              reason: Say.pullNeverReplacesFolder, action: Say.pullIntoFolderFix(file.path),
                              helpTopic: "pull")
        }
        var info = stat()
        if !replace, lstat(file.path, &info) == 0 {
            throw DeviceError(.badInput, tablet: tablet, summary: Say.pullTargetExists(file.path),
                              reason: Say.pullReplacesOnlyWhenAsked, action: Say.addForceFix, helpTopic: "pull")
        }
    }

    /// Whether `path` is a folder (or a link to one).
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
