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
        report(node, Say.catalogUnknownMethod(name), fix: Say.catalogUnknownMethodFix(nearest: nearest))
        return nil
    }

    /// The `packages:` of an odin entry; `flash:` and `require:` are refused there (they are fastboot's).
    func odinPackages(_ map: Node.Mapping, key: Node, board: String, models: [String], imageFolder: URL) -> [OdinPackageFile] {
        for name in ["flash", "require"] {
            guard let node = map[name] else { continue }
            report(node, Say.catalogOnlyForFastboot(name, board: board), fix: Say.catalogOnlyForFastbootFix(name))
        }
        guard let list = map["packages"]?.sequence, !list.isEmpty else {
            report(map["packages"] ?? key, Say.catalogNoPackages(board), fix: Say.catalogNoPackagesFix)
            return []
        }
        var packages: [OdinPackageFile] = []
        for item in list {
            guard let package = package(item, board: board, models: models, imageFolder: imageFolder) else { continue }
            if packages.contains(where: { $0.kind == package.kind }) {
                report(item, Say.catalogTwoPackagesOfKind(package.kind, board: board), fix: Say.catalogTwoPackagesOfKindFix)
                continue
            }
            packages.append(package)
        }
        if packages.contains(where: { $0.kind == "CSC" }) && packages.contains(where: { $0.kind == "HOME_CSC" }) {
            report(map["packages"], Say.catalogCSCAndHomeCSC(board), fix: Say.catalogCSCAndHomeCSCFix)
        }
        return packages
    }

    private func package(_ node: Node, board: String, models: [String], imageFolder: URL) -> OdinPackageFile? {
        guard let map = node.mapping else {
            report(node, Say.catalogPackageNotAMap, fix: Say.catalogPackageNotAMapFix(board))
            return nil
        }
        let before = problems.count
        unknownKeys(map, allowed: Self.packageKeys, in: Say.catalogPackageOf(board))
        let path = required(map, "file", owner: node, place: Say.catalogPackage, fix: Say.catalogPackageFileFix)
        var kind: String?
        if let path, let fileNode = map["file"] {
            let name = (path.split(separator: "/").last.map(String.init) ?? path)
            let upper = name.uppercased()
            kind = Self.packageKinds.sorted { $0.count > $1.count }.first { upper.hasPrefix($0 + "_") }
            if !upper.hasSuffix(".TAR.MD5") {
                report(fileNode, Say.catalogNotATarMD5(name), fix: Say.catalogNotATarMD5Fix)
            } else if let kind {
                checkPackageModel(name, kind: kind, models: models, fileNode)
            } else {
                report(fileNode, Say.catalogPackageKindUnknown(name), fix: Say.catalogPackageKindUnknownFix)
            }
        }
        var size: UInt64?
        if let sizeNode = map["size"] {
            if let value = sizeNode.int, value > 0 { size = UInt64(value) } else {
                report(sizeNode, Say.catalogNotAByteCount(sizeNode.string ?? "?"), fix: Say.catalogByteCountFix(packages: true))
            }
        } else {
            report(node, Say.catalogMissingKey("size", in: Say.catalogPackage), fix: Say.catalogSizeFix)
        }
        let digest = required(map, "sha256", owner: node, place: Say.catalogPackage, fix: Say.catalogSha256Fix)
        if let digest, let digestNode = map["sha256"], digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
            report(digestNode, Say.catalogNotASha256(digest), fix: Say.catalogNotASha256Fix)
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
        report(node, Say.catalogPackageForOtherModel(name, code: version.modelCode, models: models),
               fix: Say.catalogPackageForOtherModelFix(model: models[0], code: version.modelCode))
    }

    /// An odin entry's `bootloader` and `pda` are Samsung versions of one of its models.
    func checkSamsungVersion(_ text: String, name: String, models: [String], _ node: Node) {
        guard let version = SamsungVersion(text) else {
            report(node, Say.catalogNotASamsungVersion(name, text), fix: Say.catalogNotASamsungVersionFix(property: "ro.\(name == "pda" ? "build.PDA" : "bootloader")"))
            return
        }
        if !models.isEmpty, !models.contains(where: version.isFor(model:)) {
            report(node, Say.catalogVersionForOtherModel(name, text, code: version.modelCode, models: models),
                   fix: Say.catalogVersionForOtherModelFix(name, model: models[0]))
        }
    }
}
