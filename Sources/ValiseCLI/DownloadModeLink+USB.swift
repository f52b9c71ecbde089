import Devices
import Diagnostics
import Firmware
import Odin
import SamsungFirmware
import USBHost

extension DownloadModeLink {
    /// The Samsung tablet in Download mode (VID 04E8, PID 685D) on USB port `portPath`, where it keeps its slot.
    static func usb(_ usb: USBTablets, portPath: String) throws -> DownloadModeLink {
        guard let device = try OdinUSBTransport.find(in: usb.context, portPath: portPath) else { throw NotInDownloadMode(portPath: portPath) }
        let transport = try OdinUSBTransport(context: usb.context, device: device)
        return DownloadModeLink(transport: transport, label: "usb \(portPath)", turns: BusTurns.bus(ofPortPath: portPath),
                                close: { transport.close() })
    }
}

/// No tablet in Download mode on that port (yet).
struct NotInDownloadMode: Error, CustomStringConvertible {
    let portPath: String
    var description: String { Say.notInDownloadModeYet(port: portPath) }
}
