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
        let (settings, zone) = try missing(context)
        let changes = (zone.map { [Say.changeTimeZone($0)] } ?? []) + settings.map { "\($0.1)=\($0.2)" }
        return changes.isEmpty ? nil : changes.joined(separator: ", ")
    }

    public func apply(_ context: StepContext) throws {
        // Decided before the first change, from what `pending` was told.
        let (settings, zone) = try missing(context)
        var changes = settings.map { namespace, key, value in "settings put \(namespace) \(key) \(ADBService.shellQuote(value))" }
        if let zone { changes.append("cmd alarm set-timezone \(ADBService.shellQuote(zone))") }
        try context.change(each: changes)
    }

    /// The settings not as wanted, and the time zone when it is not the profile's.
    private func missing(_ context: StepContext) throws -> (settings: [(String, String, String)], zone: String?) {
        let wanted = Self.wanted(context)
        try context.prefetch(wanted.map { namespace, key, _ in ShellQuery("settings get \(namespace) \(key)") } + [.property("persist.sys.timezone")])
        let settings = try wanted.filter { namespace, key, value in try context.read("settings get \(namespace) \(key)") != value }
        let zone = context.plan.profile.device.timeZone
        return (settings, try context.property("persist.sys.timezone") != zone ? zone : nil)
    }
}
