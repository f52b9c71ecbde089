import Devices
import Firmware
import Profiles

/// The firmware gate: how the tablet's build stands against its class's level (the profile's `firmware:`).
/// A tablet behind is reported (event, inventory, report) and provisioning goes on; flashing it is
/// `valise firmware flash`'s work.
public enum FirmwareGate {
    /// The class's level, when the profile sets one.
    public static func level(_ requirement: FirmwareRequirement?) -> FirmwareRequirement? {
        guard let requirement, !requirement.product.isEmpty else { return nil }
        return requirement
    }

    /// The tablet's compliance.
    public static func check(_ context: StepContext) -> FirmwareCompliance {
        guard let level = level(context.plan.profile.firmware) else { return .noLevel }
        let facts = context.facts
        return level.check(InstalledBuild(model: facts.model, fingerprint: facts.build, securityPatch: facts.securityPatch))
    }
}
