import Foundation
import Testing

/// Every `Help:` line an error prints points to a section that exists in docs/troubleshooting.md.
@Suite struct HelpTopicTests {
    @Test func everyHelpTopicHasItsSection() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = try String(contentsOf: repository.appendingPathComponent("docs/troubleshooting.md"), encoding: .utf8)
        let sections = Set(page.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) })
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
        #expect(topics.count >= 10)
        let missing = topics.filter { !sections.contains($0) }
        #expect(missing.isEmpty, "help topics without a section in docs/troubleshooting.md: \(missing.sorted())")
    }
}
