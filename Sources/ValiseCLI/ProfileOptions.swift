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
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if isFolder.boolValue {
            guard let className else { throw ValidationError("\(profile) is a folder: say which class with --class (e.g. --class 5A).") }
            switch ProfileLibrary(root: url).profile(forClass: className, school: school) {
            case .success(let resolved): return resolved
            case .failure(.invalid(let errors)): throw ProfileProblem(errors.diagnostics.map { $0.relative(to: base) })
            case .failure(let other): throw ProfileProblem(lookup: other.description)
            }
        }
        switch ProfileLoader().load(url) {
        case .success(let resolved): return resolved
        case .failure(let errors): throw ProfileProblem(errors.diagnostics.map { $0.relative(to: base) })
        }
    }
}

/// A profile with problems: one located line per problem.
struct ProfileProblem: ValiseError {
    let lines: [String]
    let lookup: String?

    init(_ diagnostics: [ProfileDiagnostic]) {
        lines = diagnostics.map(\.description)
        lookup = nil
    }

    init(lookup: String) {
        lines = []
        self.lookup = lookup
    }

    var summary: String {
        if let lookup { return "The profile cannot be found: \(lookup)." }
        return "The profile has \(lines.count) problem\(lines.count == 1 ? "" : "s"):\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }
    var reason: String { lookup == nil ? "Each line above names the file, line and column, what is wrong and how to fix it." : "" }
    var action: String { lookup == nil ? "Fix the lines above, then run `valise profile check` again." : "Check --profile, --class and --school." }
    var helpTopic: String? { "profiles" }
    var exitCode: Int32 { 65 }
}
