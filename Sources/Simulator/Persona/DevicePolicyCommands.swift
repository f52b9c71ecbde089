import Foundation

/// `dpm` / `cmd device_policy`: set-device-owner, list-owners, remove-active-admin, set-active-admin. Lock held.
extension AndroidPersona {
    /// "pkg/.Recv" or "pkg/pkg.Recv" -> (pkg, full class); nil when there is no "/".
    static func componentParts(_ text: String) -> (package: String, className: String) {
        guard let slash = text.firstIndex(of: "/") else { return (text, "") }
        let pkg = String(text[..<slash])
        var cls = String(text[text.index(after: slash)...])
        if cls.hasPrefix(".") { cls = pkg + cls }
        return (pkg, cls)
    }

    /// ComponentName.flattenToShortString(): "pkg/.Recv" when the class lives in the package.
    static func shortComponent(_ text: String) -> String {
        let (pkg, cls) = componentParts(text)
        guard !cls.isEmpty else { return text }
        return cls.hasPrefix(pkg + ".") ? pkg + "/" + cls.dropFirst(pkg.count) : pkg + "/" + cls
    }

    /// ComponentName.toString(): "ComponentInfo{pkg/pkg.Recv}".
    static func componentInfo(_ text: String) -> String {
        let (pkg, cls) = componentParts(text)
        return "ComponentInfo{\(pkg)/\(cls)}"
    }

    private func dpmException(_ command: String, _ exception: String, _ io: inout PersonaIO) -> Int32 {
        io.errLine("""
        Exception occurred while executing '\(command)':
        \(exception)
        \tat com.android.server.devicepolicy.DevicePolicyManagerService.enforceCanSetDeviceOwnerLocked(DevicePolicyManagerService.java:9140)
        \tat com.android.server.devicepolicy.DevicePolicyManagerService.setDeviceOwner(DevicePolicyManagerService.java:8644)
        \tat com.android.server.devicepolicy.DevicePolicyManagerServiceShellCommand.runSetDeviceOwner(DevicePolicyManagerServiceShellCommand.java:255)
        \tat com.android.server.devicepolicy.DevicePolicyManagerServiceShellCommand.onCommand(DevicePolicyManagerServiceShellCommand.java:101)
        \tat com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)
        \tat android.os.ShellCommand.exec(ShellCommand.java:38)
        \tat com.android.server.devicepolicy.DevicePolicyManagerService.onShellCommand(DevicePolicyManagerService.java:10187)
        \tat android.os.Binder.shellCommand(Binder.java:1049)
        \tat android.os.Binder.onTransact(Binder.java:877)
        """)
        return 255
    }

    func cmdDevicePolicy(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard let sub = args.first else { io.line("Device policy manager (device_policy) commands:\n  help\n    Prints this help text."); return 0 }
        var operands: [String] = [], i = 1
        while i < args.count {
            switch args[i] {
            case "--user", "--name": i += 2
            case "--device-owner-only": i += 1
            default: operands.append(args[i]); i += 1
            }
        }
        switch sub {
        case "set-device-owner":
            guard let component = operands.first, component.contains("/") else {
                return dpmException(sub, "java.lang.IllegalArgumentException: Invalid component \(operands.first ?? "")", &io)
            }
            let (pkg, _) = Self.componentParts(component)
            let short = Self.shortComponent(component), info = Self.componentInfo(component)
            guard let p = state.packages[pkg], p.installedForUser0 else {
                return dpmException(sub, "java.lang.IllegalArgumentException: Unknown admin: \(info)", &io)
            }
            if let owner = effectiveDeviceOwner {
                return dpmException(sub, "java.lang.IllegalStateException: Trying to set the device owner (\(short)), but device owner (\(Self.shortComponent(owner))) is already set.", &io)
            }
            if state.identity.otherUsers {
                return dpmException(sub, "java.lang.IllegalStateException: Not allowed to set the device owner because there are already several users on the device.", &io)
            }
            if !effectiveAccounts.isEmpty {
                return dpmException(sub, "java.lang.IllegalStateException: Not allowed to set the device owner because there are already some accounts on the device.", &io)
            }
            state.identity.deviceOwner = short
            record("dpm:set-device-owner")
            io.line("Success: Device owner set to package \(info)")
            io.line("Active admin set to component {\(short)}")
            return 0
        case "list-owners":
            guard let owner = effectiveDeviceOwner else { io.line("no owners"); return 0 }
            io.line("1 owner:")
            io.line("User  0: admin=\(Self.shortComponent(owner)),DeviceOwner")
            return 0
        case "set-active-admin":
            guard let component = operands.first, state.packages[Self.componentParts(component).package] != nil else {
                return dpmException(sub, "java.lang.IllegalArgumentException: Unknown admin: \(Self.componentInfo(operands.first ?? ""))", &io)
            }
            io.line("Success: Active admin set to component \(Self.componentInfo(component))")
            return 0
        case "remove-active-admin":
            guard let component = operands.first else { return dpmException(sub, "java.lang.IllegalArgumentException: Invalid component", &io) }
            let info = Self.componentInfo(component)
            if let owner = state.identity.deviceOwner, Self.componentInfo(owner) == info {
                guard state.packages[Self.componentParts(component).package]?.testOnly == true else {
                    return dpmException(sub, "java.lang.SecurityException: Attempt to remove non-test admin \(info) 0", &io)
                }
                state.identity.deviceOwner = nil
                record("dpm:remove-active-admin")
            }
            io.line("Success: Admin removed \(info)")
            return 0
        default:
            io.errLine("Unknown command: \(sub)")
            return 255
        }
    }
}
