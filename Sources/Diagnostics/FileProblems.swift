import Foundation

/// Every problem found in a file Valise reads, never only the first: one located line each
/// (`FILE:LINE:COL: what is wrong — how to fix it`). Exit status 65.
public struct FileProblems: ValiseError, Equatable, CustomStringConvertible {
    /// The kinds of file Valise reads.
    public enum Kind: String, Sendable, Hashable {
        case profile = "profile"
        case rentreePlan = "rentrée plan"
        case caseMap = "case map"
        case firmwareCatalog = "firmware catalog"
    }

    /// What the file is.
    public let kind: Kind
    /// The problems, in file, line and column order, each once.
    public let diagnostics: [FileDiagnostic]

    /// The problems `diagnostics` of a file of `kind`.
    public init(_ kind: Kind, _ diagnostics: [FileDiagnostic]) {
        self.kind = kind
        self.diagnostics = FileDiagnostic.sorted(diagnostics)
    }

    /// The same problems with their file paths made relative to `base` when the files lie under it.
    public func relative(to base: URL) -> FileProblems {
        FileProblems(kind, diagnostics.map { $0.relative(to: base) })
    }

    public var summary: String {
        Say.fileProblemsSummary(kind, count: diagnostics.count) + "\n"
            + diagnostics.map { "  \($0)" }.joined(separator: "\n")
    }

    public var reason: String { Say.fileProblemsReason(kind) }

    public var action: String { Say.fileProblemsAction(kind) }

    public var helpTopic: String? {
        switch kind {
        case .profile: "profiles"
        case .rentreePlan: "rentree"
        case .caseMap: "case-maps"
        case .firmwareCatalog: "firmware-catalog"
        }
    }

    public var exitCode: Int32 { 65 }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
