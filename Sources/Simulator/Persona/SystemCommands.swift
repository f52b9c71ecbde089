import Foundation

/// Command dispatch and the small system commands: echo, id, whoami, uname, date, getprop, setprop,
/// dumpsys (battery, account, package), am, and the silently accepted input/svc/locksettings/wm.
extension AndroidPersona {
    /// Runs one command (lock held); returns its exit status.
    func dispatch(_ name: String, _ args: [String], _ io: inout PersonaIO) -> Int32 {
        switch name {
        case "true", ":": return 0
        case "false": return 1
        case "echo": return cmdEcho(args, &io)
        case "id":
            io.line("uid=2000(shell) gid=2000(shell) groups=2000(shell),1004(input),1007(log),1011(adb),1015(sdcard_rw),1028(sdcard_r),1078(ext_data_rw),1079(ext_obb_rw),3001(net_bt_admin),3002(net_bt),3003(inet),3006(net_bw_stats),3009(readproc),3011(uhid),3012(readtracefs) context=u:r:shell:s0")
            return 0
        case "whoami": io.line("shell"); return 0
        case "pwd": io.line("/"); return 0
        case "uname": return cmdUname(args, &io)
        case "date": return cmdDate(args, &io)
        case "getprop": return cmdGetprop(args, &io)
        case "setprop": return cmdSetprop(args, &io)
        case "cat": return cmdCat(args, &io)
        case "ls": return cmdLs(args, &io)
        case "rm": return cmdRm(args, &io)
        case "mkdir": return cmdMkdir(args, &io)
        case "touch": return cmdTouch(args, &io)
        case "stat": return cmdStat(args, &io)
        case "sha256sum": return cmdSha256sum(args, &io)
        case "wc": return cmdWc(args, &io)
        case "df": return cmdDf(args, &io)
        case "cd": return cmdCd(args, &io)
        case "grep": return cmdGrep(args, &io)
        case "head", "tail": return cmdHeadTail(name, args, &io)
        case "settings": return cmdSettings(args, &io)
        case "pm": return cmdPackage(args, &io)
        case "dpm": return cmdDevicePolicy(args, &io)
        case "cmd": return cmdCmd(args, &io)
        case "dumpsys": return cmdDumpsys(args, &io)
        case "am": return cmdActivity(args, &io)
        case "input", "svc", "locksettings", "wm", "monkey": return 0
        case "reboot": return cmdReboot(args, &io)
        default:
            io.errLine("/system/bin/sh: \(name): inaccessible or not found")
            return 127
        }
    }

    /// `cmd SERVICE …` routed to the same implementations as the dedicated binaries.
    func cmdCmd(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard let service = args.first else {
            io.errLine("cmd: No service specified; use -l to list all running services. Use -w to start and wait for a service.")
            return 20
        }
        let rest = Array(args.dropFirst())
        if state.faults.missingServices.contains(service) {
            io.errLine("cmd: Can't find service: \(service)")
            return 20
        }
        switch service {
        case "package": return cmdPackage(rest, &io)
        case "device_policy": return cmdDevicePolicy(rest, &io)
        case "wifi": return cmdWifi(rest, &io)
        case "alarm": return cmdAlarm(rest, &io)
        case "settings": return cmdSettings(rest, &io)
        case "activity": return cmdActivity(rest, &io)
        case "input", "statusbar", "power", "lock_settings": return 0
        case "-l":
            io.line(["activity", "alarm", "device_policy", "input", "package", "settings", "wifi"].joined(separator: "\n"))
            return 0
        default:
            io.errLine("cmd: Can't find service: \(service)")
            return 20
        }
    }

    private func cmdEcho(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        var rest = args[...], newline = true, escapes = false
        while let f = rest.first, f.count > 1, f.hasPrefix("-"), f.dropFirst().allSatisfy({ "neE".contains($0) }) {
            if f.contains("n") { newline = false }
            if f.contains("e") { escapes = true }
            rest = rest.dropFirst()
        }
        var text = rest.joined(separator: " ")
        if escapes {
            if let cut = text.range(of: "\\c") { text = String(text[..<cut.lowerBound]); newline = false }
            text = text.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
                .replacingOccurrences(of: "\\\\", with: "\\")
        }
        io.write(newline ? text + "\n" : text)
        return 0
    }

    private func cmdUname(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let release = "5.10.177-android12-9-00001-g219d5ab2ec7e"
        let flags = Self.splitFlags(args).flags
        if flags.contains("a") {
            io.line("Linux localhost \(release) #1 SMP PREEMPT Mon Jan 8 10:00:00 UTC 2024 aarch64 Toybox")
        } else if flags.contains("r") { io.line(release) } else if flags.contains("m") { io.line("aarch64") } else { io.line("Linux") }
        return 0
    }

    private func cmdDate(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let now = Date()
        if args.first == "+%s" { io.line(String(Int(now.timeIntervalSince1970))); return 0 }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: state.identity.timeZone) ?? TimeZone(secondsFromGMT: 0)
        f.dateFormat = "EEE MMM d HH:mm:ss zzz yyyy"
        io.line(f.string(from: now))
        return 0
    }

    /// A system property, as `getprop NAME` gives it ("" when unset).
    public func property(_ name: String) -> String { lock.withLock { properties()[name] ?? "" } }

    /// Every system property, derived from the identity plus what was set (lock held).
    func properties() -> [String: String] {
        let id = state.identity
        let fp = id.buildFingerprint.split(separator: "/").map(String.init)
        let incremental = fp.count > 4 ? String(fp[4].split(separator: ":").first ?? "") : id.buildID
        var p: [String: String] = [
            "ro.serialno": id.serial, "ro.boot.serialno": id.serial, "ro.product.model": id.model,
            "ro.product.manufacturer": id.manufacturer, "ro.product.brand": fp.first ?? id.manufacturer,
            "ro.product.name": id.productName, "ro.product.device": id.device, "ro.build.version.release": id.androidRelease,
            "ro.build.version.sdk": String(id.sdk), "ro.build.fingerprint": id.buildFingerprint, "ro.build.id": id.buildID,
            "ro.build.version.incremental": incremental, "ro.build.version.security_patch": id.securityPatch,
            "ro.bootloader": incremental,
            "ro.build.type": "user", "ro.build.tags": "release-keys", "ro.build.characteristics": "tablet",
            "ro.product.cpu.abi": "arm64-v8a", "ro.product.locale": "fr-FR", "persist.sys.timezone": id.timeZone,
            "sys.boot_completed": "1", "dev.bootcomplete": "1", "ro.debuggable": "0", "ro.secure": "1", "ro.adb.secure": "1",
            "ro.crypto.state": "encrypted", "ro.boot.verifiedbootstate": "green", "init.svc.adbd": "running",
            "sys.usb.config": "mtp,adb", "persist.sys.usb.config": "mtp,adb", "wifi.interface": "wlan0",
            "ro.hardware": id.manufacturer.lowercased() == "samsung" ? "exynos850" : "mt6765",
        ]
        if id.manufacturer.lowercased() == "samsung" { p["ro.build.PDA"] = incremental }
        p.merge(state.extraProps) { _, new in new }
        return p
    }

    private func cmdGetprop(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let props = properties()
        guard let key = args.first else {
            for k in props.keys.sorted() { io.line("[\(k)]: [\(props[k] ?? "")]") }
            return 0
        }
        io.line(props[key] ?? (args.count > 1 ? args[1] : ""))
        return 0
    }

    private func cmdSetprop(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard args.count == 2 else { io.errLine("usage: setprop NAME VALUE\n\nSets an Android system property."); return 1 }
        let (name, value) = (args[0], args[1])
        guard name.hasPrefix("debug.") || name.hasPrefix("log.tag.") || name.hasPrefix("persist.log.tag.") else {
            io.errLine("Failed to set property '\(name)' to '\(value)'.\nSee dmesg for error reason.")
            return 1
        }
        state.extraProps[name] = value
        record("setprop:\(name)")
        return 0
    }

    func cmdDumpsys(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard let service = args.first else {
            io.line("Currently running services:\n  account\n  activity\n  alarm\n  battery\n  device_policy\n  package\n  settings\n  wifi")
            return 0
        }
        switch service {
        case "battery":
            let (level, charging) = effectiveBattery
            let status = charging ? (level >= 100 ? 5 : 2) : 3
            io.write("""
            Current Battery Service state:
              AC powered: false
              USB powered: \(charging)
              Wireless powered: false
              Max charging current: \(charging ? 500000 : 0)
              Max charging voltage: \(charging ? 5000000 : 0)
              Charge counter: \(level * 50_000)
              status: \(status)
              health: 2
              present: true
              level: \(level)
              scale: 100
              voltage: \(3_600 + level * 7)
              temperature: 250
              technology: Li-ion

            """)
        case "account":
            let accounts = effectiveAccounts
            io.line("User UserInfo{0:Owner:c13}:")
            io.line("  Accounts: \(accounts.count)")
            for a in accounts {
                let (name, type) = Self.splitAccount(a)
                io.line("    Account {name=\(name), type=\(type)}")
            }
            io.line("\n  Active Sessions: 0")
        case "package": return cmdDumpsysPackage(Array(args.dropFirst()), &io)
        default:
            io.errLine("Can't find service: \(service)")
        }
        return 0
    }

    /// "eleve@gmail.com (com.google)" -> ("eleve@gmail.com", "com.google").
    static func splitAccount(_ text: String) -> (String, String) {
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else { return (text, "com.google") }
        return (String(text[..<open.lowerBound]), String(text[open.upperBound..<text.index(before: text.endIndex)]))
    }

    func cmdActivity(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard let sub = args.first else { io.errLine("Activity manager (activity) commands:"); return 255 }
        switch sub {
        case "broadcast", "start", "start-activity", "startservice", "start-service", "start-foreground-service":
            var action: String?, component: String?, data: String?, extras = false, i = 1
            let rest = Array(args)
            while i < rest.count {
                let a = rest[i]
                switch a {
                case "-a": action = i + 1 < rest.count ? rest[i + 1] : nil; i += 2
                case "-n": component = i + 1 < rest.count ? rest[i + 1] : nil; i += 2
                case "-d": data = i + 1 < rest.count ? rest[i + 1] : nil; i += 2
                case "--es", "--ei", "--ez", "--el", "--ef", "--eu", "--esa", "--eia":
                    extras = true; i += 3
                case "--esn": extras = true; i += 2
                case "--user", "-c", "-f", "-p", "-t": i += 2
                default: i += 1
                }
            }
            var parts: [String] = []
            if let action { parts.append("act=\(action)") }
            if let data { parts.append("dat=\(data)") }
            parts.append(sub == "broadcast" ? "flg=0x400000" : "flg=0x10000000")
            if let component { parts.append("cmp=\(Self.shortComponent(component))") }
            if extras { parts.append("(has extras)") }
            let intent = "Intent { \(parts.joined(separator: " ")) }"
            if sub == "broadcast" {
                io.line("Broadcasting: \(intent)")
                io.line("Broadcast completed: result=0")
            } else if sub.contains("service") {
                // As Android: a service of a package that is not installed is not found (exit status 0 all the same).
                let package = component.map { String($0.prefix { $0 != "/" }) }
                if let package, state.packages[package]?.installedForUser0 != true {
                    io.line("Error: Not found; no service started.")
                    return 0
                }
                io.line("Starting service: \(intent)")
                // Starting a service changes nothing on the tablet (it may run already): counted apart from changes.
                serviceStarts.withLock { $0[component ?? "", default: 0] += 1 }
                return 0
            } else {
                io.line("Starting: \(intent)")
            }
            record("am:\(sub):\(action ?? component ?? "")")
            return 0
        case "force-stop", "kill", "kill-all", "stack", "task": return 0
        default:
            io.errLine("Exception occurred while executing '\(sub)':\njava.lang.IllegalArgumentException: Unknown command: \(sub)")
            return 255
        }
    }
}
