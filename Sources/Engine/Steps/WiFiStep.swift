import ADB
import Devices
import Diagnostics
import Foundation
import Profiles

/// Wi-Fi through `cmd wifi add-network` where Android lets the shell do it (Android 11 and 12);
/// from Android 13 only a device-owner app may, so the networks travel in the signed bundle instead.
public struct WiFiStep: ProvisioningStep {
    public let name = "wifi"

    public init() {}

    /// The networks this step adds itself: personal or open ones, on API 30–32.
    static func networks(_ context: StepContext) -> [WiFiNetwork] {
        guard (30...32).contains(context.facts.sdk) else { return [] }
        return context.plan.profile.wifi.filter { [.open, .wpa2PSK, .wpa3SAE].contains($0.security) }
    }

    public func pending(_ context: StepContext) throws -> String? {
        let missing = try self.missing(context)
        return missing.isEmpty ? nil : Say.changeAddNetworks(missing.map(\.ssid))
    }

    public func apply(_ context: StepContext) throws {
        // Decided before the first change, from what `pending` was told.
        for network in try missing(context) {
            var words = ["cmd", "wifi", "add-network", ADBService.shellQuote(network.ssid)]
            switch network.security {
            case .open: words.append("open")
            case .wpa3SAE: words += ["wpa3", ADBService.shellQuote(network.passphrase?.reveal() ?? "")]
            default: words += ["wpa2", ADBService.shellQuote(network.passphrase?.reveal() ?? "")]
            }
            if network.hidden { words.append("-h") }
            let output = try context.changeShell(words.joined(separator: " "))
            guard output.exitCode == 0 else {
                // The message may echo the command line: never repeat it (it holds the passphrase).
                throw TabletProblem(Say.wifiRefused(context.label, ssid: network.ssid), reason: Say.wifiRefusedWhy(status: output.exitCode ?? -1),
                                    action: Say.wifiRefusedFix)
            }
        }
    }

    private func missing(_ context: StepContext) throws -> [WiFiNetwork] {
        let networks = Self.networks(context)
        guard !networks.isEmpty else { return [] }
        let listed = try context.ask("cmd wifi list-networks").text
        return networks.filter { network in !listed.split(separator: "\n").contains { $0.contains(" \(network.ssid) ") } }
    }
}
