import Diagnostics
import Foundation

/// Where the Debian package puts Valise's shared files (`/usr/share/valise`: Profiles/, Agent/build/valise-agent.apk),
/// found beside the running binary (`BIN/../share/valise`), so a package unpacked elsewhere finds its own copy.
enum InstalledFiles {
    /// The installed demo profiles, as the help names them.
    static let demoProfiles = "/usr/share/valise/Profiles/demo"

    /// `../share/valise` from the binary when it exists, else /usr/share/valise.
    static var shareFolder: String {
        if let binary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let share = URL(fileURLWithPath: binary).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/valise").path
            if FileManager.default.fileExists(atPath: share + "/Profiles") { return share }
        }
        return "/usr/share/valise"
    }

    /// `Profiles/demo` in the current folder (a source checkout), else the installed copy.
    static func demoProfileFolder() throws -> String {
        if FileManager.default.fileExists(atPath: "Profiles/demo/5A.yaml") { return "Profiles/demo" }
        let installed = shareFolder + "/Profiles/demo"
        guard FileManager.default.fileExists(atPath: installed + "/5A.yaml") else { throw MissingDemoProfiles(installed: installed) }
        return installed
    }
}

/// Neither Profiles/demo here nor the installed demo profiles.
struct MissingDemoProfiles: ValiseError {
    let installed: String
    var summary: String { Say.missingDemoProfiles(installed) }
    var reason: String { Say.missingDemoProfilesWhy }
    var action: String { Say.missingDemoProfilesFix }
}
