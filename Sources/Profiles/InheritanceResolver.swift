import Diagnostics
import Foundation

/// Follows `inherits:` from a profile file up to its roots and merges the layers, parents first.
///
/// `inherits:` is a path relative to the file's folder, or a list of them (merged in order, then the file
/// itself). Cycles are reported with the chain of files that forms them.
struct InheritanceResolver {
    /// The merged tree and every file that went into it, parents first.
    struct Outcome {
        var merged: ProfileNode?
        var files: [URL]
    }

    private let sink: DiagnosticSink
    private var cache: [String: ProfileNode?] = [:]
    private let rootDirectory: String

    init(sink: DiagnosticSink, root: URL) {
        self.sink = sink
        self.rootDirectory = root.standardizedFileURL.deletingLastPathComponent().path
    }

    /// Resolves the file at `url`.
    mutating func resolve(_ url: URL) -> Outcome {
        var files: [URL] = []
        let merged = resolve(url.standardizedFileURL, chain: [], inheritedAt: nil, files: &files)
        return Outcome(merged: merged, files: files)
    }

    private mutating func resolve(
        _ url: URL, chain: [URL], inheritedAt: FileLocation?, files: inout [URL]
    ) -> ProfileNode? {
        let path = url.path
        if chain.contains(url) {
            let names = (chain.drop(while: { $0 != url }) + [url]).map { display($0) }
            sink.report(
                inheritedAt ?? .start(of: path),
                Say.inheritanceCycle(names), fix: Say.inheritanceCycleFix)
            return nil
        }
        guard let node = load(url, inheritedAt: inheritedAt) else { return nil }
        var merged: ProfileNode?
        for (parent, location) in parents(of: node, in: url) {
            guard let parentNode = resolve(parent, chain: chain + [url], inheritedAt: location, files: &files)
            else { continue }
            merged = merged.map { LayerMerge.merge($0, parentNode) } ?? parentNode
        }
        let own = node.removing(key: "inherits")
        if !files.contains(url) { files.append(url) }
        return merged.map { LayerMerge.merge($0, own) } ?? own
    }

    private mutating func load(_ url: URL, inheritedAt: FileLocation?) -> ProfileNode? {
        if let cached = cache[url.path] { return cached }
        var result: ProfileNode?
        if let inheritedAt, !FileManager.default.fileExists(atPath: url.path) {
            sink.report(
                inheritedAt, Say.inheritsMissing(display(url)), fix: Say.inheritsMissingFix)
        } else {
            switch LayerParser.parse(fileAt: url, displayPath: url.path) {
            case .success(let node):
                if node.entries == nil {
                    sink.report(
                        node.location, Say.profileNotMap, fix: Say.profileNotMapFix)
                } else {
                    result = node
                }
            case .failure(let diagnostic):
                sink.append(contentsOf: [diagnostic])
            }
        }
        cache[url.path] = .some(result)
        return result
    }

    private func parents(of node: ProfileNode, in url: URL) -> [(URL, FileLocation)] {
        guard let inherits = node["inherits"] else { return [] }
        let directory = url.deletingLastPathComponent()
        let values: [ProfileNode]
        switch inherits.value {
        case .scalar(_, .string): values = [inherits]
        case .sequence(let items): values = items
        default:
            sink.report(
                inherits.location, Say.inheritsWrongType(inherits.kindDescription), fix: Say.inheritsWrongTypeFix)
            return []
        }
        var result: [(URL, FileLocation)] = []
        for value in values {
            guard case .scalar(let text, .string) = value.value, !text.isEmpty else {
                sink.report(
                    value.location, Say.inheritsEntryNotPath(value.kindDescription), fix: Say.inheritsEntryNotPathFix)
                continue
            }
            let parent = URL(fileURLWithPath: text, relativeTo: directory).standardizedFileURL
            result.append((parent, value.location))
        }
        return result
    }

    private func display(_ url: URL) -> String {
        let prefix = rootDirectory.hasSuffix("/") ? rootDirectory : rootDirectory + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }
}
