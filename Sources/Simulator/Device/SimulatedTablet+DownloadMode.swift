import Foundation
import Odin

/// A simulated Samsung tablet's trip through Download mode: `reboot download` drops ADB and opens its Download
/// mode (in memory through `downloadLink()`, and on `downloadPort` for the USB testbed); after a session that
/// ends with a reboot it comes back in Android running what the packages carried.
extension SimulatedTablet {
    /// A new connection to the tablet in Download mode (one Odin session); throws when it is not there.
    public func downloadLink() throws -> OdinDeviceLink {
        guard mode == .download, let downloadMode else { throw SimulatorError.notInDownloadMode(serial) }
        return downloadMode.link()
    }

    func enterDownloadMode() {
        guard let downloadMode else { return }
        downloadMode.install(bootloader: persona.property("ro.bootloader"))
        setMode(.download)
        odinPort.withLock { current in
            guard current == nil, let downloadPort else { return }
            current = try? SimulatedOdinPort(tablet: downloadMode, port: downloadPort, label: "sim \(serial)")
        }
        unplug()
    }

    func leaveDownloadMode(_ request: OdinRequest) {
        guard request != .rebootToDownload, mode == .download else { return }
        odinPort.withLock { current in
            current?.stop()
            current = nil
        }
        if request == .reboot, let downloadMode { persona.bootFlashedBuild(downloadMode.flashedBuild) }
        setMode(.android)
    }
}
