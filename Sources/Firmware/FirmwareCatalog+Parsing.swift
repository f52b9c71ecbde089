import Diagnostics
import Foundation
import Profiles
import Yams

extension FirmwareCatalog {
    /// Reads a catalog; every problem is reported at once, located.
    public static func load(_ url: URL) -> Result<FirmwareCatalog, FileProblems> {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return .failure(FileProblems(.firmwareCatalog, [FileDiagnostic(at: .start(of: url.path), message: Say.catalogUnreadable,
                                                                           fix: Say.catalogUnreadableFix)]))
        }
        return parse(text, file: url.path, folder: url.deletingLastPathComponent())
    }

    /// Parses a catalog's text; `folder` (the catalog's folder) resolves relative image paths.
    public static func parse(_ text: String, file: String, folder: URL) -> Result<FirmwareCatalog, FileProblems> {
        let reader = CatalogReader(file: file)
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            return .failure(FileProblems(.firmwareCatalog, [.yaml(error, file: file)]))
        }
        guard let map = root?.mapping else {
            reader.report(root, Say.catalogNotAMap, fix: Say.catalogNotAMapFix)
            return .failure(FileProblems(.firmwareCatalog, reader.problems))
        }
        reader.unknownKeys(map, allowed: ["images", "products"], in: nil)
        var imageFolder = folder
        if let images = map["images"] {
            if let path = reader.text(images, "images", fix: Say.catalogImagesFix) {
                imageFolder = path.hasPrefix("/") ? URL(fileURLWithPath: path, isDirectory: true) : folder.appendingPathComponent(path, isDirectory: true)
            }
        }
        var entries: [FirmwareEntry] = []
        var boards: Set<String> = []
        if let products = map["products"]?.mapping, !products.isEmpty {
            for (key, value) in products {
                guard let board = key.string, !board.isEmpty, key.scalar != nil else {
                    reader.report(key, Say.catalogProductUnnamed, fix: Say.catalogProductUnnamedFix)
                    continue
                }
                guard boards.insert(board.lowercased()).inserted else {
                    reader.report(key, Say.catalogProductTwice(board), fix: Say.catalogOneEntryPerBoard)
                    continue
                }
                if let entry = reader.entry(board: board, key: key, value, imageFolder: imageFolder) { entries.append(entry) }
            }
        } else {
            reader.report(map["products"] ?? root, Say.catalogNoProducts, fix: Say.catalogNoProductsFix)
        }
        guard reader.problems.isEmpty else { return .failure(FileProblems(.firmwareCatalog, reader.problems)) }
        return .success(FirmwareCatalog(file: file, imageFolder: imageFolder.standardizedFileURL, entries: entries))
    }
}

/// Collects problems while a catalog is read (single-threaded).
final class CatalogReader {
    let file: String
    private(set) var problems: [FileDiagnostic] = []

    init(file: String) { self.file = file }

    func report(_ node: Node?, _ message: String, fix: String) {
        problems.append(FileDiagnostic(at: FileLocation(file: file, node: node), message: message, fix: fix))
    }

    /// Reports keys of `map` outside `allowed`.
    func unknownKeys(_ map: Node.Mapping, allowed: [String], in place: String?) {
        for (key, _) in map where !allowed.contains(key.string ?? "") {
            problems.append(.unknownKey(key.string ?? "?", at: FileLocation(file: file, node: key), among: allowed, in: place))
        }
    }

    /// A scalar as text, or a located problem.
    func text(_ node: Node, _ name: String, fix: String) -> String? {
        guard node.scalar != nil, let value = node.string, !value.isEmpty else {
            report(node, Say.catalogMustBeText(name), fix: fix)
            return nil
        }
        return value
    }

    /// A required scalar of `map`, or a located problem at `owner`.
    func required(_ map: Node.Mapping, _ key: String, owner: Node, place: String, fix: String) -> String? {
        guard let node = map[key] else {
            report(owner, Say.catalogMissingKey(key, in: place), fix: fix)
            return nil
        }
        return text(node, key, fix: fix)
    }

    /// Text or a list of texts.
    func texts(_ node: Node, _ name: String, fix: String) -> [String]? {
        if node.scalar != nil { return text(node, name, fix: fix).map { [$0] } }
        guard let items = node.sequence, !items.isEmpty else {
            report(node, Say.catalogMustBeTexts(name), fix: fix)
            return nil
        }
        let values = items.compactMap { text($0, name, fix: fix) }
        return values.count == items.count ? values : nil
    }
}
