import ArgumentParser
import Diagnostics
import Foundation
import Profiles

/// `--profile FILE|FOLDER [--class C] [--school S]`: which class profile a command works from.
struct ProfileOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Say.helpProfile))
    var profile: String

    @Option(name: .customLong("class"), help: ArgumentHelp(Say.helpClass))
    var className: String?

    @Option(help: ArgumentHelp(Say.helpSchoolWhich))
    var school: String?

    @Flag(name: .customLong("allow-unconfirmed"), help: ArgumentHelp(Say.helpAllowUnconfirmedDemo))
    var allowUnconfirmed = false

    /// The profile as recorded with each tablet (absolute), so `valise reprovision` finds it again.
    var source: String { URL(fileURLWithPath: profile).standardizedFileURL.path }

    /// Loads and checks a profile whose values go to tablets: values not confirmed yet are refused unless
    /// `--allow-unconfirmed` (exit 65).
    func resolveForTablets() throws -> ResolvedProfile {
        let resolved = try resolve()
        guard allowUnconfirmed || resolved.unconfirmed.isEmpty else { throw UnconfirmedValues(values: resolved.unconfirmed) }
        return resolved
    }

    /// Loads and checks the profile; every problem is reported at once (exit 65).
    func resolve() throws -> ResolvedProfile {
        let url = URL(fileURLWithPath: profile)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ValidationError(Say.profileMissing(profile))
        }
        if isFolder.boolValue {
            guard let className else { throw ValidationError(Say.profileIsFolder(profile)) }
            switch ProfileLibrary(root: url).profile(forClass: className, school: school) {
            case .success(let resolved): return resolved
            case .failure(.invalid(let errors)): throw errors
            case .failure(let other): throw ProfileNotFound(lookup: other.description)
            }
        }
        switch ProfileLoader().load(url) {
        case .success(let resolved): return resolved
        case .failure(let errors): throw errors
        }
    }
}

/// A profile would send tablets values nobody confirmed (a proxy address "to confirm", a placeholder CA).
struct UnconfirmedValues: ValiseError {
    let values: [UnconfirmedValue]
    var exitCode: Int32 { 65 }
    var summary: String {
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return Say.unconfirmedValues(values.count) + "\n"
            + values.map { "  " + $0.relative(to: base).description }.joined(separator: "\n")
    }
    var reason: String { Say.unconfirmedWhy }
    var action: String { Say.unconfirmedFix }
    var helpTopic: String? { "profiles" }
}
