import Foundation

extension AndroidPersona {
    /// `reboot [bootloader|recovery|fastboot]`: hands the target to the tablet, which reboots a moment later
    /// (after this shell answered), as adbd's connection drops when a real tablet goes down (lock held).
    func cmdReboot(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let flags = args.filter { $0.hasPrefix("-") }
        let targets = args.filter { !$0.hasPrefix("-") }
        guard flags.allSatisfy({ ["-f", "-n"].contains($0) }), targets.count <= 1 else {
            io.errLine("usage: reboot [-n] [-f] [TARGET]")
            return 1
        }
        let target = targets.first ?? ""
        guard ["", "bootloader", "recovery", "fastboot", "sideload", "download"].contains(target) else {
            io.errLine("reboot: Invalid argument")
            return 1
        }
        record("reboot:\(target)")
        guard let handler = rebootHandler.withLock({ $0 }) else { return 0 }
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.1)
            handler(target)
        }
        return 0
    }

    /// Boots what was flashed: `fingerprint`, `security_patch`, `bootloader` and `baseband` values from the
    /// images' Valise headers become `ro.build.fingerprint` (with ro.build.id and the Android release),
    /// `ro.build.version.security_patch`, `ro.bootloader`, `gsm.version.baseband` and (Samsung) `ro.build.PDA`.
    public func bootFlashedBuild(_ values: [String: String]) {
        guard !values.isEmpty else { return }
        mutate {
            if let fingerprint = values["fingerprint"] {
                state.identity.buildFingerprint = fingerprint
                let parts = fingerprint.split(separator: "/").map(String.init)
                if parts.count >= 5 {
                    state.identity.buildID = parts[3]
                    if let release = parts[2].split(separator: ":").last.map(String.init), release != state.identity.androidRelease,
                       ["11", "12", "13", "14"].contains(release) {
                        state.identity.androidRelease = release
                        state.identity.sdk = PersonaSampleBuild.forRelease(release).sdk
                    }
                }
            }
            if let patch = values["security_patch"] { state.identity.securityPatch = patch }
            if let bootloader = values["bootloader"] { state.extraProps["ro.bootloader"] = bootloader }
            if let baseband = values["baseband"] { state.extraProps["gsm.version.baseband"] = baseband }
            if let pda = values["pda"] { state.extraProps["ro.build.PDA"] = pda }
            record("boot:flashed-build")
        }
    }
}
