import Foundation
import Yams

/// Parses one profile file's YAML into a `ProfileNode`, turning YAML syntax errors into located diagnostics.
enum LayerParser {
    /// Parses `text` read from `file`; on a syntax error returns the diagnostic instead.
    static func parse(_ text: String, file: String) -> Result<ProfileNode, ProfileDiagnostic> {
        do {
            guard let root = try Yams.compose(yaml: text, .default, .default, encoding) else {
                return .success(ProfileNode(value: .mapping([]), location: .start(of: file)))
            }
            return convert(root, file: file)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file))
        } catch {
            return .failure(
                ProfileDiagnostic(
                    at: .start(of: file), message: "this file could not be read as YAML",
                    fix: "check that it is a UTF-8 text file"))
        }
    }

    /// Yams' default encoding, read once: `Parser.Encoding.default` reads the whole process environment on every
    /// call (for `YAMS_DEFAULT_ENCODING`), which took an eighth of the time of loading a profile. (A plain enum
    /// value that is never changed: Yams just does not mark it Sendable.)
    nonisolated(unsafe) private static let encoding = Parser.Encoding.default

    /// Reads and parses a file.
    static func parse(fileAt url: URL, displayPath: String) -> Result<ProfileNode, ProfileDiagnostic> {
        guard let data = FileContents.read(atPath: url.path) else {
            return .failure(
                ProfileDiagnostic(
                    at: .start(of: displayPath), message: "the profile file does not exist or cannot be read",
                    fix: "check the path, or its permissions (ls -l \(displayPath))"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(
                ProfileDiagnostic(
                    at: .start(of: displayPath), message: "the profile file is not UTF-8 text",
                    fix: "save it as UTF-8 in your editor"))
        }
        return parse(text, file: displayPath)
    }

    private static func convert(_ node: Node, file: String) -> Result<ProfileNode, ProfileDiagnostic> {
        let location = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            ?? .start(of: file)
        switch node {
        case .scalar(let scalar):
            return .success(ProfileNode(value: .scalar(scalar.string, kind(of: node)), location: location))
        case .mapping(let mapping):
            var entries: [ProfileNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = key.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
                    ?? location
                guard case .scalar(let keyScalar) = key else {
                    return .failure(
                        ProfileDiagnostic(
                            at: keyLocation, message: "a key must be a simple word, not a list or a map",
                            fix: "write the key as plain text followed by a colon"))
                }
                switch convert(value, file: file) {
                case .success(let converted):
                    entries.append(.init(key: keyScalar.string, keyLocation: keyLocation, value: converted))
                case .failure(let diagnostic):
                    return .failure(diagnostic)
                }
            }
            return .success(ProfileNode(value: .mapping(entries), location: location))
        case .sequence(let sequence):
            var items: [ProfileNode] = []
            for item in sequence {
                switch convert(item, file: file) {
                case .success(let converted): items.append(converted)
                case .failure(let diagnostic): return .failure(diagnostic)
                }
            }
            return .success(ProfileNode(value: .sequence(items), location: location))
        case .alias:
            return .failure(
                ProfileDiagnostic(
                    at: location, message: "YAML aliases (*name) are not supported in profiles",
                    fix: "write the value out, or move it to a parent layer and use inherits"))
        }
    }

    private static func kind(of node: Node) -> ProfileNode.ScalarKind {
        switch Tag.Name(rawValue: node.tag.rawValue) {
        case .int: return .int
        case .float: return .float
        case .bool: return .bool
        case .null: return .null
        case .timestamp: return .timestamp
        default: return .string
        }
    }

    private static func diagnostic(for error: YamlError, file: String) -> ProfileDiagnostic {
        let fix = "fix the YAML syntax here (indentation with spaces, a space after each colon, closed quotes)"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let started = context.map {
                " (\($0.text) that starts at line \($0.mark.line), column \($0.mark.column))"
            } ?? ""
            return ProfileDiagnostic(
                file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(problem)\(started)",
                fix: fix)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ProfileDiagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "the key \(names) is written twice in the same map",
                fix: "keep only one of them")
        case .reader(let problem, _, _, _):
            return ProfileDiagnostic(
                at: .start(of: file), message: "the file could not be read: \(problem)",
                fix: "save it as UTF-8 text without control characters")
        default:
            return ProfileDiagnostic(at: .start(of: file), message: "this file is not valid YAML", fix: fix)
        }
    }
}
