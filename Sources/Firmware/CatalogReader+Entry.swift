import Foundation
import Yams

extension CatalogReader {
    static let entryKeys = ["models", "method", "bootloader", "pda", "fingerprint", "security_patch", "require", "flash", "packages"]
    static let stepKeys = ["partition", "image", "size", "sha256", "then"]

    /// One product entry; nil when it has problems (reported).
    func entry(board: String, key: Node, _ value: Node, imageFolder: URL) -> FirmwareEntry? {
        guard let map = value.mapping else {
            report(value, "product '\(board)' must be a map", fix: "give its bootloader, fingerprint, security_patch, require and flash (see Firmware/README.md)")
            return nil
        }
        let before = problems.count
        let place = "product '\(board)'"
        unknownKeys(map, allowed: Self.entryKeys, in: place)
        let models = map["models"].flatMap { texts($0, "models", fix: "list the models of this board, e.g. models: [SM-T220]") } ?? []
        let bootloader = required(map, "bootloader", owner: key, place: place,
                                  fix: "add bootloader: VERSION (the version-bootloader the plan installs)")
        let fingerprint = required(map, "fingerprint", owner: key, place: place,
                                   fix: "add fingerprint: the ro.build.fingerprint the plan installs")
        if let fingerprint, let node = map["fingerprint"] { checkFingerprint(fingerprint, board: board, node) }
        let patch = required(map, "security_patch", owner: key, place: place,
                             fix: "add security_patch: \"YYYY-MM-DD\" (the patch level the plan installs)")
        if let patch, let node = map["security_patch"], !Self.isDate(patch) {
            report(node, "security_patch '\(patch)' is not a date", fix: "write it as \"YYYY-MM-DD\", e.g. \"2025-06-01\"")
        }
        let method = self.method(map, board: board)
        if method == .odin {
            let packages = odinPackages(map, key: key, board: board, models: models, imageFolder: imageFolder)
            let pda = map["pda"].flatMap { text($0, "pda", fix: "write the PDA version the packages install, e.g. pda: X200XXU9ZZA1") }
            for (name, version) in [("bootloader", bootloader), ("pda", pda)] {
                guard let version, let node = map[name] else { continue }
                checkSamsungVersion(version, name: name, models: models, node)
            }
            guard problems.count == before, let bootloader, let fingerprint, let patch else { return nil }
            return FirmwareEntry(board: board, models: models, bootloader: bootloader, fingerprint: fingerprint, securityPatch: patch,
                                 requirements: [], steps: [], method: .odin, packages: packages, pda: pda, line: key.mark?.line ?? 1)
        }
        if let node = map["packages"] {
            report(node, "'packages' is for boards flashed in Samsung Download mode", fix: "add method: odin to \(place), or give a flash: plan instead")
        }
        if let node = map["pda"] { report(node, "'pda' is for boards flashed in Samsung Download mode", fix: "add method: odin to \(place), or remove pda:") }
        let requirements = map["require"].map { self.requirements($0, board: board) } ?? [BootloaderRequirement(variable: "board", values: [board])]
        var steps: [FlashStep] = []
        if let list = map["flash"]?.sequence, !list.isEmpty {
            for item in list {
                guard let step = step(item, board: board, imageFolder: imageFolder) else { continue }
                if steps.contains(where: { $0.partition == step.partition }) {
                    report(item, "partition '\(step.partition)' is flashed twice in \(place)", fix: "keep one step per partition")
                }
                steps.append(step)
            }
        } else {
            report(map["flash"] ?? key, "\(place) has no flash plan",
                   fix: "add flash: with one item per partition (partition, image, size, sha256), in flashing order")
        }
        guard problems.count == before, let bootloader, let fingerprint, let patch else { return nil }
        return FirmwareEntry(board: board, models: models, bootloader: bootloader, fingerprint: fingerprint, securityPatch: patch,
                             requirements: requirements, steps: steps, line: key.mark?.line ?? 1)
    }

    private func checkFingerprint(_ fingerprint: String, board: String, _ node: Node) {
        let parts = fingerprint.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 6, parts.allSatisfy({ !$0.isEmpty }) else {
            report(node, "fingerprint '\(fingerprint)' is not a build fingerprint",
                   fix: "copy it from `getprop ro.build.fingerprint`: brand/product/device:release/id/incremental:type/tags")
            return
        }
        let device = parts[2].split(separator: ":").first.map(String.init) ?? ""
        if device.lowercased() != board.lowercased() {
            report(node, "fingerprint is for device '\(device)', not '\(board)'", fix: "use the fingerprint of the \(board) build, or file this entry under \(device)")
        }
    }

    private func requirements(_ node: Node, board: String) -> [BootloaderRequirement] {
        guard let map = node.mapping else {
            report(node, "'require' must be a map of getvar names to accepted values", fix: "write e.g. require: {board: \(board), version-bootloader: [\"T220XXU4*\"]}")
            return []
        }
        var result: [BootloaderRequirement] = []
        for (key, value) in map {
            guard let name = key.string, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                report(key, "'\(key.string ?? "?")' is not a getvar name", fix: "use a fastboot variable such as board, version-bootloader or version-baseband")
                continue
            }
            guard let values = texts(value, name, fix: "give the accepted value, or a list of them (a trailing * matches a prefix)") else { continue }
            if name == "board" || name == "product", !BootloaderRequirement(variable: name, values: values).accepts(board) {
                report(value, "require \(name) does not accept this entry's own board '\(board)'", fix: "write \(name): \(board), or file this entry under the board it names")
            }
            result.append(BootloaderRequirement(variable: name, values: values))
        }
        if !result.contains(where: { $0.getVarName == "product" }) { result.insert(BootloaderRequirement(variable: "board", values: [board]), at: 0) }
        return result
    }

    private func step(_ node: Node, board: String, imageFolder: URL) -> FlashStep? {
        guard let map = node.mapping else {
            report(node, "a flash step must be a map", fix: "write - {partition: boot, image: \(board)/boot.img, size: BYTES, sha256: HEX}")
            return nil
        }
        let before = problems.count
        unknownKeys(map, allowed: Self.stepKeys, in: "a flash step of '\(board)'")
        let partition = required(map, "partition", owner: node, place: "a flash step", fix: "add partition: NAME (boot, system…)")
        if let partition, let name = map["partition"],
           !partition.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) || partition.count > 32 {
            report(name, "'\(partition)' is not a partition name", fix: "use the bootloader's name for it (letters, digits, _ and -), e.g. vendor_boot")
        }
        let path = required(map, "image", owner: node, place: "a flash step", fix: "add image: PATH (relative to the catalog's image folder)")
        var size: UInt64?
        if let sizeNode = map["size"] {
            if let value = sizeNode.int, value > 0 { size = UInt64(value) } else {
                report(sizeNode, "size '\(sizeNode.string ?? "?")' is not a byte count", fix: "give the image's size in bytes (`stat -c %s FILE`)")
            }
        } else {
            report(node, "a flash step has no 'size'", fix: "add size: BYTES (`stat -c %s FILE`)")
        }
        let digest = required(map, "sha256", owner: node, place: "a flash step", fix: "add sha256: HEX (`sha256sum FILE`)")
        if let digest, let digestNode = map["sha256"], digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
            report(digestNode, "sha256 '\(digest)' is not 64 hexadecimal digits", fix: "copy it from `sha256sum FILE`")
        }
        var then: FlashStep.After?
        if let thenNode = map["then"] {
            then = thenNode.string.flatMap(FlashStep.After.init(rawValue:))
            if then == nil {
                report(thenNode, "then '\(thenNode.string ?? "?")' is not a reboot the plan knows",
                       fix: "use then: reboot-bootloader, or leave it out (the final reboot is automatic)")
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
