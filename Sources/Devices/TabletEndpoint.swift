import ADB
import Diagnostics
import Foundation
import Transports
import USBHost

/// Where a tablet is reached: a TCP address, or a USB port path (stable across unplug and replug,
/// unlike the device address libusb gives at each enumeration).
public enum TabletEndpoint: Sendable, Hashable, CustomStringConvertible {
    case tcp(TCPAddress)
    case usb(portPath: String)

    /// "127.0.0.1:5555" or "usb 1-1.3".
    public var description: String {
        switch self {
        case .tcp(let address): return address.description
        case .usb(let path): return "usb \(path)"
        }
    }

    /// The bus a heavy transfer shares: a USB root port ("usb 1-2" for 1-2.3.1), or "tcp".
    public var transferGroup: String {
        guard case .usb(let path) = self else { return Self.networkGroup }
        let parts = path.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let root = parts[1].split(separator: ".").first else { return "usb \(path)" }
        return "usb \(parts[0])-\(root)"
    }

    /// The group of tablets reached over the network.
    public static let networkGroup = "tcp"

    /// The USB port path, for USB tablets.
    public var portPath: String? {
        if case .usb(let path) = self { return path }
        return nil
    }

    /// The address, for TCP tablets.
    public var tcpAddress: TCPAddress? {
        if case .tcp(let address) = self { return address }
        return nil
    }
}

/// Connects to tablets by endpoint: TCP through the connector, USB through libusb (looked up by port path at
/// each connection, so a replugged tablet is found again).
public struct TabletReach: Sendable {
    /// Keys and timeouts.
    public let connector: DeviceConnector
    /// The USB side, when USB is used.
    public let usb: USBTablets?

    /// Creates a reach.
    public init(connector: DeviceConnector, usb: USBTablets? = nil) {
        self.connector = connector
        self.usb = usb
    }

    /// Connects to the tablet at `endpoint` (handshake done, serial read).
    /// `onTransport` gets the connection as soon as it is made (to interrupt it: see `DeviceConnector.connect`).
    public func connect(_ endpoint: TabletEndpoint, onWaitingForUser: (@Sendable () -> Void)? = nil,
                        onTransport: (@Sendable (PacketTransport) -> Void)? = nil) throws -> ADBDevice {
        switch endpoint {
        case .tcp(let address):
            return try connector.connect(address, onWaitingForUser: onWaitingForUser, onTransport: onTransport)
        case .usb(let path):
            guard let usb else {
                throw DeviceError(.unreachable, tablet: endpoint.description, summary: Say.usbNotAvailable(endpoint.description),
                                  reason: Say.runDoesNotUseUSB, action: Say.doctorWhyNoUSBFix, helpTopic: "usb-access")
            }
            let found: [USBTabletSlot]
            do { found = try usb.slots().filter { $0.info.portPathString == path } } catch {
                throw DeviceError(.unreachable, tablet: endpoint.description, summary: Say.usbCannotBeRead, reason: "\(error)",
                                  action: Say.runValiseDoctorFix, helpTopic: "usb-access")
            }
            if let slot = found.first(where: { $0.info.kind == .adb }) {
                do { return try usb.connect(slot, onWaitingForUser: onWaitingForUser, onTransport: onTransport) } catch let error as USBTabletError {
                    throw DeviceError(error.kind == .unplugged ? .disconnected : .commandFailed, tablet: slot.label, summary: error.summary,
                                      reason: error.reason, action: error.action, helpTopic: error.helpTopic)
                }
            }
            if let fastboot = found.first {
                throw DeviceError.inFastbootMode(fastboot.label)
            }
            throw DeviceError(.unreachable, tablet: endpoint.description, summary: Say.noTabletPluggedAt(endpoint.description),
                              reason: Say.nothingAnswersOnPort, action: Say.plugInSwitchOnFix,
                              helpTopic: "tablet-disconnected")
        }
    }
}
