import ADB
import Devices
import Diagnostics
import Foundation

/// Time zone (automatic zone off), screen timeout, stay awake while charging, and the tablet's name.
public struct SettingsStep: ProvisioningStep {
    public let name = "settings"

    public init() {}

    /// The settings wanted, as (namespace, key, value) for `settings put`.
    static func wanted(_ context: StepContext) -> [(String, String, String)] {
        let device = context.plan.profile.device
        var wanted = [("global", "auto_time_zone", "0"), ("global", "device_name", context.name)]
        if let seconds = device.screenTimeoutSeconds { wanted.append(("system", "screen_off_timeout", String(seconds * 1000))) }
        if let awake = device.stayAwakeWhileCharging { wanted.append(("global", "stay_on_while_plugged_in", awake ? "7" : "0")) }
        return wanted
    }

    public func pending(_ context: StepContext) throws -> String? {
        var changes: [String] = []
        let zone = context.plan.profile.device.timeZone
        if try context.device.property("persist.sys.timezone") != zone { changes.append(Say.changeTimeZone(zone)) }
        for (namespace, key, value) in Self.wanted(context) where try current(namespace, key, context) != value {
            changes.append("\(key)=\(value)")
        }
        return changes.isEmpty ? nil : changes.joined(separator: ", ")
    }

    public func apply(_ context: StepContext) throws {
        for (namespace, key, value) in Self.wanted(context) where try current(namespace, key, context) != value {
            _ = try context.device.check("settings put \(namespace) \(key) \(ADBService.shellQuote(value))")
        }
        let zone = context.plan.profile.device.timeZone
        if try context.device.property("persist.sys.timezone") != zone {
            _ = try context.device.check("cmd alarm set-timezone \(ADBService.shellQuote(zone))")
        }
    }

    private func current(_ namespace: String, _ key: String, _ context: StepContext) throws -> String {
        try context.device.check("settings get \(namespace) \(key)")
    }
}
