import Diagnostics
import Foundation
import Testing

/// Every `Help:` line an error prints points to a section that exists in docs/troubleshooting.md, and every `Aide :`
/// line (French) to the same section of docs/fr/depannage.md, the troubleshooting page in French.
@Suite struct HelpTopicTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func page(_ path: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
    }

    /// The page's `## <topic>` sections, in order, each with its text up to the next section.
    static func sections(of page: String) -> [(topic: String, text: String)] {
        var sections: [(topic: String, text: String)] = []
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                sections.append((String(line.dropFirst(3)), ""))
            } else if !sections.isEmpty {
                sections[sections.count - 1].text += line + "\n"
            }
        }
        return sections
    }

    /// The help topics the sources name (`helpTopic: "…"`, or returned by a computed `helpTopic`).
    static func topics() throws -> Set<String> {
        var topics = Set<String>()
        let sources = repository.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        let pattern = try NSRegularExpression(pattern: #"(?:helpTopic: |helpTopic: String\? \{ |return )"([a-z]+(?:-[a-z]+)*)""#)
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains("helpTopic") else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { topics.insert(String(text[range])) }
            }
        }
        return topics
    }

    @Test func everyHelpTopicHasItsSection() throws {
        let sections = Set(Self.sections(of: try Self.page("docs/troubleshooting.md")).map(\.topic))
        let topics = try Self.topics()
        #expect(topics.count >= 10)
        let missing = topics.filter { !sections.contains($0) }
        #expect(missing.isEmpty, "help topics without a section in docs/troubleshooting.md: \(missing.sorted())")
    }

    @Test func everyHelpTopicHasItsFrenchSection() throws {
        let sections = Set(Self.sections(of: try Self.page("docs/fr/depannage.md")).map(\.topic))
        let topics = try Self.topics()
        #expect(topics.count >= 10)
        let missing = topics.filter { !sections.contains($0) }
        #expect(missing.isEmpty, "help topics without a section in docs/fr/depannage.md: \(missing.sorted())")
    }

    /// The `Help:` and `Aide :` lines name the two pages, and each page points to the other.
    @Test func theHelpLineNamesThePageOfItsLanguage() throws {
        let english = Language.$chosen.withValue(.english) { Say.helpPage("files") }
        let french = Language.$chosen.withValue(.french) { Say.helpPage("files") }
        #expect(english == "docs/troubleshooting.md#files")
        #expect(french == "docs/fr/depannage.md#files")
        for path in [english, french] {
            let file = String(path.prefix { $0 != "#" })
            #expect(FileManager.default.fileExists(atPath: Self.repository.appendingPathComponent(file).path), "\(file)")
        }
        #expect(try Self.page("docs/troubleshooting.md").hasPrefix("En français : [fr/depannage.md](fr/depannage.md)\n"))
        #expect(try Self.page("docs/fr/depannage.md").hasPrefix("English: [../troubleshooting.md](../troubleshooting.md)\n"))
    }

    /// The French page has the English page's sections, in the same order, each translated: its text is not the
    /// English text, and reads as French.
    @Test func theFrenchPageIsTheEnglishPageTranslated() throws {
        let english = Self.sections(of: try Self.page("docs/troubleshooting.md"))
        let french = Self.sections(of: try Self.page("docs/fr/depannage.md"))
        #expect(english.count >= 30)
        #expect(french.map(\.topic) == english.map(\.topic))
        let words = [" la ", " le ", " les ", " une ", " des ", " du ", " de ", " et ", " est ", " pas ", " sur ", " avec ", " à "]
        for (fr, en) in zip(french, english) where fr.topic == en.topic {
            let text = fr.text.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(!text.isEmpty, "\(fr.topic) is empty in docs/fr/depannage.md")
            #expect(text != en.text.trimmingCharacters(in: .whitespacesAndNewlines), "\(fr.topic) is not translated")
            #expect(words.filter { text.contains($0) }.count >= 3, "\(fr.topic) does not read as French: \(text)")
            // No English sentence kept whole: no line of prose is the English page's.
            let englishLines = Set(en.text.split(separator: "\n").filter { $0.count > 40 && !$0.hasPrefix("$ ") && !$0.hasPrefix("|") })
            let kept = text.split(separator: "\n").filter { englishLines.contains($0) }
            #expect(kept.isEmpty, "\(fr.topic) keeps English lines: \(kept)")
        }
        // The French page speaks French in its own words where the English names an action.
        let page = try Self.page("docs/fr/depannage.md")
        for phrase in ["relancez la commande", "Relancez la même commande", "La tablette …", "mallette", "emplacement",
                       "préparée", "Aide :"] {
            #expect(page.contains(phrase), "docs/fr/depannage.md lacks \(phrase)")
        }
        #expect(!page.contains("run the command again"))
    }
}
