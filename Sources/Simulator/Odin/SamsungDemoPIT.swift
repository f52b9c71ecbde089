import Odin

/// The PIT of the simulated Samsung tablets (a Galaxy Tab A8 layout, trimmed): what firmware packages map onto.
public enum SamsungDemoPIT {
    /// Partitions and the file each takes.
    public static let tablet = tablet(model: "SM-X200")

    /// The same layout, its header naming `model` (as the simulated Download mode reports its model).
    public static func tablet(model: String) -> PIT { PIT(entries: entries, headerExtra: Array("COM_TAR2".utf8) + [0, 0, 0, 0] + Array(model.utf8.prefix(8))) }

    static let entries = [
        PITEntry(deviceType: 8, identifier: 80, partitionName: "BOOTLOADER", flashFileName: "sboot.bin"),
        PITEntry(deviceType: 8, identifier: 81, partitionName: "UP_PARAM", flashFileName: "up_param.bin"),
        PITEntry(deviceType: 8, identifier: 5, partitionName: "BOOT", flashFileName: "boot.img"),
        PITEntry(deviceType: 8, identifier: 6, partitionName: "RECOVERY", flashFileName: "recovery.img"),
        PITEntry(deviceType: 8, identifier: 7, partitionName: "DTBO", flashFileName: "dtbo.img"),
        PITEntry(deviceType: 8, identifier: 8, partitionName: "VBMETA", flashFileName: "vbmeta.img"),
        PITEntry(deviceType: 8, identifier: 20, partitionName: "SUPER", flashFileName: "super.img"),
        PITEntry(deviceType: 8, identifier: 24, partitionName: "CACHE", flashFileName: "cache.img"),
        PITEntry(deviceType: 8, identifier: 30, partitionName: "OMR", flashFileName: "omr.img"),
        PITEntry(binaryType: 1, deviceType: 8, identifier: 11, partitionName: "RADIO", flashFileName: "modem.bin"),
    ]
}
