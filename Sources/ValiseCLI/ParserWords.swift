import ArgumentParser
import Diagnostics
import Foundation

/// ArgumentParser's own text (help headings, usage lines, the mistakes it finds) in the reader's language, from the
/// catalog (`Say.parserWords`, `Say.parserMistakes`).
enum ParserWords {
    /// `text` as ArgumentParser wrote it, in French when the reader's language is French.
    static func translated(_ text: String) -> String {
        guard Language.current == .french else { return text }
        var text = text
        for mistake in Say.parserMistakes {
            guard let pattern = try? NSRegularExpression(pattern: mistake.en, options: [.anchorsMatchLines]) else { continue }
            text = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: mistake.fr)
        }
        for word in Say.parserWords { text = text.replacingOccurrences(of: word.en, with: word.fr) }
        return text
    }
}

extension Valise {
    /// Prints what ArgumentParser has to say about `error` (help, version, or a mistake in the command line with the
    /// usage) in the reader's language, as `exit(withError:)` would: on standard output for help, else on standard
    /// error; then exits with ArgumentParser's status.
    static func exitSaying(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        let text = ParserWords.translated(fullMessage(for: error))
        if !text.isEmpty {
            if code == .success { Console.out(text) } else { Console.error(text) }
        }
        Foundation.exit(code.rawValue)
    }
}
