import Diagnostics
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

    /// The properties read, in this order, one `getprop` each (asked together: `ADBDevice.shell(each:)`): a value
    /// holding a line break stays in its own answer and cannot shift the others.
    static let properties = ["ro.product.model", "ro.build.version.release", "ro.build.version.sdk", "ro.build.fingerprint",
                             "ro.build.version.security_patch"]

    /// Reads the tablet's properties and battery, within the session's step deadline. Every value is bounded
    /// (`TabletLimits.propertyBytes` read, `TabletText.maxValueLength` kept) and made safe to show
    /// (`TabletText.clean`) here, where it enters Valise.
    public static func read(_ device: ADBDevice) throws -> TabletFacts {
        try device.session.withDeadline(device.session.options.stepTimeout, Say.deadlineToSayWhatItIs) { try reading(device) }
    }

    private static func reading(_ device: ADBDevice) throws -> TabletFacts {
        let queries = properties.map(ShellQuery.property) + [ShellQuery("dumpsys battery")]
        let answers = try zip(queries, device.shell(each: queries)).map { query, output in try device.checked(output, of: query.command) }
        let props = answers.dropLast().map { TabletText.clean($0, limit: TabletText.maxValueLength) }
        let battery = answers[answers.count - 1]
        let powered = battery.split(separator: "\n").contains { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return ["AC powered: true", "USB powered: true", "Wireless powered: true"].contains(text)
        }
        var facts = TabletFacts(serial: device.serial, model: props[0], android: props[1], sdk: Int(props[2]) ?? 0, build: props[3],
                                battery: DeviceDirectory.parseBatteryLevel(battery), charging: powered)
        facts.securityPatch = props[4]
        return facts
    }

    /// The line `valise devices` shows for a connected tablet.
    public func summary(address: String) -> DeviceSummary {
        DeviceSummary(slot: nil, serial: serial, model: model.isEmpty ? nil : model, android: android.isEmpty ? nil : android,
                      battery: battery, state: .device, address: address)
    }
}
