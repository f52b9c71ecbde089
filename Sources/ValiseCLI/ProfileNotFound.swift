import Diagnostics

/// A profile that cannot be found in a folder of profiles (no such class, or several schools have it).
struct ProfileNotFound: ValiseError {
    let lookup: String
    var summary: String { Say.profileNotFound(lookup) }
    var reason: String { "" }
    var action: String { Say.profileNotFoundFix }
    var helpTopic: String? { "profiles" }
    var exitCode: Int32 { 65 }
}
