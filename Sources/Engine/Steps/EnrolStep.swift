import Devices
import Foundation

/// Installs the device-owner agent and makes it device owner (`dpm set-device-owner`), diagnosing what blocks it.
public struct EnrolStep: ProvisioningStep {
    public let name = "enrol"

    public init() {}

    public func pending(_ context: StepContext) throws -> String? {
        var changes: [String] = []
        if try !PackageState.installed(context.plan.profile.agent.package, on: context.device) { changes.append("install the agent") }
        if try !Self.isOwner(context) { changes.append("make it device owner") }
        return changes.isEmpty ? nil : changes.joined(separator: ", ")
    }

    public func apply(_ context: StepContext) throws {
        let agent = context.plan.profile.agent
        if try !PackageState.installed(agent.package, on: context.device) {
            try context.install(context.plan.agent, arguments: ["-r", "-t"])
        }
        guard try !Self.isOwner(context) else { return }
        let output = try context.device.shell("dpm set-device-owner \(agent.component)")
        let text = String(decoding: output.stdout + output.stderr, as: UTF8.self)
        if output.exitCode == 0 && text.contains("Success") { return }
        throw Self.diagnose(text, context)
    }

    static func isOwner(_ context: StepContext) throws -> Bool {
        let owners = try context.device.shell("dpm list-owners").text
        let component = context.plan.profile.agent.component
        let full = component.replacingOccurrences(of: "/.", with: "/\(context.plan.profile.agent.package).")
        return owners.contains("admin=\(component),DeviceOwner") || owners.contains("admin=\(full),DeviceOwner")
    }

    /// The first blocker Android names, with its fix.
    static func diagnose(_ text: String, _ context: StepContext) -> TabletProblem {
        let tablet = "Tablet \(context.label)"
        if text.contains("already some accounts") {
            return TabletProblem("\(tablet) has an account on it, so it cannot be enrolled.",
                                 reason: "Android refuses a device owner while any account (Google, Samsung…) is on the tablet.",
                                 action: "On the tablet: Settings > Accounts, remove every account, then run the command again (or factory reset it).",
                                 helpTopic: "accounts-present")
        }
        if text.contains("several users") {
            return TabletProblem("\(tablet) has several users.", reason: "Android refuses a device owner while other users or profiles exist.",
                                 action: "Remove the other users (Settings > Users, or `valise shell SERIAL pm remove-user ID`), then run again.",
                                 helpTopic: "accounts-present")
        }
        if text.contains("is already set") || text.contains("already has a profile owner") {
            return TabletProblem("\(tablet) is already managed by another app.",
                                 reason: "Another device-owner app (an earlier MDM) is set, and only one can be.",
                                 action: "Factory reset the tablet (or remove that app's device-owner rights), then enrol it again (`valise qr` for reset tablets).",
                                 helpTopic: "already-provisioned")
        }
        if text.contains("Unknown admin") {
            return TabletProblem("\(tablet) does not know the agent's admin component.",
                                 reason: "The profile's agent component (\(context.plan.profile.agent.component)) is not in the agent APK.",
                                 action: "Fix agent.component in the profile to match the agent app, then run again.")
        }
        return TabletProblem("\(tablet) refused to enrol the agent.", reason: "Android said: \(text.split(separator: "\n").prefix(2).joined(separator: " "))",
                             action: "Read Android's message, fix what it names, then run the command again.")
    }
}

/// Package queries shared by the steps.
enum PackageState {
    /// Whether `package` is installed.
    static func installed(_ package: String, on device: ADBDevice) throws -> Bool {
        try device.shell("pm list packages \(package)").text.split(separator: "\n").contains { $0 == "package:\(package)" }
    }

    /// The installed versionCode of `package`, or nil when it is not installed.
    static func versionCode(_ package: String, on device: ADBDevice) throws -> Int? {
        let text = try device.shell("dumpsys package \(package)").text
        guard let range = text.range(of: "versionCode=") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
