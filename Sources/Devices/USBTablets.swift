import ADB
import Diagnostics
import Foundation
import Transports
import USBHost

/// One ADB or fastboot interface on the bus, with its place in a case when a case map names it.
public struct USBTabletSlot: Sendable, Hashable {
    /// The interface.
    public var info: USBDeviceInfo
    /// Its case and slot, if known.
    public var place: SlotPlace?

    /// Creates a slot description.
    public init(info: USBDeviceInfo, place: SlotPlace?) {
        self.info = info
        self.place = place
    }

    /// "slot 3 of valise-1, usb 1-1.3", or "usb 1-1.3" outside any case map: in English whatever the language, as it
    /// stands for the serial of a tablet that gives none (the inventory's key).
    public var placeDescription: String {
        guard let place else { return info.address }
        return "slot \(place.slot) of \(place.caseName), \(info.address)"
    }

    /// How messages name the tablet, in the reader's language: "VAL0123 (slot 3 of valise-1, usb 1-1.3)".
    public var label: String {
        let spot = place.map { Say.usbSlotPlace($0.slot, caseName: $0.caseName, address: info.address) } ?? info.address
        return "\(info.serial ?? Say.tabletWithoutSerial) (\(spot))"
    }
}

/// Tablets on USB through libusb: finds ADB and fastboot interfaces, connects to each on its own thread.
public struct USBTablets: Sendable {
    /// The libusb context.
    public let context: USBContext
    /// How tablets are reached (keys, timeouts).
    public let connector: DeviceConnector
    /// Port paths → slots.
    public let caseMaps: CaseMaps

    /// Creates a view of the bus.
    public init(context: USBContext, connector: DeviceConnector, caseMaps: CaseMaps) {
        self.context = context
        self.connector = connector
        self.caseMaps = caseMaps
    }

    /// Every ADB and fastboot interface now, with its slot.
    public func slots() throws(USBTabletError) -> [USBTabletSlot] {
        do {
            return try context.devices().map { USBTabletSlot(info: $0, place: caseMaps.place(of: $0.portPathString)) }
        } catch {
            throw USBTabletError.noUSB(error)
        }
    }

    /// Connects to the ADB interface of `slot` (claim, handshake, serial).
    public func connect(_ slot: USBTabletSlot, onWaitingForUser: (@Sendable () -> Void)? = nil,
                        onTransport: (@Sendable (PacketTransport) -> Void)? = nil) throws -> ADBDevice {
        let usb: USBPacketTransport
        do {
            usb = try USBPacketTransport(context: context, device: slot.info)
        } catch {
            throw USBTabletError(error, tablet: slot.label)
        }
        let transport = NamedTransport(usb, address: slot.placeDescription)
        onTransport?(transport)
        let session = try ADBSession.connect(transport: transport, authenticator: connector.authenticator, label: slot.label,
                                             options: connector.options, logger: connector.logger, onWaitingForUser: onWaitingForUser)
        if let serial = slot.info.serial, !serial.isEmpty { return try ADBDevice.named(serial, session: session, place: slot.placeDescription) }
        return try ADBDevice.identify(session, place: slot.placeDescription)
    }

    /// A summary of every interface, probed at once (one thread each).
    public func summaries() -> [DeviceSummary] {
        let found: [USBTabletSlot]
        do { found = try slots() } catch { return [] }
        let results = ResultBox<DeviceSummary>(count: found.count)
        let group = DispatchGroup()
        for (index, slot) in found.enumerated() {
            group.enter()
            // A thread per tablet: claiming and the handshake block, and Dispatch's pool is only as wide as the cores.
            let thread = Thread { [self] in
                defer { group.leave() }
                results.set(index, .success(summary(of: slot)))
            }
            thread.name = "valise usb \(slot.info.portPathString)"
            thread.start()
        }
        group.wait()
        return results.values.compactMap { try? $0.get() }
    }

    /// Connects to one interface and reads what `valise devices` shows.
    public func summary(of slot: USBTabletSlot) -> DeviceSummary {
        var summary = DeviceSummary(slot: slot.place?.slot, serial: slot.info.serial ?? slot.info.address, state: .offline,
                                    address: slot.info.address, caseName: slot.place?.caseName)
        guard slot.info.kind == .adb else {
            summary.state = slot.info.kind == .odin ? .download : .fastboot
            return summary
        }
        do {
            let device = try connect(slot)
            defer { device.close() }
            var read = DeviceDirectory.summary(of: device)
            read.slot = summary.slot
            read.caseName = summary.caseName
            read.address = summary.address
            return read
        } catch let error as USBTabletError {
            summary.state = error.kind == .busy ? .busy : .offline
            summary.problem = "\(error.summary) \(error.action)"
        } catch let error as DeviceError {
            summary.state = error.kind == .unauthorized ? .unauthorized : .offline
            summary.problem = "\(error.summary) \(error.action)"
        } catch {
            summary.problem = "\(error)"
        }
        return summary
    }

    /// The ADB tablet whose USB serial is `serial`, connected; nil when no interface has that serial.
    public func device(serial: String, onWaitingForUser: (@Sendable () -> Void)? = nil) throws -> ADBDevice? {
        let matching = try slots().filter { $0.info.serial == serial }
        guard let slot = matching.first(where: { $0.info.kind == .adb }) else {
            if let fastboot = matching.first {
                throw DeviceError.inFastbootMode(fastboot.label)
            }
            return nil
        }
        return try connect(slot, onWaitingForUser: onWaitingForUser)
    }
}

/// A transport under another name, so that errors and labels name the slot: "slot 3 of valise-1, usb 1-1.3".
final class NamedTransport: PacketTransport, @unchecked Sendable {
    let address: String
    private let inner: PacketTransport

    init(_ inner: PacketTransport, address: String) {
        self.inner = inner
        self.address = address
    }

    func send(_ packet: ADBPacket, withChecksum: Bool, timeout: Duration) throws {
        try inner.send(packet, withChecksum: withChecksum, timeout: timeout)
    }

    func receive(timeout: Duration?) throws -> ADBPacket { try inner.receive(timeout: timeout) }
    func setMaxPayload(_ maxPayload: Int) { inner.setMaxPayload(maxPayload) }
    func close() { inner.close() }
}

extension DeviceError {
    /// The tablet answers fastboot, not ADB: it sits in its bootloader.
    static func inFastbootMode(_ tablet: String) -> DeviceError {
        DeviceError(.unreachable, tablet: tablet, summary: Say.tabletInFastbootMode(tablet),
                    reason: Say.inBootloaderReason, action: Say.restartIntoAndroidFix)
    }
}
