import Foundation
import Testing

/// The message catalog itself (`Sources/Diagnostics/Catalog`): each sentence written once, in both languages, and no
/// sentence for the user written anywhere else.
@Suite struct CatalogTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = repository.appendingPathComponent("Sources/Diagnostics/Catalog")

    struct Entry: CustomStringConvertible {
        let english: String, french: String, place: String
        var description: String { "\(place): \(english)" }
    }

    /// Every `pick(en: "…", fr: "…")` of the catalog whose two sides are plain literals (interpolations included).
    static func entries() throws -> [Entry] {
        let literal = #""((?:[^"\\]|\\.)*)""#
        let pattern = try NSRegularExpression(pattern: #"en:\s*"# + literal + #",\s*fr:\s*"# + literal)
        var entries: [Entry] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: catalog.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: catalog.appendingPathComponent(file), encoding: .utf8)
            let ns = text as NSString
            for match in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let line = ns.substring(to: match.range.location).filter { $0 == "\n" }.count + 1
                entries.append(Entry(english: ns.substring(with: match.range(at: 1)), french: ns.substring(with: match.range(at: 2)),
                                     place: "\(file):\(line)"))
            }
        }
        return entries
    }

    @Test func theCatalogHoldsTheMessages() throws {
        let entries = try Self.entries()
        #expect(entries.count > 1000, "\(entries.count) entries read: has the catalog moved?")
    }

    /// The same sentence in the same two languages twice is one message written twice: keep one entry.
    @Test func noSentenceIsWrittenTwice() throws {
        let sentences = try Self.entries().filter { $0.english.count > 12 }
        let twice = Dictionary(grouping: sentences) { "\($0.english)\u{0}\($0.french)" }.values.filter { $0.count > 1 }
        #expect(twice.isEmpty, "written twice: \(twice)")
    }

    /// A sentence of three words or more has its own French (a copy of the English is a message left untranslated).
    @Test func everySentenceHasItsFrench() throws {
        let copied = try Self.entries().filter { entry in
            entry.french == entry.english && entry.english.split(separator: " ").filter { $0.allSatisfy(\.isLetter) }.count >= 3
        }
        #expect(copied.isEmpty, "French copied from the English: \(copied)")
        let empty = try Self.entries().filter { $0.english.isEmpty != $0.french.isEmpty }
        #expect(empty.isEmpty, "one language empty: \(empty)")
    }

    /// Outside the catalog (and the simulator, whose tablets speak for themselves) no error is given an English sentence
    /// of its own, and nothing chooses a language itself.
    @Test func sentencesLiveInTheCatalogOnly() throws {
        let sources = Self.repository.appendingPathComponent("Sources")
        let sentence = try NSRegularExpression(pattern: #"(summary|reason|action|fix|message):\s*"[A-Z][a-z]* [a-z]|var (summary|reason|action): String \{ "[A-Z]"#)
        var found: [String] = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !file.hasPrefix("Simulator/") && !file.hasPrefix("Diagnostics/Catalog/") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                if line.contains("pick(en:") || sentence.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    found.append("Sources/\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "sentences written outside the catalog:\n\(found.joined(separator: "\n"))")
    }
}
