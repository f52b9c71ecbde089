import Diagnostics
import Foundation
import USBHost

/// A tablet on USB that Valise cannot use, in words a parc manager can act on.
public struct USBTabletError: ValiseError, Equatable, CustomStringConvertible {
    /// What stands in the way.
    public enum Kind: String, Sendable {
        /// Another program (an adb server) holds the tablet's ADB interface.
        case busy
        /// This computer lacks the udev rule that lets people use the tablet.
        case access
        /// The tablet left the bus.
        case unplugged
        /// libusb itself cannot run (no USB on this computer, or in a container without /dev/bus/usb).
        case noUSB
        /// Any other USB failure.
        case other
    }

    /// The kind.
    public var kind: Kind
    /// "slot 3 of valise-1, VAL0123 (usb 1-1.3)".
    public var tablet: String
    /// The libusb error.
    public var usbError: USBError

    /// Creates the error for `usbError` on the tablet named `tablet`.
    public init(_ usbError: USBError, tablet: String) {
        self.usbError = usbError
        self.tablet = tablet
        switch usbError {
        case .busy: kind = .busy
        case .access: kind = .access
        case .noDevice, .notFound: kind = .unplugged
        default: kind = .other
        }
    }

    /// libusb could not start at all.
    public static func noUSB(_ usbError: USBError) -> USBTabletError {
        var error = USBTabletError(usbError, tablet: "this computer")
        error.kind = .noUSB
        return error
    }

    public var summary: String {
        switch kind {
        case .busy: return Say.usbBusy(tablet)
        case .access: return Say.usbNoAccess(tablet)
        case .unplugged: return Say.usbUnplugged(tablet)
        case .noUSB: return Say.usbUnavailable
        case .other: return Say.usbOther(tablet)
        }
    }

    public var reason: String {
        switch kind {
        case .busy: return Say.usbBusyReason
        case .access: return Say.usbNoAccessReason
        case .unplugged: return Say.usbUnpluggedReason
        case .noUSB: return Say.noUSBReason(usbError.name)
        case .other: return Say.usbSaid(usbError.description)
        }
    }

    public var action: String {
        switch kind {
        case .busy: return Say.usbBusyFix
        case .access: return Say.setupUSBFix
        case .unplugged: return Say.plugBackInFix
        case .noUSB: return Say.noUSBFix
        case .other: return Say.usbOtherFix
        }
    }

    public var helpTopic: String? {
        switch kind {
        case .busy: return "usb-busy"
        case .access: return "usb-access"
        default: return "tablet-disconnected"
        }
    }

    public var detail: String? { "\(usbError.name) (\(usbError.rawValue))" }
    public var exitCode: Int32 { 1 }
    public var description: String { "\(summary) \(reason)" }
}
