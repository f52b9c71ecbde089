import ADB
import ArgumentParser
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

    /// The profile as recorded with each tablet (absolute), so `valise reprovision` finds it again.
    var source: String { URL(fileURLWithPath: profile).standardizedFileURL.path }

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
            case .failure(.invalid(let errors)): throw FileProblem.profile(errors.diagnostics)
            case .failure(let other): throw ProfileNotFound(lookup: other.description)
            }
        }
        switch ProfileLoader().load(url) {
        case .success(let resolved): return resolved
        case .failure(let errors): throw FileProblem.profile(errors.diagnostics)
        }
    }
}
