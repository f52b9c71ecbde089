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
        case .busy: return "Tablet \(tablet) is held by another program."
        case .access: return "This computer does not let Valise use tablet \(tablet)."
        case .unplugged: return "Tablet \(tablet) was unplugged."
        case .noUSB: return "Valise cannot use USB on this computer."
        case .other: return "Tablet \(tablet) could not be used over USB."
        }
    }

    public var reason: String {
        switch kind {
        case .busy: return "Another program (usually an adb server, started by `adb` or Android Studio) has claimed the tablet's USB debugging interface."
        case .access: return "The USB device node is not writable for this user: the udev rule for Android tablets is missing."
        case .unplugged: return "It left the USB bus (cable pulled, tablet restarted or out of battery)."
        case .noUSB: return "libusb could not start (\(usbError.name)): this computer has no USB bus Valise can see."
        case .other: return "USB said: \(usbError.description)."
        }
    }

    public var action: String {
        switch kind {
        case .busy: return "Run `adb kill-server` (then the command again), or add --via-adb-server to go through the running adb server."
        case .access: return "Run `sudo valise setup-usb` once (it installs the udev rule), then unplug and replug the tablets."
        case .unplugged: return "Plug the tablet back in and run the command again; finished work is kept."
        case .noUSB: return "Run `valise doctor`; in a container, pass the host's /dev/bus/usb through."
        case .other: return "Unplug and replug the tablet, try another cable or hub port, then run the command again."
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
