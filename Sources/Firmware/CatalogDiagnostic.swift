import Foundation

/// One problem found in a firmware catalog, with where it is and how to fix it.
///
/// Rendered as `FILE:LINE:COL: what is wrong — how to fix it`, as profile diagnostics are.
public struct CatalogDiagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The catalog's path.
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1.
    public var column: Int
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it, in plain words.
    public var fix: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String, fix: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }

    /// `FILE:LINE:COL: message — fix`.
    public var description: String { "\(file):\(line):\(column): \(message) — \(fix)" }
}

/// Every problem found while reading a catalog; never only the first.
public struct CatalogErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, sorted by line and column, duplicates removed.
    public let diagnostics: [CatalogDiagnostic]

    /// Creates the error from its diagnostics.
    public init(diagnostics: [CatalogDiagnostic]) {
        var seen = Set<CatalogDiagnostic>()
        self.diagnostics = diagnostics.filter { seen.insert($0).inserted }.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.element.column, lhs.offset) < (rhs.element.line, rhs.element.column, rhs.offset)
        }.map(\.element)
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Suggests the valid key nearest to a misspelt one (edit distance).
enum CatalogKeySuggestion {
    /// "did you mean 'x'?" or the list of valid keys.
    static func fix(for key: String, among candidates: [String]) -> String {
        let lowered = key.lowercased()
        let best = candidates.map { ($0, distance(lowered, $0)) }.min { $0.1 < $1.1 }
        if let best, best.1 <= max(2, min(key.count, best.0.count) / 3) { return "did you mean '\(best.0)'?" }
        return "remove it; valid keys here are: \(candidates.joined(separator: ", "))"
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a), t = Array(b)
        var previous = Array(0...t.count)
        for i in 1...max(s.count, 1) where !s.isEmpty {
            var current = [i] + [Int](repeating: 0, count: t.count)
            for j in stride(from: 1, through: t.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[t.count]
    }
}
