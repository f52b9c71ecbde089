import Diagnostics
import Foundation

/// The udev rules that let the person at the workstation use Android tablets over USB without
/// root (`TAG+="uaccess"`: logind grants the seat's user access), and the station service (group plugdev),
/// for the vendors schools buy.
public enum UdevRules {
    /// The file `valise setup-usb` writes.
    public static let fileName = "70-valise-tablets.rules"

    /// Where udev reads rules, most specific first.
    public static let systemFolders = ["/etc/udev/rules.d", "/run/udev/rules.d", "/usr/lib/udev/rules.d", "/lib/udev/rules.d"]

    /// USB vendor ids of Android tablet makers, with their names.
    public static let vendors: [(id: String, name: String)] = [
        ("18d1", "Google"), ("04e8", "Samsung"), ("17ef", "Lenovo"), ("12d1", "Huawei"), ("2717", "Xiaomi"),
        ("22b8", "Motorola"), ("1004", "LG"), ("0fce", "Sony"), ("0bb4", "HTC"), ("0b05", "Asus"), ("0502", "Acer"),
        ("2a70", "OnePlus"), ("22d9", "Realme/Oppo"), ("1949", "Amazon"), ("1f3a", "Teclast/Allwinner"),
        ("2207", "Rockchip"), ("0e8d", "MediaTek"), ("1782", "Unisoc"),
    ]

    /// The rules file's text.
    public static var text: String {
        var lines = [
            "# Android tablets for Valise: written by `valise setup-usb` (the valise package installs the same file).",
            "# TAG+=\"uaccess\" gives the person logged in at the workstation access to the tablet (no root needed);",
            "# GROUP=\"plugdev\" gives it to the station service (user valise, in plugdev); MODE=\"0660\" keeps everyone else out.",
        ]
        for vendor in vendors {
            lines.append("SUBSYSTEM==\"usb\", ATTR{idVendor}==\"\(vendor.id)\", TAG+=\"uaccess\", GROUP=\"plugdev\", MODE=\"0660\"   # \(vendor.name)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The vendor ids that some rule in `folders` gives `uaccess` (or a group/mode) to, with the files that do.
    public static func coverage(folders: [String] = systemFolders) -> (vendors: Set<String>, files: [String]) {
        var covered: Set<String> = []
        var files: [String] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".rules") }.sorted()
            for name in names {
                guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
                var found = false
                for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
                    guard line.contains("uaccess") || line.contains("MODE=\"0666\"") || line.contains("GROUP=\"plugdev\"") else { continue }
                    for vendor in vendors where line.contains("\"\(vendor.id)\"") {
                        covered.insert(vendor.id)
                        found = true
                    }
                }
                if found { files.append(folder + "/" + name) }
            }
        }
        return (covered, files)
    }

    /// Writes the rules into `folder`; then, unless `reload` is false, `udevadm control --reload-rules` and `udevadm trigger`.
    public static func install(folder: String, reload: Bool, isRoot: Bool = geteuid() == 0) throws -> String {
        let path = folder + "/" + fileName
        guard isRoot || FileManager.default.isWritableFile(atPath: folder) else {
            throw SetupUSBError.notRoot(path)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        } catch {
            throw SetupUSBError.cannotWrite(path, error.localizedDescription)
        }
        guard reload else { return path }
        for arguments in [["control", "--reload-rules"], ["trigger", "--subsystem-match=usb", "--action=add"]] {
            let status = run("udevadm", arguments)
            if status != 0 { throw SetupUSBError.udevadmFailed(arguments.joined(separator: " "), status) }
        }
        return path
    }

    /// Runs `udevadm ARGS` (from /usr/bin, /bin or /sbin); 127 when it is not installed.
    private static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        guard let executable = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"].map({ "\($0)/\(tool)" })
            .first(where: FileManager.default.isExecutableFile) else { return 127 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        do { try process.run() } catch { return 127 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Why `valise setup-usb` could not install the rules.
public enum SetupUSBError: ValiseError, Equatable {
    /// Not root (and the folder is not writable).
    case notRoot(String)
    /// Writing the file failed.
    case cannotWrite(String, String)
    /// `udevadm` failed or is missing.
    case udevadmFailed(String, Int32)

    public var summary: String {
        switch self {
        case .notRoot(let path): return Say.installingNeedsRoot(path)
        case .cannotWrite(let path, _): return Say.udevCouldNotWrite(path)
        case .udevadmFailed(let command, _): return Say.udevadmFailed(command)
        }
    }

    public var reason: String {
        switch self {
        case .notRoot: return Say.udevRulesNeedRoot
        case .cannotWrite(_, let why): return why
        case .udevadmFailed(_, let status):
            return status == 127 ? Say.udevadmMissing : Say.udevadmExited(status)
        }
    }

    public var action: String {
        switch self {
        case .notRoot: return Say.runWithSudoFix
        case .cannotWrite: return Say.rulesDirFix
        case .udevadmFailed: return Say.installUdevFix
        }
    }

    public var helpTopic: String? { "usb-access" }
}
