import Foundation

extension AndroidPersona {
    /// A factory reset (Settings > Reset, or recovery's wipe data): apps, settings, Wi-Fi, the device owner and the
    /// agent's trust are gone; the hardware identity, the firmware, the faults and the count of applied changes stay.
    public func factoryReset() {
        mutate {
            var identity = state.identity
            identity.deviceOwner = nil
            identity.accounts = []
            identity.timeZone = "Europe/Paris"
            var fresh = PersonaState.initial(identity: identity, now: Date().timeIntervalSince1970)
            fresh.faults = state.faults
            fresh.applications = state.applications
            state = fresh
        }
    }
}
