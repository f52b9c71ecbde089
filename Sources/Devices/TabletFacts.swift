import Foundation

/// What a tablet says about itself: model, Android version, build and battery.
public struct TabletFacts: Sendable, Equatable {
    public var serial: String
    public var model: String
    public var android: String
    public var sdk: Int
    public var build: String
    /// `ro.build.version.security_patch` ("2024-03-01"; empty when the tablet does not say).
    public var securityPatch: String = ""
    public var battery: Int?
    public var charging: Bool

    /// Reads the tablet's properties and battery in two shell round trips.
    public static func read(_ device: ADBDevice) throws -> TabletFacts {
        let props = try device.check("getprop ro.product.model; getprop ro.build.version.release; getprop ro.build.version.sdk; getprop ro.build.fingerprint; getprop ro.build.version.security_patch")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let battery = try device.check("dumpsys battery")
        let powered = battery.split(separator: "\n").contains { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return ["AC powered: true", "USB powered: true", "Wireless powered: true"].contains(text)
        }
        var facts = TabletFacts(serial: device.serial, model: props.first ?? "", android: props.count > 1 ? props[1] : "",
                                sdk: props.count > 2 ? Int(props[2]) ?? 0 : 0, build: props.count > 3 ? props[3] : "",
                                battery: DeviceDirectory.parseBatteryLevel(battery), charging: powered)
        facts.securityPatch = props.count > 4 ? props[4] : ""
        return facts
    }

    /// The line `valise devices` shows for a connected tablet.
    public func summary(address: String) -> DeviceSummary {
        DeviceSummary(slot: nil, serial: serial, model: model.isEmpty ? nil : model, android: android.isEmpty ? nil : android,
                      battery: battery, state: .device, address: address)
    }
}
