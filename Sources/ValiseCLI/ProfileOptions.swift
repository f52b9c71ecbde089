import ArgumentParser
import Diagnostics
import Foundation
import Profiles

/// `--profile FILE|FOLDER [--class C] [--school S]`: which class profile a command works from.
struct ProfileOptions: ParsableArguments {
    @Option(help: "A class profile file, or a folder of profiles (then give --class).")
    var profile: String

    @Option(name: .customLong("class"), help: "The class (or école case) to use from a folder of profiles, e.g. 5A or valise-1.")
    var className: String?

    @Option(help: "The school, when several have that class (name, code or folder).")
    var school: String?

    @Flag(name: .customLong("allow-unconfirmed"), help: "Send values marked '# to confirm' (or placeholder files) to tablets all the same (tests, the demo).")
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
            throw ValidationError("The profile \(profile) does not exist: give a class profile file, or a folder of profiles with --class.")
        }
        if isFolder.boolValue {
            guard let className else { throw ValidationError("\(profile) is a folder: say which class with --class (e.g. --class 5A).") }
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
        return "The profile has \(values.count) value\(values.count == 1 ? "" : "s") not confirmed yet:\n"
            + values.map { "  " + $0.relative(to: base).description }.joined(separator: "\n")
    }
    var reason: String {
        "A placeholder sent to every tablet (a proxy that does not exist, a test CA) cuts them off the network or the filtering; "
            + "nothing was sent."
    }
    var action: String {
        "Check each value with whoever runs it, write the real one and remove its '# to confirm' (or replace the placeholder file), "
            + "then run the command again. To try the profile as it is (a test, the demo), add --allow-unconfirmed."
    }
    var helpTopic: String? { "profiles" }
}
