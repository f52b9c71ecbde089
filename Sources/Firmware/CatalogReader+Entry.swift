import Diagnostics
import Foundation
import Yams

extension CatalogReader {
    static let entryKeys = ["models", "method", "bootloader", "pda", "fingerprint", "security_patch", "require", "flash", "packages"]
    static let stepKeys = ["partition", "image", "size", "sha256", "then"]

    /// One product entry; nil when it has problems (reported).
    func entry(board: String, key: Node, _ value: Node, imageFolder: URL) -> FirmwareEntry? {
        guard let map = value.mapping else {
            report(value, Say.catalogProductNotAMap(board), fix: Say.catalogProductNotAMapFix)
            return nil
        }
        let before = problems.count
        let place = Say.catalogProduct(board)
        unknownKeys(map, allowed: Self.entryKeys, in: place)
        let models = map["models"].flatMap { texts($0, "models", fix: Say.catalogModelsFix) } ?? []
        let bootloader = required(map, "bootloader", owner: key, place: place,
                                  fix: Say.catalogBootloaderFix)
        let fingerprint = required(map, "fingerprint", owner: key, place: place,
                                   fix: Say.catalogFingerprintFix)
        if let fingerprint, let node = map["fingerprint"] { checkFingerprint(fingerprint, board: board, node) }
        let patch = required(map, "security_patch", owner: key, place: place,
                             fix: Say.catalogPatchFix)
        if let patch, let node = map["security_patch"], !Self.isDate(patch) {
            report(node, Say.catalogPatchNotADate(patch), fix: Say.catalogPatchNotADateFix)
        }
        let method = self.method(map, board: board)
        if method == .odin {
            let packages = odinPackages(map, key: key, board: board, models: models, imageFolder: imageFolder)
            let pda = map["pda"].flatMap { text($0, "pda", fix: Say.catalogPDAFix) }
            for (name, version) in [("bootloader", bootloader), ("pda", pda)] {
                guard let version, let node = map[name] else { continue }
                checkSamsungVersion(version, name: name, models: models, node)
            }
            guard problems.count == before, let bootloader, let fingerprint, let patch else { return nil }
            return FirmwareEntry(board: board, models: models, bootloader: bootloader, fingerprint: fingerprint, securityPatch: patch,
                                 requirements: [], steps: [], method: .odin, packages: packages, pda: pda, line: key.mark?.line ?? 1)
        }
        if let node = map["packages"] {
            report(node, Say.catalogOnlyForOdin("packages"), fix: Say.catalogPackagesNeedOdinFix(board))
        }
        if let node = map["pda"] { report(node, Say.catalogOnlyForOdin("pda"), fix: Say.catalogPDANeedsOdinFix(board)) }
        let requirements = map["require"].map { self.requirements($0, board: board) } ?? [BootloaderRequirement(variable: "board", values: [board])]
        var steps: [FlashStep] = []
        if let list = map["flash"]?.sequence, !list.isEmpty {
            for item in list {
                guard let step = step(item, board: board, imageFolder: imageFolder) else { continue }
                if steps.contains(where: { $0.partition == step.partition }) {
                    report(item, Say.catalogPartitionTwice(step.partition, board: board), fix: Say.catalogOneStepPerPartition)
                }
                steps.append(step)
            }
        } else {
            report(map["flash"] ?? key, Say.catalogNoFlashPlan(board), fix: Say.catalogNoFlashPlanFix)
        }
        guard problems.count == before, let bootloader, let fingerprint, let patch else { return nil }
        return FirmwareEntry(board: board, models: models, bootloader: bootloader, fingerprint: fingerprint, securityPatch: patch,
                             requirements: requirements, steps: steps, line: key.mark?.line ?? 1)
    }

    private func checkFingerprint(_ fingerprint: String, board: String, _ node: Node) {
        let parts = fingerprint.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 6, parts.allSatisfy({ !$0.isEmpty }) else {
            report(node, Say.catalogNotAFingerprint(fingerprint), fix: Say.catalogNotAFingerprintFix)
            return
        }
        let device = parts[2].split(separator: ":").first.map(String.init) ?? ""
        if device.lowercased() != board.lowercased() {
            report(node, Say.catalogFingerprintOtherDevice(device, board: board), fix: Say.catalogFingerprintOtherDeviceFix(device, board: board))
        }
    }

    private func requirements(_ node: Node, board: String) -> [BootloaderRequirement] {
        guard let map = node.mapping else {
            report(node, Say.catalogRequireNotAMap, fix: Say.catalogRequireNotAMapFix(board))
            return []
        }
        var result: [BootloaderRequirement] = []
        for (key, value) in map {
            guard let name = key.string, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                report(key, Say.catalogNotAGetVar(key.string ?? "?"), fix: Say.catalogNotAGetVarFix)
                continue
            }
            guard let values = texts(value, name, fix: Say.catalogRequireValuesFix) else { continue }
            if name == "board" || name == "product", !BootloaderRequirement(variable: name, values: values).accepts(board) {
                report(value, Say.catalogRequireRefusesBoard(name, board: board), fix: Say.catalogRequireRefusesBoardFix(name, board: board))
            }
            result.append(BootloaderRequirement(variable: name, values: values))
        }
        if !result.contains(where: { $0.getVarName == "product" }) { result.insert(BootloaderRequirement(variable: "board", values: [board]), at: 0) }
        return result
    }

    private func step(_ node: Node, board: String, imageFolder: URL) -> FlashStep? {
        guard let map = node.mapping else {
            report(node, Say.catalogStepNotAMap, fix: Say.catalogStepNotAMapFix(board))
            return nil
        }
        let before = problems.count
        unknownKeys(map, allowed: Self.stepKeys, in: Say.catalogFlashStepOf(board))
        let partition = required(map, "partition", owner: node, place: Say.catalogFlashStep, fix: Say.catalogPartitionFix)
        if let partition, let name = map["partition"],
           !partition.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) || partition.count > 32 {
            report(name, Say.catalogNotAPartition(partition), fix: Say.catalogNotAPartitionFix)
        }
        let path = required(map, "image", owner: node, place: Say.catalogFlashStep, fix: Say.catalogImageFix)
        var size: UInt64?
        if let sizeNode = map["size"] {
            if let value = sizeNode.int, value > 0 { size = UInt64(value) } else {
                report(sizeNode, Say.catalogNotAByteCount(sizeNode.string ?? "?"), fix: Say.catalogByteCountFix(packages: false))
            }
        } else {
            report(node, Say.catalogMissingKey("size", in: Say.catalogFlashStep), fix: Say.catalogSizeFix)
        }
        let digest = required(map, "sha256", owner: node, place: Say.catalogFlashStep, fix: Say.catalogSha256Fix)
        if let digest, let digestNode = map["sha256"], digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
            report(digestNode, Say.catalogNotASha256(digest), fix: Say.catalogNotASha256Fix)
        }
        var then: FlashStep.After?
        if let thenNode = map["then"] {
            then = thenNode.string.flatMap(FlashStep.After.init(rawValue:))
            if then == nil {
                report(thenNode, Say.catalogUnknownThen(thenNode.string ?? "?"), fix: Say.catalogUnknownThenFix)
            }
        }
        guard problems.count == before, let partition, let path, let size, let digest else { return nil }
        let image = path.hasPrefix("/") ? URL(fileURLWithPath: path) : imageFolder.appendingPathComponent(path)
        return FlashStep(partition: partition, path: path, image: image.standardizedFileURL, size: size, sha256: digest.lowercased(), then: then)
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
