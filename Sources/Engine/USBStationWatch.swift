import Devices
import Foundation

/// USB arrivals and departures → the station (slots from the case maps; tablets outside them numbered by port).
/// Tablets in fastboot mode, or (Samsung) in Download mode, are taken up only with `fastbootToo` (a firmware catalog
/// flashes them).
///
/// `@unchecked Sendable`: `slots` is guarded by `lock`; `watch` is set in `init` only.
public final class USBStationWatch: @unchecked Sendable {
    private var watch: USBTabletWatch?
    private let lock = NSLock()
    private var slots: [String: Int] = [:]   // port path → slot for ports outside the case maps

    /// Watches `usb` for the station until released.
    public init(usb: USBTablets, station: Station, fastbootToo: Bool) throws {
        watch = try usb.watch(
            bootloadersToo: fastbootToo,
            onArrive: { [self] tablet in station.attach(target(tablet), serial: tablet.serial) },
            onLeave: { [self] tablet in station.detach(target(tablet)) })
    }

    private func target(_ tablet: USBTabletSlot) -> ProvisionTarget {
        let path = tablet.portPath
        if let place = tablet.place { return ProvisionTarget(slot: place.slot, endpoint: .usb(portPath: path), caseName: place.caseName) }
        let slot: Int = lock.withLock {
            if let known = slots[path] { return known }
            let next = (slots.values.max() ?? 0) + 1
            slots[path] = next
            return next
        }
        return ProvisionTarget(slot: slot, endpoint: .usb(portPath: path))
    }
}
