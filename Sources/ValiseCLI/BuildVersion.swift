/// The version `valise --version` prints.
///
/// `Scripts/package` writes `PackagedVersion.generated.swift` (kept out of git) with the version and commit taken from
/// git, and builds with `-DVALISE_PACKAGED`; any other build (`swift build`, the tests) is a "development build".
enum BuildVersion {
    #if VALISE_PACKAGED
    static let version = PackagedVersion.version
    static let commit = PackagedVersion.commit
    #else
    static let version = "development build"
    static let commit = ""
    #endif

    /// One line: `valise 0.20261205+ge3f91ce (commit e3f91ce…)`, or `valise development build`.
    static var description: String {
        commit.isEmpty ? "valise \(version)" : "valise \(version) (commit \(commit))"
    }
}
