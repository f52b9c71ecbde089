import Foundation

/// One problem in a file Valise reads (a profile, a rentrée plan, a case map, a firmware catalog): where it is,
/// what is wrong and how to fix it.
///
/// Rendered as `FILE:LINE:COL: what is wrong — how to fix it`. A diagnostic never contains the value of a
/// secret (Wi-Fi passphrase, EAP password, secret file contents).
public struct FileDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: FileLocation
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it, in plain words.
    public var fix: String

    /// Creates a diagnostic at a location.
    public init(at location: FileLocation, message: String, fix: String) {
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// Creates a diagnostic at a file, line and column.
    public init(file: String, line: Int, column: Int, message: String, fix: String) {
        self.init(at: FileLocation(file: file, line: line, column: column), message: message, fix: fix)
    }

    /// The file's path.
    public var file: String { location.file }
    /// The line, counting from 1.
    public var line: Int { location.line }
    /// The column, counting from 1.
    public var column: Int { location.column }

    /// `FILE:LINE:COL: message — fix`.
    public var description: String { "\(location): \(message) — \(fix)" }

    /// The same diagnostic with its file path made relative to `base` when the file lies under it.
    public func relative(to base: URL) -> FileDiagnostic {
        FileDiagnostic(at: location.relative(to: base), message: message, fix: fix)
    }

    /// `diagnostics` in file, line and column order (stable), each once.
    public static func sorted(_ diagnostics: [FileDiagnostic]) -> [FileDiagnostic] {
        var seen = Set<FileDiagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { lhs, rhs in
            lhs.element.location != rhs.element.location ? lhs.element.location < rhs.element.location : lhs.offset < rhs.offset
        }.map(\.element)
    }
}

extension FileDiagnostic {
    /// A key its map does not have, with the nearest valid key (or the list of them) as the fix; `place` names the
    /// map when it is not the file's top level ("case 'valise-1'").
    public static func unknownKey(_ key: String, at location: FileLocation, among keys: [String], in place: String? = nil) -> FileDiagnostic {
        FileDiagnostic(at: location, message: Say.unknownKey(key, in: place),
                       fix: KeySuggestion.fix(for: key, among: keys))
    }

    /// YAML that libyaml could not read at `location`: its `problem`, and where the construct it was reading
    /// started (`context`: "while parsing a flow sequence", with that place), when it says.
    public static func yamlSyntax(_ problem: String, at location: FileLocation,
                                  context: (text: String, line: Int, column: Int)? = nil) -> FileDiagnostic {
        FileDiagnostic(at: location, message: Say.yamlSyntax(problem, context: context), fix: yamlFix)
    }

    /// The fix for a YAML syntax error.
    public static var yamlFix: String { Say.yamlFix }
}
