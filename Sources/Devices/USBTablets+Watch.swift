import USBHost

/// A running watch of the USB bus for tablets; ``cancel()`` (or releasing it) stops the callbacks.
public final class USBTabletWatch: Sendable {
    private let watch: USBWatch

    init(_ watch: USBWatch) { self.watch = watch }

    /// Stops the callbacks; one already running finishes.
    public func cancel() { watch.cancel() }
}

extension USBTabletSlot {
    /// Where the tablet is plugged ("1-1.2.3").
    public var portPath: String { info.portPathString }
    /// Its USB serial, when the descriptor gives one.
    public var serial: String? { info.serial }
}

extension USBTablets {
    /// Calls `onArrive` for every tablet in ADB mode plugged in now or later, with its place in the case maps, and
    /// `onLeave` when it goes; with `bootloadersToo`, tablets in fastboot mode or (Samsung) Download mode as well.
    /// Callbacks run one at a time on a private queue.
    public func watch(bootloadersToo: Bool, onArrive: @escaping @Sendable (USBTabletSlot) -> Void,
                      onLeave: @escaping @Sendable (USBTabletSlot) -> Void) throws(USBError) -> USBTabletWatch {
        let wanted: @Sendable (USBDeviceInfo) -> Bool = { $0.kind == .adb || (bootloadersToo && ($0.kind == .fastboot || $0.kind == .odin)) }
        let caseMaps = caseMaps
        return USBTabletWatch(try context.watch(
            onArrive: { info in if wanted(info) { onArrive(USBTabletSlot(info: info, place: caseMaps.place(of: info.portPathString))) } },
            onLeave: { info in if wanted(info) { onLeave(USBTabletSlot(info: info, place: caseMaps.place(of: info.portPathString))) } }))
    }
}
