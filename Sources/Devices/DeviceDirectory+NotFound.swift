import Diagnostics
import Transports

extension DeviceDirectory {
    /// No tablet answered with `serial`: says so first (with the nearest serial seen, a likely typo), then, as a
    /// separate fact, which tablets did not let this computer in (their serials are unknown, so one may be it).
    /// `looked` names where Valise looked ("USB and 4 TCP addresses"; without "TCP", the fix mentions --tcp).
    public static func notFound(serial: String, seen: [String], unreached: [DeviceError], looked: String) -> DeviceError {
        let nearest = KeySuggestion.nearest(to: serial, among: seen.filter { $0 != serial })
        let summary = Say.noTabletWithSerial(serial, nearest: nearest)
        var reason = Say.lookedAtNoSerial(looked)
        var action = Say.serialNotFoundFix(nearest: nearest, withTCP: looked.contains("TCP"))
        let locked = unreached.filter { $0.kind == .unauthorized }.map(\.tablet)
        let silent = unreached.filter { $0.kind != .unauthorized }.map(\.tablet)
        if !locked.isEmpty {
            reason += Say.lockedTablets(locked, serial: serial, nearestKnown: nearest != nil)
            action += Say.letLockedTabletsIn(locked)
        }
        if !silent.isEmpty {
            reason += Say.silentTablets(silent)
        }
        return DeviceError(.notFound, tablet: serial, summary: summary, reason: reason, action: action, helpTopic: "finding-tablets")
    }

    /// Where `device(serial:)` looks, for messages.
    var lookedAt: String { Say.lookedAt(adbServer: adbServer?.address, tcpAddresses: addresses.count) }
}
