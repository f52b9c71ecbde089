internal import CLibUSB

/// A libusb failure, with a message in plain words for the school's IT staff.
///
/// `rawValue` is libusb's error code (`LIBUSB_ERROR_*`, negative); ``cancelled`` is Valise's
/// own code for a transfer stopped by `close()`.
public struct USBError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The libusb error code.
    public let rawValue: Int32

    /// Wraps a libusb error code.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Input/output error (LIBUSB_ERROR_IO).
    public static let io = USBError(rawValue: -1)
    /// Invalid parameter (LIBUSB_ERROR_INVALID_PARAM).
    public static let invalidParameter = USBError(rawValue: -2)
    /// No permission on the device node (LIBUSB_ERROR_ACCESS).
    public static let access = USBError(rawValue: -3)
    /// The device was unplugged (LIBUSB_ERROR_NO_DEVICE).
    public static let noDevice = USBError(rawValue: -4)
    /// Entity not found (LIBUSB_ERROR_NOT_FOUND).
    public static let notFound = USBError(rawValue: -5)
    /// Another program claimed the interface (LIBUSB_ERROR_BUSY).
    public static let busy = USBError(rawValue: -6)
    /// The operation timed out (LIBUSB_ERROR_TIMEOUT).
    public static let timeout = USBError(rawValue: -7)
    /// The device sent more than asked for (LIBUSB_ERROR_OVERFLOW).
    public static let overflow = USBError(rawValue: -8)
    /// The endpoint stalled (LIBUSB_ERROR_PIPE).
    public static let pipe = USBError(rawValue: -9)
    /// A system call was interrupted (LIBUSB_ERROR_INTERRUPTED).
    public static let interrupted = USBError(rawValue: -10)
    /// Out of memory (LIBUSB_ERROR_NO_MEM).
    public static let noMemory = USBError(rawValue: -11)
    /// Not supported on this platform (LIBUSB_ERROR_NOT_SUPPORTED).
    public static let notSupported = USBError(rawValue: -12)
    /// Any other libusb failure (LIBUSB_ERROR_OTHER).
    public static let other = USBError(rawValue: -99)
    /// Valise's own code: the transfer was cancelled because the connection was closed.
    public static let cancelled = USBError(rawValue: -1000)

    /// The libusb name ("LIBUSB_ERROR_BUSY"), or "CANCELLED".
    public var name: String {
        if self == .cancelled { return "CANCELLED" }
        return String(cString: libusb_error_name(rawValue))
    }

    /// What happened and what to do, for people without USB knowledge.
    public var description: String {
        switch self {
        case .busy:
            return "another program (usually an adb server) holds this tablet: run `adb kill-server`, or use --via-adb-server"
        case .access:
            return "this computer lacks the USB permission rule: run `sudo valise setup-usb`"
        case .noDevice:
            return "the tablet was unplugged (or restarted): plug it in again"
        case .timeout:
            return "the tablet did not answer in time"
        case .notFound:
            return "the tablet is no longer where it was found: unplug it and plug it in again"
        case .pipe:
            return "the tablet refused the request (USB endpoint stalled): unplug it and plug it in again"
        case .io:
            return "USB input/output error: try another cable or USB port"
        case .overflow:
            return "the tablet sent more data than expected: unplug it and plug it in again"
        case .interrupted:
            return "the USB operation was interrupted"
        case .noMemory:
            return "this computer ran out of memory for USB transfers"
        case .notSupported:
            return "USB access is not supported on this computer"
        case .cancelled:
            return "the USB connection was closed"
        default:
            return "USB error \(name) (\(rawValue))"
        }
    }

    /// Throws when a libusb call returned a negative code; returns the (non-negative) result otherwise.
    @discardableResult
    static func check(_ code: Int32) throws(USBError) -> Int32 {
        if code < 0 { throw USBError(rawValue: code) }
        return code
    }
}
