import ArgumentParser
import Diagnostics
import Foundation
import Profiles

/// `valise profile check|show`.
struct ProfileCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "profile", abstract: Say.helpProfileAbstract,
            subcommands: [Check.self, Show.self])
    }

    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Say.helpProfileCheckAbstract)
        }

        @Argument(help: ArgumentHelp(Say.helpProfilePaths)) var paths: [String] = ["Profiles"]

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
            Console.out(Say.profilesChecked(count))
            let unconfirmed = ProfileLoader().unconfirmed(urls)
            guard !unconfirmed.isEmpty else { return }
            let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            Console.out(Say.unconfirmedListed(unconfirmed.count))
            for value in unconfirmed { Console.out("  " + value.relative(to: base).description) }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Say.helpProfileShowAbstract)
        }

        @Argument(help: ArgumentHelp(Say.helpProfileShowClass)) var className: String
        @Option(help: ArgumentHelp(Say.helpSchool)) var school: String?
        @Option(help: ArgumentHelp(Say.helpProfilesFolder)) var root = "Profiles"
        @Flag(help: ArgumentHelp(Say.helpResolved)) var resolved = false

        func run() throws {
            let options = try ProfileOptions.parse(["--profile", root, "--class", className] + (school.map { ["--school", $0] } ?? []))
            let profile = try options.resolve()
            let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            if resolved {
                Console.out(ProfileRenderer.render(resolved: profile, relativeTo: base))
                return
            }
            let relative = profile.sourceFiles.map { $0.path.hasPrefix(base.path + "/") ? String($0.path.dropFirst(base.path.count + 1)) : $0.path }
            Console.out(Say.profileLayers(profile.unitName ?? className, school: profile.school.name ?? "?"))
            for file in relative { Console.out("  \(file)") }
            if let own = profile.sourceFiles.last, let text = try? String(contentsOf: own, encoding: .utf8) {
                Console.out("\n# \(relative.last ?? own.path)\n" + text)
            }
        }
    }
}
