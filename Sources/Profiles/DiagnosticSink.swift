import Diagnostics
import Foundation
import Yams

/// Collects diagnostics while a profile is read; internal, single-threaded.
final class DiagnosticSink {
    private(set) var items: [FileDiagnostic] = []

    /// Records a problem at `location`.
    func report(_ location: FileLocation, _ message: String, fix: String) {
        items.append(FileDiagnostic(at: location, message: message, fix: fix))
    }

    /// Records a built diagnostic.
    func report(_ diagnostic: FileDiagnostic) {
        items.append(diagnostic)
    }

    /// Records already-built diagnostics.
    func append(contentsOf diagnostics: [FileDiagnostic]) {
        items.append(contentsOf: diagnostics)
    }
}

extension FileLocation {
    /// Where `node` is written in `file`; the start of the file when Yams does not say.
    public init(file: String, node: Node?) {
        self.init(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }
}

extension FileDiagnostic {
    /// The diagnostic for `error`, thrown by Yams while it read `file`'s text.
    public static func yaml(_ error: any Error, file: String) -> FileDiagnostic {
        guard let error = error as? YamlError else {
            return FileDiagnostic(at: .start(of: file), message: Say.yamlUnreadable, fix: Say.yamlUnreadableFix)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return yamlSyntax(problem, at: FileLocation(file: file, line: mark.line, column: mark.column),
                              context: context.map { ($0.text, $0.mark.line, $0.mark.column) })
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return FileDiagnostic(file: file, line: context.mark.line, column: context.mark.column,
                                  message: Say.yamlDuplicateKeys(names), fix: Say.keepOnlyOne)
        case .reader(let problem, _, _, _):
            return FileDiagnostic(at: .start(of: file), message: Say.yamlReader(problem),
                                  fix: Say.yamlReaderFix)
        default:
            return FileDiagnostic(at: .start(of: file), message: Say.yamlInvalid, fix: yamlFix)
        }
    }
}
