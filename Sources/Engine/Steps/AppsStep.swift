import Profiles
import Devices
import Diagnostics
import Foundation

/// Installs the class's apps (streamed, each APK read once for the whole case), removes and disables the unwanted ones.
public struct AppsStep: ProvisioningStep {
    public let name = "apps"

    public init() {}

    public func pending(_ context: StepContext) throws -> String? {
        let work = try missing(context)
        var changes: [String] = work.install.map { Say.changeInstall($0.install.package) }
        changes += work.remove.map(Say.changeRemove)
        changes += work.disable.map(Say.changeDisable)
        return changes.isEmpty ? nil : changes.joined(separator: ", ")
    }

    public func apply(_ context: StepContext) throws {
        // Decided before the first change, from what `pending` was told.
        let work = try missing(context)
        for app in work.install {
            try context.install(app.file, arguments: ["-r", "-g"])
        }
        try context.change(each: work.remove.map { "pm uninstall --user 0 \($0)" } + work.disable.map { "pm disable-user --user 0 \($0)" })
    }

    private func missing(_ context: StepContext) throws -> (install: [(install: AppInstall, file: SharedFile)], remove: [String], disable: [String]) {
        let profile = context.plan.profile
        try context.prefetch(context.plan.apps.map { PackageState.dumped($0.install.package) }
                             + (profile.apps.remove + profile.device.disableApps).map(PackageState.listed) + [PackageState.disabled])
        var install: [(install: AppInstall, file: SharedFile)] = []
        for app in context.plan.apps {
            let installed = try PackageState.versionCode(app.install.package, context)
            if installed == nil || installed ?? 0 < app.install.minVersionCode ?? 0 { install.append(app) }
        }
        let remove = try profile.apps.remove.filter { try PackageState.installed($0, context) }
        let disabled = try context.ask(PackageState.disabled.command).text
        let disable = try profile.device.disableApps.filter {
            try PackageState.installed($0, context) && !disabled.contains("package:\($0)")
        }
        return (install, remove, disable)
    }
}
