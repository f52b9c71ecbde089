import Diagnostics
import Foundation
import Profiles

/// A file Valise reads (a profile, a rentrée plan, a firmware catalog) with problems: one located line each,
/// paths shown relative to the current folder. Exit status 65.
struct FileProblem: ValiseError {
    /// What the file is: "profile", "rentrée plan", "firmware catalog".
    let file: String
    /// `FILE:LINE:COL: what is wrong — how to fix it`, one per problem.
    let lines: [String]
    let reason: String
    let action: String
    let helpTopic: String?
    var exitCode: Int32 { 65 }

    /// The problems of `file`; `outcome` says what was not done because of them ("nothing was flashed").
    init(_ file: String, _ diagnostics: [ProfileDiagnostic], outcome: String? = nil, action: String, helpTopic: String) {
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        self.file = file
        lines = diagnostics.map { $0.relative(to: base).description }
        reason = "Each line above names the file, line and column, what is wrong and how to fix it"
            + (outcome.map { "; \($0)." } ?? ".")
        self.action = action
        self.helpTopic = helpTopic
    }

    /// A profile's problems.
    static func profile(_ diagnostics: [ProfileDiagnostic]) -> FileProblem {
        FileProblem("profile", diagnostics, action: "Fix the lines above, then run `valise profile check` again.", helpTopic: "profiles")
    }

    /// A rentrée plan's problems.
    static func rentreePlan(_ diagnostics: [ProfileDiagnostic]) -> FileProblem {
        FileProblem("rentrée plan", diagnostics, outcome: "nothing was provisioned", action: "Fix the lines above, then run the same command again.",
                    helpTopic: "rentree")
    }

    /// A firmware catalog's problems.
    static func catalog(_ diagnostics: [ProfileDiagnostic]) -> FileProblem {
        FileProblem("firmware catalog", diagnostics, outcome: "nothing was flashed", action: "Fix the lines above, then run the same command again.",
                    helpTopic: "firmware-catalog")
    }

    var summary: String {
        "The \(file) has \(lines.count) problem\(lines.count == 1 ? "" : "s"):\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }
}

/// A profile that cannot be found in a folder of profiles (no such class, or several schools have it).
struct ProfileNotFound: ValiseError {
    let lookup: String
    var summary: String { "The profile cannot be found: \(lookup)." }
    var reason: String { "" }
    var action: String { "Check --profile, --class and --school." }
    var helpTopic: String? { "profiles" }
    var exitCode: Int32 { 65 }
}
