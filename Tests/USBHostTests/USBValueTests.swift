import Testing
import USBHost

/// Plain values: no USB needed.
struct USBValueTests {
    @Test func portPathsAreWrittenAsSysfsNamesThem() {
        var info = USBDeviceInfo(busNumber: 1, deviceAddress: 7, portPath: [2, 3], vendorID: 0x18D1, productID: 0x4EE7, serial: "ABC",
                                 kind: .adb, interfaceNumber: 1, endpointIn: 0x81, endpointOut: 0x01, maxPacketSize: 512)
        #expect(info.portPathString == "1-2.3")
        #expect(info.address == "usb 1-2.3")
        #expect(info.description == "ABC adb usb 1-2.3 18d1:4ee7")
        info.portPath = [4]
        #expect(info.portPathString == "1-4")
    }

    @Test func errorsSayWhatToDo() {
        #expect(USBError.busy.description.contains("adb kill-server"))
        #expect(USBError.busy.description.contains("--via-adb-server"))
        #expect(USBError.access.description.contains("sudo valise setup-usb"))
        #expect(USBError.noDevice.description.contains("unplugged"))
        #expect(USBError(rawValue: -6) == .busy)
        #expect(USBError.busy.name == "LIBUSB_ERROR_BUSY")
        #expect(USBError(rawValue: -42).description.contains("-42"))
    }

    @Test func contextStartsAndStops() throws {
        for _ in 0..<3 {
            let context = try USBContext()
            #expect(!USBContext.libraryVersion.isEmpty)
            _ = try context.devices()
        }
    }
}
