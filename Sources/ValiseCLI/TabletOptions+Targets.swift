import ArgumentParser
import Devices
import Diagnostics
import Engine
import Foundation
import Transports
import USBHost

extension TabletOptions {
    /// How tablets are reached: this workstation's keys, and USB through libusb when it can be opened.
    func reach() throws -> TabletReach {
        let directory = try directory()
        return TabletReach(connector: directory.connector, usb: directory.usbTablets())
    }

    /// The tablets to provision: every ADB tablet on USB (slot and case from the case maps, in slot order),
    /// then the TCP addresses (numbered after them). With `serials`, only the tablets having one of them.
    func provisionTargets(serials: [String], reach: TabletReach) throws -> [ProvisionTarget] {
        guard !viaADBServer else {
            throw ValidationError(Say.provisionNotThroughADBServer)
        }
        let usbSlots = try reach.usb.map { usb -> [USBTabletSlot] in
            do { return try usb.slots().filter { $0.info.kind == .adb } } catch let error as USBTabletError { throw error }
        } ?? []
        var used = Set(usbSlots.compactMap { $0.place?.slot })
        var next = 1
        func freeSlot() -> Int {
            while used.contains(next) { next += 1 }
            used.insert(next)
            return next
        }
        var targets: [(target: ProvisionTarget, serial: String?)] = usbSlots
            .sorted { ($0.place?.caseName ?? "~", $0.place?.slot ?? .max, $0.info.portPathString) < ($1.place?.caseName ?? "~", $1.place?.slot ?? .max, $1.info.portPathString) }
            .map { slot in
                (ProvisionTarget(slot: slot.place?.slot ?? freeSlot(), endpoint: .usb(portPath: slot.info.portPathString),
                                 caseName: slot.place?.caseName), slot.info.serial)
            }
        targets += try addresses().map { (ProvisionTarget(slot: freeSlot(), address: $0), nil) }
        guard !serials.isEmpty else { return targets.map(\.target) }
        // USB tablets carry their serial in the descriptor; TCP ones are asked.
        let unknown = targets.filter { $0.serial == nil }
        let probed = DeviceDirectory(connector: reach.connector, addresses: unknown.compactMap {
            if case .tcp(let address) = $0.target.endpoint { return address } else { return nil }
        }, usb: .disabled).probeAll()
        var serialOf: [ProvisionTarget: String] = [:]
        var unreached: [DeviceError] = []
        for (entry, result) in zip(unknown, probed) {
            switch result {
            case .success(let device):
                serialOf[entry.target] = device.serial
                device.close()
            case .failure(let error): unreached.append(error)
            }
        }
        let seen = targets.compactMap { $0.serial ?? serialOf[$0.target] }
        if let missing = serials.first(where: { !seen.contains($0) }) {
            throw DeviceDirectory.notFound(serial: missing, seen: seen, unreached: unreached, looked: Say.lookedAt(tcpAddresses: unknown.count))
        }
        return targets.filter { serials.contains($0.serial ?? serialOf[$0.target] ?? "") }.map(\.target)
    }
}
