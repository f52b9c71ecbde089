import Diagnostics

/// A profile that cannot be found in a folder of profiles (no such class, or several schools have it).
struct ProfileNotFound: ValiseError {
    let lookup: String
    var summary: String { "The profile cannot be found: \(lookup)." }
    var reason: String { "" }
    var action: String { "Check --profile, --class and --school." }
    var helpTopic: String? { "profiles" }
    var exitCode: Int32 { 65 }
}
