import Devices
import Diagnostics
import Foundation

/// Installs the device-owner agent and makes it device owner (`dpm set-device-owner`), diagnosing what blocks it.
public struct EnrolStep: ProvisioningStep {
    public let name = "enrol"

    public init() {}

    public func pending(_ context: StepContext) throws -> String? {
        try context.prefetch([PackageState.listed(context.plan.profile.agent.package), Self.owners])
        var changes: [String] = []
        if try !PackageState.installed(context.plan.profile.agent.package, context) { changes.append(Say.changeInstallAgent) }
        if try !Self.isOwner(context) { changes.append(Say.changeMakeOwner) }
        return changes.isEmpty ? nil : changes.joined(separator: ", ")
    }

    public func apply(_ context: StepContext) throws {
        let agent = context.plan.profile.agent
        if try !PackageState.installed(agent.package, context) {
            try context.install(context.plan.agent, arguments: ["-r", "-t"])
        }
        guard try !Self.isOwner(context) else { return }
        let output = try context.changeShell("dpm set-device-owner \(agent.component)")
        let text = String(decoding: output.stdout + output.stderr, as: UTF8.self)
        if output.exitCode == 0 && text.contains("Success") { return }
        throw Self.diagnose(text, context)
    }

    /// The question `isOwner` asks.
    static let owners = ShellQuery("dpm list-owners")

    static func isOwner(_ context: StepContext) throws -> Bool {
        let owners = try context.ask(Self.owners.command).text
        let component = context.plan.profile.agent.component
        let package = context.plan.profile.agent.package
        // "pkg/.Receiver" is also listed as "pkg/pkg.Receiver".
        let full = component.hasPrefix(package + "/.") ? package + "/" + package + component.dropFirst(package.count + 1) : component
        return owners.contains("admin=\(component),DeviceOwner") || owners.contains("admin=\(full),DeviceOwner")
    }

    /// The first blocker Android names, with its fix.
    static func diagnose(_ text: String, _ context: StepContext) -> TabletProblem {
        let tablet = context.label
        if text.contains("already some accounts") {
            return TabletProblem(Say.enrolAccountPresent(tablet), reason: Say.enrolAccountPresentWhy, action: Say.enrolAccountPresentFix,
                                 helpTopic: "accounts-present")
        }
        if text.contains("several users") {
            return TabletProblem(Say.enrolSeveralUsers(tablet), reason: Say.enrolSeveralUsersWhy, action: Say.enrolSeveralUsersFix,
                                 helpTopic: "accounts-present")
        }
        if text.contains("is already set") || text.contains("already has a profile owner") {
            return TabletProblem(Say.enrolAlreadyManaged(tablet), reason: Say.enrolAlreadyManagedWhy, action: Say.enrolAlreadyManagedFix,
                                 helpTopic: "already-provisioned")
        }
        if text.contains("Unknown admin") {
            return TabletProblem(Say.enrolUnknownAdmin(tablet), reason: Say.enrolUnknownAdminWhy(component: context.plan.profile.agent.component),
                                 action: Say.enrolUnknownAdminFix)
        }
        return TabletProblem(Say.enrolRefused(tablet), reason: Say.enrolAndroidSaid(text.split(separator: "\n").prefix(2).joined(separator: " ")),
                             action: Say.enrolRefusedFix)
    }
}

/// Package queries shared by the steps (asked once in a step: `StepContext.ask`).
enum PackageState {
    /// Whether `package` is installed.
    static func installed(_ package: String, _ context: StepContext) throws -> Bool {
        try context.ask(listed(package).command).text.split(separator: "\n").contains { $0 == "package:\(package)" }
    }

    /// The installed versionCode of `package`, or nil when it is not installed.
    static func versionCode(_ package: String, _ context: StepContext) throws -> Int? {
        let text = try context.ask(dumped(package).command).text
        guard let range = text.range(of: "versionCode=") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    /// The questions `installed`, `versionCode` and the list of disabled packages ask (for `StepContext.prefetch`).
    static func listed(_ package: String) -> ShellQuery { ShellQuery("pm list packages \(package)") }
    static func dumped(_ package: String) -> ShellQuery { ShellQuery("dumpsys package \(package)") }
    static let disabled = ShellQuery("pm list packages -d")
}
