/// An ADB, fastboot or Samsung Download-mode interface found on the USB bus, with what is needed to open it.
///
/// Plain values only: it can be stored, compared and sent between threads; open it with
/// ``USBContext/open(_:)``.
public struct USBDeviceInfo: Sendable, Hashable, CustomStringConvertible {
    /// Which Android USB function the interface is.
    public enum Kind: String, Sendable, Hashable {
        /// ADB (interface ff/42/01).
        case adb
        /// fastboot, in the bootloader or fastbootd (interface ff/42/03).
        case fastboot
        /// Samsung Download mode (VID 04E8: a CDC data interface 0a/xx/xx with two bulk endpoints), the Odin protocol.
        case odin
    }

    /// The USB bus number (1 for "1-2.3").
    public var busNumber: UInt8
    /// The device address on its bus (changes at every re-enumeration).
    public var deviceAddress: UInt8
    /// The hub ports from the root hub down ([2, 3] for "1-2.3").
    public var portPath: [UInt8]
    /// The vendor id (0x18d1 for Google).
    public var vendorID: UInt16
    /// The product id.
    public var productID: UInt16
    /// The iSerialNumber string (Android's ro.serialno); nil when the device could not be opened to read it.
    public var serial: String?
    /// ADB or fastboot.
    public var kind: Kind
    /// The bInterfaceNumber to claim.
    public var interfaceNumber: UInt8
    /// The bulk IN endpoint address (bit 7 set).
    public var endpointIn: UInt8
    /// The bulk OUT endpoint address.
    public var endpointOut: UInt8
    /// wMaxPacketSize of the bulk OUT endpoint (512 on high speed); decides zero-length packets.
    public var maxPacketSize: Int

    /// Creates a description (tests; enumeration fills it from libusb).
    public init(busNumber: UInt8, deviceAddress: UInt8, portPath: [UInt8], vendorID: UInt16, productID: UInt16,
                serial: String?, kind: Kind, interfaceNumber: UInt8, endpointIn: UInt8, endpointOut: UInt8, maxPacketSize: Int) {
        self.busNumber = busNumber
        self.deviceAddress = deviceAddress
        self.portPath = portPath
        self.vendorID = vendorID
        self.productID = productID
        self.serial = serial
        self.kind = kind
        self.interfaceNumber = interfaceNumber
        self.endpointIn = endpointIn
        self.endpointOut = endpointOut
        self.maxPacketSize = maxPacketSize
    }

    /// "1-2.3": the bus, then the ports joined by dots (as sysfs and `adb devices -l` name it).
    public var portPathString: String {
        let ports = portPath.isEmpty ? "0" : portPath.map(String.init).joined(separator: ".")
        return "\(busNumber)-\(ports)"
    }

    /// For messages: "usb 1-2.3".
    public var address: String { "usb \(portPathString)" }

    /// "R52N10ABCDE adb usb 1-2.3 18d1:4ee7".
    public var description: String {
        let ids = String(vendorID, radix: 16).leftPadded(4) + ":" + String(productID, radix: 16).leftPadded(4)
        return "\(serial ?? "(no serial)") \(kind.rawValue) \(address) \(ids)"
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
