import Foundation

/// `cmd wifi` as AOSP's WifiShellCommand prints it: add-network ("Save successful"), list-networks,
/// forget-network ("Forget successful"/"Forget failed"), status, set-wifi-enabled.
/// On SDK 33+ add-network and connect-network are root-only (SecurityException for uid 2000). Lock held.
extension AndroidPersona {
    /// Commands uid 2000 may still run on SDK 33+.
    static let wifiShellCommandsT: Set<String> = [
        "forget-network", "get-country-code", "help", "-h", "is-verbose-logging", "list-scan-results", "list-networks",
        "list-suggestions", "remove-suggestion", "remove-all-suggestions", "set-scan-always-available",
        "set-verbose-logging", "set-wifi-enabled", "start-scan", "status", "add-suggestion",
    ]

    /// AOSP security type name for an add-network type word.
    static func wifiSecurity(_ type: String) -> String? {
        ["open": "open", "owe": "owe", "wpa2": "wpa2-psk", "wpa3": "wpa3-sae", "wep": "wep"][type.lowercased()]
    }

    private func wifiException(_ cmd: String, _ exception: String, _ io: inout PersonaIO) -> Int32 {
        io.errLine("Exception occurred while executing '\(cmd)':\n\(exception)\n\tat com.android.server.wifi.WifiShellCommand.onCommand(WifiShellCommand.java:190)\n\tat com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)\n\tat android.os.ShellCommand.exec(ShellCommand.java:38)\n\tat com.android.server.wifi.WifiServiceImpl.onShellCommand(WifiServiceImpl.java:7024)\n\tat android.os.Binder.shellCommand(Binder.java:1049)\n\tat android.os.Binder.onTransact(Binder.java:877)")
        return 255
    }

    /// Saves a network (update in place when SSID and security match, like WifiConfigManager).
    func saveWifiNetwork(ssid: String, security: String, passphrase: String?, hidden: Bool, creator: String) {
        if let i = state.wifi.firstIndex(where: { $0.ssid == ssid && $0.security == security }) {
            state.wifi[i].passphrase = passphrase; state.wifi[i].hidden = hidden; state.wifi[i].creator = creator
        } else {
            state.wifi.append(PersonaWifiNetwork(id: state.nextWifiID, ssid: ssid, security: security,
                                                 passphrase: passphrase, hidden: hidden, creator: creator))
            state.nextWifiID += 1
        }
    }

    func cmdWifi(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        let sub = args.first ?? "help"
        if state.identity.sdk >= 33 && !Self.wifiShellCommandsT.contains(sub) {
            return wifiException(sub, "java.lang.SecurityException: Uid 2000 does not have access to \(sub) wifi command (or such command doesn't exist)", &io)
        }
        switch sub {
        case "add-network", "connect-network":
            guard args.count >= 3 else {
                return wifiException(sub, "java.lang.IllegalArgumentException: Argument expected after \"\(args.count == 2 ? args[1] : sub)\"", &io)
            }
            let ssid = args[1]
            guard let security = Self.wifiSecurity(args[2]) else {
                return wifiException(sub, "java.lang.IllegalArgumentException: Unknown network type \(args[2])", &io)
            }
            var passphrase: String?
            var rest = args.dropFirst(3)
            if security != "open" && security != "owe" {
                guard let pass = rest.first else {
                    return wifiException(sub, "java.lang.IllegalArgumentException: Argument expected after \"\(args[2])\"", &io)
                }
                passphrase = pass
                rest = rest.dropFirst()
            }
            saveWifiNetwork(ssid: ssid, security: security, passphrase: passphrase, hidden: rest.contains("-h"), creator: "com.android.shell")
            record("wifi:\(sub):\(ssid)")
            io.line(sub == "add-network" ? "Save successful" : "Connection initiated ")
            return 0
        case "list-networks":
            if state.wifi.isEmpty { io.line("No networks"); return 0 }
            io.line("Network Id      SSID                         Security type")
            for n in state.wifi {
                io.line(Self.pad(String(n.id), 12) + " " + Self.pad(n.ssid, 32) + " " + Self.pad(n.security, 4))
            }
            return 0
        case "forget-network":
            guard args.count >= 2 else { return wifiException(sub, "java.lang.IllegalArgumentException: Argument expected after \"forget-network\"", &io) }
            guard let id = Int(args[1]) else {
                return wifiException(sub, "java.lang.NumberFormatException: For input string: \"\(args[1])\"", &io)
            }
            guard let index = state.wifi.firstIndex(where: { $0.id == id }) else { io.line("Forget failed"); return 0 }
            state.wifi.remove(at: index)
            record("wifi:forget-network:\(id)")
            io.line("Forget successful")
            return 0
        case "status":
            let on = settingValue("global", "wifi_on") != "0"
            io.line("Wifi is \(on ? "enabled" : "disabled")")
            io.line("Wifi scanning is only available when wifi is enabled")
            io.line("==== Primary ClientModeManager instance ====")
            if on, let n = state.wifi.first {
                io.line("Wifi is connected to \"\(n.ssid)\"")
                io.line("WifiInfo: SSID: \"\(n.ssid)\", BSSID: 02:00:00:00:01:00, MAC: 02:00:00:00:00:00, IP: /192.168.1.42, Security type: \(n.security), Supplicant state: COMPLETED, Wi-Fi standard: 5, RSSI: -55, Link speed: 433Mbps, Frequency: 5180MHz, Net ID: \(n.id)")
            } else {
                io.line("Wifi is not connected")
            }
            return 0
        case "set-wifi-enabled":
            guard args.count >= 2, ["enabled", "disabled"].contains(args[1]) else {
                return wifiException(sub, "java.lang.IllegalArgumentException: Expected 'enabled' or 'disabled' as next arg", &io)
            }
            state.settings["global", default: [:]]["wifi_on"] = args[1] == "enabled" ? "1" : "0"
            return 0
        case "help", "-h":
            io.line("Wi-Fi (wifi) commands:\n  help or -h\n    Print this help text.")
            return 0
        case "start-scan", "set-verbose-logging", "set-scan-always-available", "get-country-code", "is-verbose-logging",
             "list-scan-results", "list-suggestions", "remove-suggestion", "remove-all-suggestions", "add-suggestion":
            if sub == "get-country-code" { io.line("Wifi Country Code = FR") }
            if sub == "list-scan-results" { io.line("No scan results") }
            return 0
        default:
            io.errLine("Unknown command: \(sub)")
            return 255
        }
    }

    /// Java's "%-Ns": left-justified, never truncated.
    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
