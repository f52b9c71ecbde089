import Foundation
internal import CLibUSB
import Synchronization

/// How ``USBContext/watch(mode:onArrive:onLeave:)`` learns about devices.
public enum USBWatchMode: Sendable {
    /// libusb's hotplug events when it has them (Linux with udev), otherwise polling.
    case automatic
    /// Enumerate every second and compare.
    case polling
}

/// A running watch; ``cancel()`` (or releasing it) stops the callbacks.
public final class USBWatch: Sendable {
    private let context: USBContext
    private let watcher: HotplugWatcher

    init(context: USBContext, watcher: HotplugWatcher) {
        self.context = context
        self.watcher = watcher
    }

    deinit { cancel() }

    /// Whether libusb hotplug events are used (false: polling).
    public var usesHotplugEvents: Bool { watcher.registration.withLock { $0 } != nil }

    /// Stops the callbacks; one already running finishes.
    public func cancel() {
        guard watcher.active.exchange(false, ordering: .sequentiallyConsistent) else { return }
        if let handle = watcher.registration.withLock({ $0 }) {
            libusb_hotplug_deregister_callback(context.pointer, handle)
        }
        watcher.stopPolling()
    }
}

extension USBContext {
    /// Calls `onArrive` for every ADB or fastboot interface present now and plugged in later,
    /// and `onLeave` (with the same description) when it goes. Callbacks run one at a time on a private queue.
    public func watch(mode: USBWatchMode = .automatic,
                      onArrive: @escaping @Sendable (USBDeviceInfo) -> Void,
                      onLeave: @escaping @Sendable (USBDeviceInfo) -> Void) throws(USBError) -> USBWatch {
        let watcher = HotplugWatcher(onArrive: onArrive, onLeave: onLeave)
        // The context keeps the watcher for its lifetime: libusb may still hold its pointer.
        watchers.withLock { $0.append(watcher) }
        if mode == .automatic, hasHotplug {
            let any = valise_libusb_hotplug_match_any()
            var handle: libusb_hotplug_callback_handle = 0
            let events = Int32(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED.rawValue | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT.rawValue)
            try USBError.check(libusb_hotplug_register_callback(
                pointer, events, Int32(LIBUSB_HOTPLUG_ENUMERATE.rawValue), any, any, any,
                usbHotplugEvent, Unmanaged.passUnretained(watcher).toOpaque(), &handle))
            watcher.registration.withLock { $0 = handle }
        } else {
            watcher.startPolling(context: self)
        }
        return USBWatch(context: self, watcher: watcher)
    }
}

/// A libusb device reference that is safe to hand to another thread (unreferenced in deinit).
final class USBDeviceReference: @unchecked Sendable {
    let device: OpaquePointer
    init(_ device: OpaquePointer) { self.device = libusb_ref_device(device) ?? device }
    deinit { libusb_unref_device(device) }
}

/// The state behind one watch. Thread safety: `known` and `timer` are touched only on `queue`;
/// `active` is atomic and `registration` is in a `Mutex`.
final class HotplugWatcher: @unchecked Sendable {
    struct Key: Hashable { var bus: UInt8; var address: UInt8 }

    let active = Atomic<Bool>(true)
    let registration = Mutex<libusb_hotplug_callback_handle?>(nil)
    private let onArrive: @Sendable (USBDeviceInfo) -> Void
    private let onLeave: @Sendable (USBDeviceInfo) -> Void
    private let queue = DispatchQueue(label: "valise.usb.hotplug")
    private var known: [Key: USBDeviceInfo] = [:]
    private var timer: DispatchSourceTimer?

    init(onArrive: @escaping @Sendable (USBDeviceInfo) -> Void, onLeave: @escaping @Sendable (USBDeviceInfo) -> Void) {
        self.onArrive = onArrive
        self.onLeave = onLeave
    }

    /// From the event thread: read the descriptors (and open for the serial) on the queue, not here.
    func arrived(_ device: OpaquePointer) {
        let reference = USBDeviceReference(device)
        queue.async { [self] in
            guard active.load(ordering: .relaxed),
                  let info = USBEnumeration.describe(reference.device, readSerial: true) else { return }
            known[Key(bus: info.busNumber, address: info.deviceAddress)] = info
            onArrive(info)
        }
    }

    func left(bus: UInt8, address: UInt8) {
        queue.async { [self] in
            guard let info = known.removeValue(forKey: Key(bus: bus, address: address)),
                  active.load(ordering: .relaxed) else { return }
            onLeave(info)
        }
    }

    func startPolling(context: USBContext) {
        queue.async { [self] in
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now(), repeating: .seconds(1))
            timer.setEventHandler { [weak self, weak context] in
                guard let self, let context else { return }
                self.poll(context)
            }
            self.timer = timer
            timer.resume()
        }
    }

    func stopPolling() {
        queue.async { [self] in
            timer?.cancel()
            timer = nil
        }
    }

    private func poll(_ context: USBContext) {
        guard active.load(ordering: .relaxed), let now = try? context.devices() else { return }
        let current = Dictionary(now.map { (Key(bus: $0.busNumber, address: $0.deviceAddress), $0) }, uniquingKeysWith: { a, _ in a })
        for (key, info) in known where current[key] == nil {
            known[key] = nil
            onLeave(info)
        }
        for (key, info) in current.sorted(by: { ($0.key.bus, $0.key.address) < ($1.key.bus, $1.key.address) }) where known[key] == nil {
            known[key] = info
            onArrive(info)
        }
    }
}

/// The C hotplug callback: no captures; `user_data` is the watcher (kept alive by its context).
private let usbHotplugEvent: libusb_hotplug_callback_fn = { _, device, event, userData in
    guard let device, let userData else { return 0 }
    let watcher = Unmanaged<HotplugWatcher>.fromOpaque(userData).takeUnretainedValue()
    guard watcher.active.load(ordering: .relaxed) else { return 0 }
    if event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED {
        watcher.arrived(device)
    } else {
        watcher.left(bus: libusb_get_bus_number(device), address: libusb_get_device_address(device))
    }
    return 0
}
