import Foundation

/// The language Valise speaks: French where the locale is French (`LANG=fr_FR.UTF-8`), English otherwise.
///
/// Every sentence Valise prints comes from its message catalog (`Say`, in `Catalog/`), which holds each message in both
/// languages side by side; `Say.pick(en:fr:)` chooses by `Language.current`.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case french = "fr"

    /// The language of this process, or the one a test chose for the task it runs (`Language.$chosen.withValue`).
    public static var current: Language { chosen ?? ofProcess }

    /// Set only by tests, for what they run on their own task (work handed to Dispatch queues does not see it).
    @TaskLocal public static var chosen: Language?

    /// Read once from the environment this process started with.
    public static let ofProcess = Language(environment: ProcessInfo.processInfo.environment)

    /// The language a locale environment asks for, as POSIX reads it for messages: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides; GNU's `LANGUAGE` list comes first unless that
    /// locale is `C` or `POSIX` (as gettext does). French for any `fr` locale (`fr_FR.UTF-8`, `fr_BE`, `fr`).
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let isPlainC = locale.isEmpty || locale == "C" || locale == "POSIX" || locale.hasPrefix("C.")
        var wanted = [locale]
        if !isPlainC, let list = environment["LANGUAGE"], !list.isEmpty {
            wanted = list.split(separator: ":").map(String.init) + wanted
        }
        for name in wanted {
            let code = name.prefix { $0.isLetter }.lowercased()
            if let language = Language(rawValue: code) { self = language; return }
            if code == "c" || code == "posix" { break }
        }
        self = .english
    }
}
