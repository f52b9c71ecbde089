import Foundation

/// A place in a profile file: the file's path and a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file's path, as the loader reached it.
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1 (in Unicode scalars, as libyaml counts).
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file (line 1, column 1).
    public static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    /// `FILE:LINE:COL`.
    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in a profile, or in another YAML file Valise reads (a rentrée plan, a firmware catalog),
/// with where it is and how to fix it.
///
/// Rendered as `FILE:LINE:COL: what is wrong — how to fix it`. A diagnostic never contains the value of a
/// secret (Wi-Fi passphrase, EAP password, secret file contents).
public struct ProfileDiagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file's path.
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

    /// Creates a diagnostic at a location.
    public init(at location: SourceLocation, message: String, fix: String) {
        self.init(file: location.file, line: location.line, column: location.column, message: message, fix: fix)
    }

    /// The location of the diagnostic.
    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// `FILE:LINE:COL: message — fix`.
    public var description: String { "\(file):\(line):\(column): \(message) — \(fix)" }

    /// The same diagnostic with its file path made relative to `base` when the file lies under it.
    public func relative(to base: URL) -> ProfileDiagnostic {
        var copy = self
        let prefix = base.standardizedFileURL.path.hasSuffix("/")
            ? base.standardizedFileURL.path : base.standardizedFileURL.path + "/"
        if file.hasPrefix(prefix) {
            copy.file = String(file.dropFirst(prefix.count))
        }
        return copy
    }
}

/// Every problem found while loading a profile; never only the first.
public struct ProfileErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, sorted by file, line and column.
    public let diagnostics: [ProfileDiagnostic]

    /// Creates the error from its diagnostics (sorted, duplicates removed).
    public init(diagnostics: [ProfileDiagnostic]) {
        self.diagnostics = DiagnosticSink.normalized(diagnostics)
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while a profile is read; internal, single-threaded.
final class DiagnosticSink {
    private(set) var items: [ProfileDiagnostic] = []

    /// Records a problem at `location`.
    func report(_ location: SourceLocation, _ message: String, fix: String) {
        items.append(ProfileDiagnostic(at: location, message: message, fix: fix))
    }

    /// Records already-built diagnostics.
    func append(contentsOf diagnostics: [ProfileDiagnostic]) {
        items.append(contentsOf: diagnostics)
    }

    /// Sorted by file, line, column (stable), duplicates removed.
    static func normalized(_ diagnostics: [ProfileDiagnostic]) -> [ProfileDiagnostic] {
        var seen = Set<ProfileDiagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.file != b.file { return a.file < b.file }
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
