import Diagnostics
import Fastboot
import Foundation
import Logging
import Synchronization
import USBHost

/// Fastboot over a USB interface (ff/42/03): each command, data piece and response is one bulk transfer,
/// no framing (a write that fills whole 512-byte packets ends with a zero-length packet, as ``USBBulkPipe`` does).
///
/// Thread safety: one command at a time (the protocol is synchronous); `close()` from any thread shuts both
/// pipes down, which ends a blocked transfer at once.
public final class FastbootUSBTransport: FastbootTransport, @unchecked Sendable {
    /// "usb 1-2.3".
    public let address: String
    private let handle: USBDeviceHandle
    private let input: USBBulkPipe
    private let output: USBBulkPipe
    private let closed = Atomic<Bool>(false)

    /// Opens the fastboot interface of `device` and claims it.
    public init(context: USBContext, device: USBDeviceInfo) throws(FastbootTransportError) {
        address = device.address
        guard device.kind == .fastboot else { throw .connectFailed("\(device.address) is not in fastboot mode") }
        let handle: USBDeviceHandle
        do {
            handle = try context.open(device)
            try handle.claimInterface()
        } catch {
            throw .connectFailed("\(device.address): \(error)")
        }
        self.handle = handle
        do {
            input = try handle.inputPipe()
            output = try handle.outputPipe()
        } catch {
            handle.close()
            throw .connectFailed("\(device.address): \(error)")
        }
    }

    deinit { close() }

    public func send(_ packet: [UInt8], timeout: Duration) throws(FastbootTransportError) {
        do {
            let written = try output.write(packet, timeout: timeout)
            guard written == packet.count else { throw FastbootTransportError.disconnected("\(address): short write") }
        } catch let error as USBError {
            throw map(error, "sending")
        } catch let error as FastbootTransportError {
            throw error
        } catch {
            throw .disconnected("\(address): \(error)")
        }
    }

    public func receive(timeout: Duration) throws(FastbootTransportError) -> [UInt8] {
        do {
            return try input.read(maxLength: FastbootResponse.maxLength, timeout: timeout)
        } catch {
            throw map(error, "waiting for a response")
        }
    }

    public func close() {
        guard !closed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        input.shutdown()
        output.shutdown()
        handle.close()
    }

    private func map(_ error: USBError, _ what: String) -> FastbootTransportError {
        if closed.load(ordering: .sequentiallyConsistent) || error == .cancelled { return .disconnected("\(address): the connection was closed") }
        if error == .timeout { return .timedOut("\(address): \(what)") }
        return .disconnected("\(address): \(what): \(error)")
    }
}

extension FastbootDevice {
    /// Connects to the tablet in fastboot mode at USB port `portPath` (where it comes back after `reboot bootloader`).
    public static func connect(usb: USBTablets, portPath: String,
                               logger: Logger = Logger(label: "valise.fastboot")) throws(FastbootError) -> FastbootDevice {
        let tablet = "usb \(portPath)"
        let slots: [USBTabletSlot]
        do { slots = try usb.slots() } catch {
            throw FastbootError(.unreachable, tablet: tablet, summary: Say.usbCannotBeRead, reason: error.reason, action: error.action,
                                helpTopic: error.helpTopic)
        }
        guard let slot = slots.first(where: { $0.info.portPathString == portPath && $0.info.kind == .fastboot }) else {
            throw FastbootError(.unreachable, tablet: tablet, summary: Say.noFastbootTabletAt(tablet),
                                reason: Say.notBackAsBootloader, action: Say.waitOrCheckCableFix, helpTopic: "tablet-disconnected")
        }
        let transport: FastbootUSBTransport
        do { transport = try FastbootUSBTransport(context: usb.context, device: slot.info) } catch {
            throw FastbootError.transport(error, tablet: slot.label, doing: Say.fastbootConnecting)
        }
        let device = FastbootDevice(transport: transport, logger: logger)
        if let serial = try? device.getVar(FastbootVariable.serialNumber), !serial.isEmpty { device.label = "\(serial) (\(slot.placeDescription))" }
        return device
    }
}
