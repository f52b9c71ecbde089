import Diagnostics
import Foundation
import Profiles
import Yams

/// The parts of a catalog entry for boards flashed in Samsung Download mode (`method: odin`).
extension CatalogReader {
    static let packageKeys = ["file", "size", "sha256"]
    static let packageKinds = ["BL", "AP", "CP", "CSC", "HOME_CSC"]

    /// The entry's `method` (fastboot when absent); nil when it is not one Valise knows (reported).
    func method(_ map: Node.Mapping, board: String) -> FlashMethod? {
        guard let node = map["method"] else { return .fastboot }
        let name = node.string ?? ""
        if let method = FlashMethod(rawValue: name.lowercased()), node.scalar != nil { return method }
        let nearest = KeySuggestion.nearest(to: name.lowercased(), among: FlashMethod.allCases.map(\.rawValue))
        report(node, "method '\(name)' is not a way Valise flashes tablets",
               fix: (nearest.map { "did you mean '\($0)'? " } ?? "") + "write method: odin (Samsung Download mode) or method: fastboot")
        return nil
    }

    /// The `packages:` of an odin entry; `flash:` and `require:` are refused there (they are fastboot's).
    func odinPackages(_ map: Node.Mapping, key: Node, board: String, models: [String], imageFolder: URL) -> [OdinPackageFile] {
        let place = "product '\(board)'"
        for name in ["flash", "require"] {
            guard let node = map[name] else { continue }
            report(node, "'\(name)' is for boards flashed with fastboot; \(place) is flashed in Samsung Download mode",
                   fix: "remove \(name): and list the .tar.md5 files under packages:, or write method: fastboot")
        }
        guard let list = map["packages"]?.sequence, !list.isEmpty else {
            report(map["packages"] ?? key, "\(place) has no packages",
                   fix: "add packages: with one item per .tar.md5 file (file, size, sha256): BL, AP, CP and CSC")
            return []
        }
        var packages: [OdinPackageFile] = []
        for item in list {
            guard let package = package(item, board: board, models: models, imageFolder: imageFolder) else { continue }
            if packages.contains(where: { $0.kind == package.kind }) {
                report(item, "\(place) lists two \(package.kind) packages", fix: "keep one package of each kind (BL, AP, CP, CSC or HOME_CSC)")
                continue
            }
            packages.append(package)
        }
        if packages.contains(where: { $0.kind == "CSC" }) && packages.contains(where: { $0.kind == "HOME_CSC" }) {
            report(map["packages"], "\(place) lists both CSC and HOME_CSC", fix: "keep CSC (it wipes the tablet, as a fresh install) or HOME_CSC (it keeps its data), not both")
        }
        return packages
    }

    private func package(_ node: Node, board: String, models: [String], imageFolder: URL) -> OdinPackageFile? {
        guard let map = node.mapping else {
            report(node, "a package must be a map", fix: "write - {file: \(board)/AP_….tar.md5, size: BYTES, sha256: HEX}")
            return nil
        }
        let before = problems.count
        unknownKeys(map, allowed: Self.packageKeys, in: "a package of '\(board)'")
        let path = required(map, "file", owner: node, place: "a package", fix: "add file: PATH (a .tar.md5, relative to the catalog's image folder)")
        var kind: String?
        if let path, let fileNode = map["file"] {
            let name = (path.split(separator: "/").last.map(String.init) ?? path)
            let upper = name.uppercased()
            kind = Self.packageKinds.sorted { $0.count > $1.count }.first { upper.hasPrefix($0 + "_") }
            if !upper.hasSuffix(".TAR.MD5") {
                report(fileNode, "'\(name)' is not a .tar.md5 package", fix: "give the package as Samsung ships it (BL_…, AP_…, CP_…, CSC_….tar.md5)")
            } else if let kind {
                checkPackageModel(name, kind: kind, models: models, fileNode)
            } else {
                report(fileNode, "'\(name)' does not say which part of the firmware it is",
                       fix: "keep Samsung's file name: it starts with BL_, AP_, CP_, CSC_ or HOME_CSC_")
            }
        }
        var size: UInt64?
        if let sizeNode = map["size"] {
            if let value = sizeNode.int, value > 0 { size = UInt64(value) } else {
                report(sizeNode, "size '\(sizeNode.string ?? "?")' is not a byte count", fix: "give the package's size in bytes (`stat -c %s FILE`)")
            }
        } else {
            report(node, "a package has no 'size'", fix: "add size: BYTES (`stat -c %s FILE`)")
        }
        let digest = required(map, "sha256", owner: node, place: "a package", fix: "add sha256: HEX (`sha256sum FILE`)")
        if let digest, let digestNode = map["sha256"], digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
            report(digestNode, "sha256 '\(digest)' is not 64 hexadecimal digits", fix: "copy it from `sha256sum FILE`")
        }
        guard problems.count == before, let path, let kind, let size, let digest else { return nil }
        let file = path.hasPrefix("/") ? URL(fileURLWithPath: path) : imageFolder.appendingPathComponent(path)
        return OdinPackageFile(kind: kind, path: path, file: file.standardizedFileURL, size: size, sha256: digest.lowercased())
    }

    /// A package's name carries its version (AP_X200XXU9ZZA1_…): it must be for one of the board's models.
    private func checkPackageModel(_ name: String, kind: String, models: [String], _ node: Node) {
        let rest = name.dropFirst(kind.count + 1)
        let word = rest.prefix { $0.isLetter || $0.isNumber }
        guard let version = SamsungVersion(String(word)), !models.isEmpty, !models.contains(where: version.isFor(model:)) else { return }
        report(node, "package \(name) is for model SM-\(version.modelCode) (its name says \(version.modelCode)), not \(models.joined(separator: " or "))",
               fix: "use the \(models[0]) package, or list it under the board of the SM-\(version.modelCode)")
    }

    /// An odin entry's `bootloader` and `pda` are Samsung versions of one of its models.
    func checkSamsungVersion(_ text: String, name: String, models: [String], _ node: Node) {
        guard let version = SamsungVersion(text) else {
            report(node, "\(name) '\(text)' is not a Samsung version", fix: "copy it from the package names or `getprop ro.\(name == "pda" ? "build.PDA" : "bootloader")`, e.g. T220XXU9ZZA1")
            return
        }
        if !models.isEmpty, !models.contains(where: version.isFor(model:)) {
            report(node, "\(name) \(text) is for model SM-\(version.modelCode), not \(models.joined(separator: " or "))",
                   fix: "write the \(name) version of the \(models[0]) firmware")
        }
    }
}
