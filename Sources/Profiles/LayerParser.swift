import Diagnostics
import Foundation
import Yams

/// Parses one profile file's YAML into a `ProfileNode`, turning YAML syntax errors into located diagnostics.
enum LayerParser {
    /// Parses `text` read from `file`; on a syntax error returns the diagnostic instead.
    static func parse(_ text: String, file: String) -> Result<ProfileNode, FileDiagnostic> {
        do {
            guard let root = try Yams.compose(yaml: text, .default, .default, encoding) else {
                return .success(ProfileNode(value: .mapping([]), location: .start(of: file)))
            }
            return convert(root, file: file)
        } catch {
            return .failure(.yaml(error, file: file))
        }
    }

    /// Yams' default encoding, read once: `Parser.Encoding.default` reads the whole process environment on every
    /// call (for `YAMS_DEFAULT_ENCODING`), which took an eighth of the time of loading a profile. (A plain enum
    /// value that is never changed: Yams just does not mark it Sendable.)
    nonisolated(unsafe) private static let encoding = Parser.Encoding.default

    /// Reads and parses a file.
    static func parse(fileAt url: URL, displayPath: String) -> Result<ProfileNode, FileDiagnostic> {
        guard let data = FileContents.read(atPath: url.path) else {
            return .failure(
                FileDiagnostic(
                    at: .start(of: displayPath), message: Say.profileFileUnreadable,
                    fix: Say.checkPathOrPermissions(displayPath)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(
                FileDiagnostic(
                    at: .start(of: displayPath), message: Say.profileFileNotUTF8,
                    fix: Say.saveAsUTF8))
        }
        return parse(text, file: displayPath)
    }

    private static func convert(_ node: Node, file: String) -> Result<ProfileNode, FileDiagnostic> {
        let location = FileLocation(file: file, node: node)
        switch node {
        case .scalar(let scalar):
            return .success(ProfileNode(value: .scalar(scalar.string, kind(of: node)), location: location))
        case .mapping(let mapping):
            var entries: [ProfileNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = key.mark.map { FileLocation(file: file, line: $0.line, column: $0.column) }
                    ?? location
                guard case .scalar(let keyScalar) = key else {
                    return .failure(
                        FileDiagnostic(
                            at: keyLocation, message: Say.keyMustBeWord,
                            fix: Say.keyMustBeWordFix))
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
                FileDiagnostic(
                    at: location, message: Say.yamlAliases,
                    fix: Say.yamlAliasesFix))
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
}
