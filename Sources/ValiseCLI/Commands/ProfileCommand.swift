import ArgumentParser
import Diagnostics
import Foundation
import Profiles

/// `valise profile check|show`.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "Check profiles, or show a class's profile with its layers merged.",
        subcommands: [Check.self, Show.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check profile files and folders; every problem is listed (exit 65 on any).")

        @Argument(help: "Profile files or folders (default: Profiles).") var paths: [String] = ["Profiles"]

        func run() throws {
            // A missing file is a located problem like any other (exit 65): a station unit's check names it in the journal.
            let urls = paths.map { URL(fileURLWithPath: $0) }
            let diagnostics = ProfileLoader().check(urls)
            guard diagnostics.isEmpty else { throw FileProblems(.profile, diagnostics) }
            let count = urls.flatMap { url -> [URL] in
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return [url] }
                return ProfileLibrary(root: url).profileFiles()
            }.count
            Console.out("\(count) profile file\(count == 1 ? "" : "s") checked: no problems.")
            let unconfirmed = ProfileLoader().unconfirmed(urls)
            guard !unconfirmed.isEmpty else { return }
            let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            Console.out("\(unconfirmed.count) value\(unconfirmed.count == 1 ? " is" : "s are") not confirmed yet; provision, watch, reprovision, "
                + "rentree, qr, mobileconfig and bundle build refuse to send them to tablets without --allow-unconfirmed:")
            for value in unconfirmed { Console.out("  " + value.relative(to: base).description) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a class's profile (secrets masked).")

        @Argument(help: "The class or école case, e.g. 5A or valise-1.") var className: String
        @Option(help: "The school, when several have that class.") var school: String?
        @Option(help: "The folder of profiles.") var root = "Profiles"
        @Flag(help: "Show every value with the layers merged, and where each was written.") var resolved = false

        func run() throws {
            let options = try ProfileOptions.parse(["--profile", root, "--class", className] + (school.map { ["--school", $0] } ?? []))
            let profile = try options.resolve()
            let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            if resolved {
                Console.out(ProfileRenderer.render(resolved: profile, relativeTo: base))
                return
            }
            let relative = profile.sourceFiles.map { $0.path.hasPrefix(base.path + "/") ? String($0.path.dropFirst(base.path.count + 1)) : $0.path }
            Console.out("\(profile.unitName ?? className) at \(profile.school.name ?? "?"): layers, parents first")
            for file in relative { Console.out("  \(file)") }
            if let own = profile.sourceFiles.last, let text = try? String(contentsOf: own, encoding: .utf8) {
                Console.out("\n# \(relative.last ?? own.path)\n" + text)
            }
        }
    }
}
