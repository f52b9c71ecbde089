/// Valise's message catalog: every sentence it prints, in English and in French, side by side.
///
/// Each area has its file (`Say+Errors.swift`, `Say+Run.swift`, …) of functions that take what the sentence names and
/// return it in `Language.current`. Code never writes a sentence itself: it calls the catalog, so no sentence is
/// written twice and none exists in one language only. What is not a sentence (a serial, a path, a command to type,
/// JSON and CSV keys) is not translated.
public enum Say {
    /// The English or the French of one message, by `Language.current`.
    @inlinable
    public static func pick(en: @autoclosure () -> String, fr: @autoclosure () -> String) -> String {
        switch Language.current {
        case .english: en()
        case .french: fr()
        }
    }

    /// A count and its noun, singular or plural (French takes the singular for 0 and 1, English for 1 only).
    public static func count(_ n: Int, en: (one: String, many: String), fr: (one: String, many: String)) -> String {
        switch Language.current {
        case .english: "\(n) \(n == 1 ? en.one : en.many)"
        case .french: "\(n) \(n <= 1 ? fr.one : fr.many)"
        }
    }
}
