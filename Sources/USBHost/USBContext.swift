import Foundation
internal import CLibUSB
import Synchronization

/// One libusb context with its event thread: enumeration, opening devices and hotplug.
///
/// Thread safety: the context pointer is set once and libusb's context is thread-safe; the
/// event thread is owned by ``USBEventLoop`` (an atomic flag plus a semaphore); hotplug
/// watchers are kept in a `Mutex`. Handles and watchers keep their context alive, so
/// `libusb_exit` runs only after everything using it is gone.
public final class USBContext: @unchecked Sendable {
    let pointer: OpaquePointer
    private let loop: USBEventLoop
    let watchers = Mutex<[HotplugWatcher]>([])

    /// Initialises libusb and starts the event thread.
    ///
    /// libusb's udev monitor occasionally fails to start (LIBUSB_ERROR_OTHER) when several processes
    /// start at once; a second try a moment later succeeds, so `libusb_init` is tried three times.
    public init() throws(USBError) {
        var context: OpaquePointer?
        var result = libusb_init(&context)
        for _ in 0..<2 where result == LIBUSB_ERROR_OTHER.rawValue {
            usleep(50_000)
            result = libusb_init(&context)
        }
        try USBError.check(result)
        guard let context else { throw USBError.other }
        pointer = context
        _ = valise_libusb_set_log_level(context, Int32(LIBUSB_LOG_LEVEL_NONE.rawValue))
        loop = USBEventLoop(context: context)
        loop.start()
    }

    deinit {
        // Never on the event thread in practice (transfer callbacks drop their references
        // elsewhere); if it were, waiting for that thread would deadlock: leak instead.
        if loop.stop() { libusb_exit(pointer) }
    }

    /// The version of the libusb library in use ("1.0.26").
    public static var libraryVersion: String {
        guard let version = libusb_get_version() else { return "unknown" }
        return "\(version.pointee.major).\(version.pointee.minor).\(version.pointee.micro)"
    }

    /// Whether this libusb reports arrivals and removals itself (otherwise ``watch(onArrive:onLeave:)`` polls).
    public var hasHotplug: Bool { libusb_has_capability(UInt32(LIBUSB_CAP_HAS_HOTPLUG.rawValue)) != 0 }

    /// Every ADB and fastboot interface on the bus now, sorted by bus and port path.
    ///
    /// Each device is opened briefly to read its serial; one that cannot be opened is listed with `serial == nil`.
    public func devices() throws(USBError) -> [USBDeviceInfo] {
        try withDeviceList { list in
            list.compactMap { USBEnumeration.describe($0, readSerial: true) }
        }
        .sorted { a, b in a.busNumber != b.busNumber ? a.busNumber < b.busNumber : a.portPath.lexicographicallyPrecedes(b.portPath) }
    }

    /// Opens the device described by `info` (same bus, port path and address).
    public func open(_ info: USBDeviceInfo) throws(USBError) -> USBDeviceHandle {
        let handle: OpaquePointer = try withDeviceList { list throws(USBError) in
            guard let device = list.first(where: { USBEnumeration.matches($0, info) }) else { throw USBError.noDevice }
            var handle: OpaquePointer?
            try USBError.check(libusb_open(device, &handle))
            guard let handle else { throw USBError.other }
            return handle
        }
        return USBDeviceHandle(context: self, handle: handle, info: info)
    }

    /// Runs `body` over the current device list, freed afterwards.
    func withDeviceList<T>(_ body: ([OpaquePointer]) throws(USBError) -> T) throws(USBError) -> T {
        var list: UnsafeMutablePointer<OpaquePointer?>?
        let count = libusb_get_device_list(pointer, &list)
        guard count >= 0, let list else { throw USBError(rawValue: Int32(truncatingIfNeeded: count)) }
        defer { libusb_free_device_list(list, 1) }
        let devices = (0..<Int(count)).compactMap { list[$0] }
        return try body(devices)
    }
}

/// The thread running `libusb_handle_events_timeout_completed` until stopped.
///
/// Thread safety: `running` is atomic; `eventThread` is written once, in `start()`, before the
/// thread runs and before `stop()` can be called; `stop()` interrupts the
/// handler and waits for the thread to exit.
final class USBEventLoop: @unchecked Sendable {
    private let context: OpaquePointer
    private let running = Atomic<Bool>(false)
    private let exited = DispatchSemaphore(value: 0)

    init(context: OpaquePointer) { self.context = context }

    private var eventThread: Thread?   // written in start(), before the thread exists; read-only after

    func start() {
        running.store(true, ordering: .sequentiallyConsistent)
        let thread = Thread { [self] in
            while running.load(ordering: .sequentiallyConsistent) {
                var timeout = timeval(tv_sec: 1, tv_usec: 0)
                _ = libusb_handle_events_timeout_completed(context, &timeout, nil)
            }
            exited.signal()
        }
        thread.name = "libusb events"
        eventThread = thread
        thread.start()
    }

    /// Stops the thread and waits for it; false (without waiting) when called on the event thread itself.
    func stop() -> Bool {
        guard running.exchange(false, ordering: .sequentiallyConsistent) else { return true }
        libusb_interrupt_event_handler(context)
        if eventThread === Thread.current { return false }
        exited.wait()
        return true
    }
}
