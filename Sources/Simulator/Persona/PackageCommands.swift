import Foundation

/// `pm` / `cmd package`: list, path, install, uninstall, grant, revoke, disable-user, enable, list users;
/// and `dumpsys package PKG`. Lock held.
extension AndroidPersona {
    func cmdPackage(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard let sub = args.first else { io.errLine("Package manager (package) commands:\n  help\n    Print this help text."); return 255 }
        let rest = Array(args.dropFirst())
        let operands = Self.dropUserOption(rest).filter { !$0.hasPrefix("-") }
        switch sub {
        case "list":
            switch rest.first {
            case "packages": return listPackages(Array(rest.dropFirst()), &io)
            case "users": return listUsers(&io)
            default: io.errLine("Error: unknown list type '\(rest.first ?? "")'"); return 255
            }
        case "path":
            guard let name = operands.first, let p = state.packages[name], p.installedForUser0 else { return 1 }
            io.line("package:\(p.apkPath)")
            return 0
        case "install":
            let opts = Self.installFlags(rest)
            let apk: [UInt8]
            if let size = opts.size {
                guard size >= 0 else { io.errLine("Error: APK content must be streamed"); return 255 }
                apk = io.input.read(max: size)
                if apk.count < size {
                    io.write("Failure [INSTALL_FAILED_INVALID_APK: Incomplete stream: expected \(size) bytes, received \(apk.count)]\n")
                    return 1
                }
            } else if let path = opts.operands.last, path != "-" {
                guard let device = normalizeDevicePath(path),
                      let data = FileManager.default.contents(atPath: hostURL(forNormalized: device).path) else {
                    io.errLine("Exception occurred while executing 'install':\njava.lang.IllegalArgumentException: Error: Can't open file: \(path)")
                    return 255
                }
                apk = [UInt8](data)
            } else {
                apk = io.input.readAll()
            }
            let result = installLocked(apk: apk, flags: opts.flags)
            io.write(result.text)
            return result.code
        case "uninstall": return uninstall(rest, &io)
        case "install-existing":
            guard let name = operands.first, state.packages[name] != nil else {
                io.line("Package \(operands.first ?? "") doesn't exist"); return 1
            }
            state.packages[name]?.installedForUser0 = true
            record("install-existing:\(name)")
            io.line("Package \(name) installed for user: 0")
            return 0
        case "grant", "revoke":
            guard operands.count >= 2 else { io.errLine("Error: no permission specified"); return 255 }
            guard let pkg = state.packages[operands[0]], pkg.installedForUser0 else {
                return javaException(sub, "java.lang.IllegalArgumentException: Unknown package: \(operands[0])", &io)
            }
            var granted = pkg.grantedPermissions
            if sub == "grant", !granted.contains(operands[1]) { granted.append(operands[1]); record("pm:grant:\(pkg.name)/\(operands[1])") }
            if sub == "revoke", granted.contains(operands[1]) { granted.removeAll { $0 == operands[1] }; record("pm:revoke:\(pkg.name)/\(operands[1])") }
            state.packages[pkg.name]?.grantedPermissions = granted
            return 0
        case "disable-user", "disable", "enable", "default-state":
            guard let name = operands.first else { io.errLine("Error: no package or component specified"); return 255 }
            guard state.packages[name] != nil else {
                return javaException(sub, "java.lang.IllegalArgumentException: Unknown package: \(name)", &io)
            }
            let enable = sub != "disable-user" && sub != "disable"
            if state.packages[name]?.enabled != enable { record("pm:\(sub):\(name)") }
            state.packages[name]?.enabled = enable
            io.line("Package \(name) new state: \(enable ? "enabled" : (sub == "disable" ? "disabled" : "disabled-user"))")
            return 0
        default:
            io.errLine("Unknown command: \(sub)")
            return 255
        }
    }

    /// Removes "--user X" pairs.
    static func dropUserOption(_ args: [String]) -> [String] {
        var out: [String] = [], i = 0
        while i < args.count { if args[i] == "--user" { i += 2 } else { out.append(args[i]); i += 1 } }
        return out
    }

    /// Prints a system_server exception the way `cmd` relays it; returns 255.
    func javaException(_ command: String, _ exception: String, _ io: inout PersonaIO) -> Int32 {
        io.errLine("Exception occurred while executing '\(command)':\n\(exception)")
        io.errLine("\tat com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:200)\n\tat com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)\n\tat android.os.ShellCommand.exec(ShellCommand.java:38)\n\tat android.os.Binder.shellCommand(Binder.java:1049)\n\tat android.os.Binder.onTransact(Binder.java:877)")
        return 255
    }

    private func listPackages(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let rest = Self.dropUserOption(args)
        let flags = Set(rest.filter { $0.hasPrefix("-") }.flatMap { $0.dropFirst() })
        let filter = rest.first { !$0.hasPrefix("-") }
        for p in state.packages.values.sorted(by: { $0.name < $1.name }) {
            if !p.installedForUser0 && !flags.contains("u") { continue }
            if flags.contains("3") && p.system { continue }
            if flags.contains("s") && !p.system { continue }
            if flags.contains("d") && p.enabled { continue }
            if flags.contains("e") && !p.enabled { continue }
            if let filter, !p.name.contains(filter) { continue }
            var line = "package:" + (flags.contains("f") ? p.apkPath + "=" : "") + p.name
            if flags.contains("U") { line += " uid:\(p.uid)" }
            io.line(line)
        }
        return 0
    }

    private func listUsers(_ io: inout PersonaIO) -> Int32 {
        io.line("Users:")
        io.line("\tUserInfo{0:Owner:c13} running")
        if state.identity.otherUsers { io.line("\tUserInfo{10:Eleve:410}") }
        return 0
    }

    private func uninstall(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let hasUser = args.contains("--user")
        guard let name = Self.dropUserOption(args).first(where: { !$0.hasPrefix("-") }) else {
            io.errLine("Error: package name not specified"); return 255
        }
        guard let p = state.packages[name], p.installedForUser0 else {
            io.line("Failure [DELETE_FAILED_INTERNAL_ERROR]"); return 1
        }
        if let owner = effectiveDeviceOwner, Self.componentParts(owner).package == name {
            io.line("Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]"); return 1
        }
        if p.system {
            guard hasUser else { io.line("Failure [DELETE_FAILED_INTERNAL_ERROR]"); return 1 }
            state.packages[name]?.installedForUser0 = false
        } else {
            try? FileManager.default.removeItem(at: hostURL(forNormalized: p.codePath))
            state.packages[name] = nil
        }
        record("uninstall:\(name)")
        io.line("Success")
        return 0
    }

    func cmdDumpsysPackage(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard let name = args.first(where: { !$0.hasPrefix("-") }) else {
            io.line("Packages:")
            for p in state.packages.keys.sorted() { io.line("  Package [\(p)]") }
            return 0
        }
        guard let p = state.packages[name] else { return 0 }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: state.identity.timeZone) ?? TimeZone(secondsFromGMT: 0)
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let first = f.string(from: Date(timeIntervalSince1970: p.firstInstallTime))
        let last = f.string(from: Date(timeIntervalSince1970: p.lastUpdateTime))
        io.write("""
        Packages:
          Package [\(p.name)] (\(String(format: "%08x", UInt32(truncatingIfNeeded: p.uid &* 2_654_435_761)))):
            userId=\(p.uid)
            pkg=Package{\(String(format: "%07x", p.uid)) \(p.name)}
            codePath=\(p.codePath)
            resourcePath=\(p.codePath)
            legacyNativeLibraryDir=\(p.codePath)/lib
            primaryCpuAbi=null
            versionCode=\(p.versionCode) minSdk=\(p.minSdk) targetSdk=\(p.targetSdk)
            versionName=\(p.versionName)
            apkSigningVersion=3
            flags=[ \(p.system ? "SYSTEM " : "")HAS_CODE ALLOW_CLEAR_USER_DATA \(p.testOnly ? "TEST_ONLY " : "")]
            timeStamp=\(last)
            firstInstallTime=\(first)
            lastUpdateTime=\(last)
            installerPackageName=null
            User 0: ceDataInode=\(p.uid * 13) installed=\(p.installedForUser0) hidden=false suspended=false distractionFlags=0 stopped=false notLaunched=false enabled=\(p.enabled ? 0 : 3) instant=false virtual=false
              runtime permissions:

        """)
        for perm in p.grantedPermissions { io.line("        \(perm): granted=true") }
        return 0
    }
}
