import Diagnostics
import Transports

extension DeviceDirectory {
    /// No tablet answered with `serial`: says so first (with the nearest serial seen, a likely typo), then, as a
    /// separate fact, which tablets did not let this computer in (their serials are unknown, so one may be it).
    /// `looked` names where Valise looked ("USB and 4 TCP addresses"; without "TCP", the fix mentions --tcp).
    public static func notFound(serial: String, seen: [String], unreached: [DeviceError], looked: String) -> DeviceError {
        let nearest = KeySuggestion.nearest(to: serial, among: seen.filter { $0 != serial })
        let summary = "No tablet with serial \(serial)" + (nearest.map { " (did you mean \($0)?)" } ?? " was found") + "."
        var reason = "Valise looked at \(looked); no tablet there has that serial."
        var action = nearest.map { "Give the serial \($0) if that is the tablet meant" } ?? "Run `valise devices` to see the tablets and their serials"
        action += looked.contains("TCP") ? "." : "; give --tcp ADDR for tablets over the network."
        let locked = unreached.filter { $0.kind == .unauthorized }.map(\.tablet)
        let silent = unreached.filter { $0.kind != .unauthorized }.map(\.tablet)
        if !locked.isEmpty {
            reason += " Also, \(list(locked)) did not let this computer in, so \(locked.count == 1 ? "its serial is" : "their serials are") unknown"
                + (nearest == nil ? ": \(serial) may be \(locked.count == 1 ? "that tablet" : "one of them")." : ".")
            action += " To let \(list(locked)) in: unlock \(locked.count == 1 ? "it" : "each"), tap Allow (tick \"Always allow\"), then run the command again."
        }
        if !silent.isEmpty {
            reason += " \(list(silent)) did not answer."
        }
        return DeviceError(.notFound, tablet: serial, summary: summary, reason: reason, action: action, helpTopic: "finding-tablets")
    }

    /// Where `device(serial:)` looks, for messages.
    var lookedAt: String {
        [adbServer.map { "the adb server on \($0.address)" } ?? "USB",
         addresses.isEmpty ? nil : "\(addresses.count) TCP address\(addresses.count == 1 ? "" : "es")"].compactMap { $0 }
            .joined(separator: " and ")
    }

    private static func list(_ tablets: [String]) -> String {
        (tablets.count == 1 ? "tablet " : "tablets ") + tablets.joined(separator: ", ")
    }
}
