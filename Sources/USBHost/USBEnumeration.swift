internal import CLibUSB

/// Reads libusb descriptors into ``USBDeviceInfo`` (AOSP's rules: device class 0 or 0xEF,
/// active configuration, altsetting 0, first interface ff/42/01 or ff/42/03, first bulk IN and OUT), and Samsung's
/// Download mode (VID 04E8, device class 02, a CDC data interface 0a with two bulk endpoints, as Heimdall finds it).
enum USBEnumeration {
    static let adbClass: UInt8 = 0xFF
    static let adbSubclass: UInt8 = 0x42
    static let adbProtocol: UInt8 = 0x01
    static let fastbootProtocol: UInt8 = 0x03
    /// Samsung's vendor ID; in Download mode its devices are CDC (class 02) with a CDC data interface (0a).
    static let samsungVendor: UInt16 = 0x04E8
    static let cdcDataClass: UInt8 = 0x0A

    /// The ADB or fastboot interface of `device`, or nil when it has none.
    static func describe(_ device: OpaquePointer, readSerial: Bool) -> USBDeviceInfo? {
        var descriptor = libusb_device_descriptor()
        guard libusb_get_device_descriptor(device, &descriptor) == 0,
              descriptor.bDeviceClass == 0 || descriptor.bDeviceClass == 0xEF
                || (descriptor.idVendor == samsungVendor && descriptor.bDeviceClass == 0x02) else { return nil }
        var config: UnsafeMutablePointer<libusb_config_descriptor>?
        guard libusb_get_active_config_descriptor(device, &config) == 0, let config else { return nil }
        defer { libusb_free_config_descriptor(config) }
        guard let found = findInterface(config.pointee, samsung: descriptor.idVendor == samsungVendor) else { return nil }

        var ports = [UInt8](repeating: 0, count: 8)
        let depth = libusb_get_port_numbers(device, &ports, Int32(ports.count))
        var info = USBDeviceInfo(
            busNumber: libusb_get_bus_number(device), deviceAddress: libusb_get_device_address(device),
            portPath: Array(ports.prefix(max(0, Int(depth)))), vendorID: descriptor.idVendor, productID: descriptor.idProduct,
            serial: nil, kind: found.kind, interfaceNumber: found.number,
            endpointIn: found.endpointIn, endpointOut: found.endpointOut, maxPacketSize: found.maxPacketSize)
        if readSerial, descriptor.iSerialNumber != 0 {
            info.serial = readString(device, index: descriptor.iSerialNumber)
        }
        return info
    }

    /// Whether `device` is the one `info` was read from.
    static func matches(_ device: OpaquePointer, _ info: USBDeviceInfo) -> Bool {
        guard libusb_get_bus_number(device) == info.busNumber,
              libusb_get_device_address(device) == info.deviceAddress else { return false }
        var ports = [UInt8](repeating: 0, count: 8)
        let depth = libusb_get_port_numbers(device, &ports, Int32(ports.count))
        return Array(ports.prefix(max(0, Int(depth)))) == info.portPath
    }

    private struct Found {
        var kind: USBDeviceInfo.Kind
        var number: UInt8
        var endpointIn: UInt8
        var endpointOut: UInt8
        var maxPacketSize: Int
    }

    private static func findInterface(_ config: libusb_config_descriptor, samsung: Bool) -> Found? {
        guard let interfaces = config.interface else { return nil }
        for index in 0..<Int(config.bNumInterfaces) {
            let interface = interfaces[index]
            guard interface.num_altsetting > 0, let settings = interface.altsetting else { continue }
            let setting = settings[0]
            let kind: USBDeviceInfo.Kind
            if samsung && setting.bInterfaceClass == cdcDataClass && setting.bNumEndpoints == 2 {
                kind = .odin
            } else {
                guard setting.bInterfaceClass == adbClass, setting.bInterfaceSubClass == adbSubclass else { continue }
                switch setting.bInterfaceProtocol {
                case adbProtocol: kind = .adb
                case fastbootProtocol: kind = .fastboot
                default: continue
                }
            }
            var endpointIn: UInt8?, endpointOut: UInt8?, packetSize = 0
            if let endpoints = setting.endpoint {
                for e in 0..<Int(setting.bNumEndpoints) {
                    let endpoint = endpoints[e]
                    guard endpoint.bmAttributes & 0x03 == UInt8(LIBUSB_TRANSFER_TYPE_BULK.rawValue) else { continue }
                    if endpoint.bEndpointAddress & 0x80 != 0 {
                        if endpointIn == nil { endpointIn = endpoint.bEndpointAddress }
                    } else if endpointOut == nil {
                        endpointOut = endpoint.bEndpointAddress
                        packetSize = Int(endpoint.wMaxPacketSize & 0x07FF)
                    }
                }
            }
            guard let endpointIn, let endpointOut, packetSize > 0 else { continue }
            return Found(kind: kind, number: setting.bInterfaceNumber, endpointIn: endpointIn, endpointOut: endpointOut,
                         maxPacketSize: packetSize)
        }
        return nil
    }

    /// Opens `device` briefly to read a string descriptor (ASCII, as adb shows serials).
    private static func readString(_ device: OpaquePointer, index: UInt8) -> String? {
        var handle: OpaquePointer?
        guard libusb_open(device, &handle) == 0, let handle else { return nil }
        defer { libusb_close(handle) }
        return readString(handle: handle, index: index)
    }

    /// Reads string descriptor `index` through an open handle.
    static func readString(handle: OpaquePointer, index: UInt8) -> String? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = libusb_get_string_descriptor_ascii(handle, index, &buffer, Int32(buffer.count))
        guard count >= 0 else { return nil }
        return String(decoding: buffer.prefix(Int(count)), as: UTF8.self)
    }
}
