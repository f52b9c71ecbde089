import Diagnostics
import Foundation
import Synchronization
import Transports
import USBHost

/// One line of `valise devices`.
public struct DeviceSummary: Sendable, Codable, Equatable {
    /// The connection state, as `adb devices` words it.
    public enum State: String, Sendable, Codable {
        case device, unauthorized, offline, fastboot, busy
        /// Samsung Download mode (Odin).
        case download
    }

    /// The slot in the case (USB only; nil over TCP).
    public var slot: Int?
    /// `ro.serialno` (or the address while unknown).
    public var serial: String
    /// `ro.product.model`.
    public var model: String?
    /// `ro.build.version.release`.
    public var android: String?
    /// Battery level in percent.
    public var battery: Int?
    /// The state.
    public var state: State
    /// "127.0.0.1:5555" or "usb 1-2.3".
    public var address: String
    /// Why the tablet is not usable, when it is not.
    public var problem: String?
    /// The case (or cart) the slot belongs to, from its case map.
    public var caseName: String?

    /// Creates a line.
    public init(slot: Int? = nil, serial: String, model: String? = nil, android: String? = nil, battery: Int? = nil,
                state: State, address: String, problem: String? = nil, caseName: String? = nil) {
        self.slot = slot
        self.serial = serial
        self.model = model
        self.android = android
        self.battery = battery
        self.state = state
        self.address = address
        self.problem = problem
        self.caseName = caseName
    }

    /// `valise devices` order: by case, then slot, then address (tablets without a slot last).
    public static func listingOrder(_ a: DeviceSummary, _ b: DeviceSummary) -> Bool {
        let left = (a.slot == nil ? 1 : 0, a.caseName ?? "", a.slot ?? 0, a.address)
        let right = (b.slot == nil ? 1 : 0, b.caseName ?? "", b.slot ?? 0, b.address)
        return left < right
    }
}

/// Whether and how a directory looks at USB.
public enum USBAccess: Sendable {
    /// Open libusb when asked; a computer without USB just has no USB tablets.
    case automatic
    /// Do not look at USB.
    case disabled
    /// Use this libusb context.
    case context(USBContext)
}

/// Finds tablets on USB (libusb, or through a running adb server) and on the given TCP addresses.
public struct DeviceDirectory: Sendable {
    /// How tablets are reached.
    public let connector: DeviceConnector
    /// The TCP addresses to look at.
    public let addresses: [TCPAddress]
    /// Whether to look at USB through libusb.
    public var usb: USBAccess
    /// Port paths → slots.
    public var caseMaps: CaseMaps
    /// When set, USB tablets are reached through this adb server instead of libusb.
    public var adbServer: ADBServerClient?

    /// Creates a directory.
    public init(connector: DeviceConnector, addresses: [TCPAddress], usb: USBAccess = .automatic, caseMaps: CaseMaps = .none,
                adbServer: ADBServerClient? = nil) {
        self.connector = connector
        self.addresses = addresses
        self.usb = usb
        self.caseMaps = caseMaps
        self.adbServer = adbServer
    }

    /// The USB side, or nil when USB is not looked at (disabled, through an adb server, or no libusb here).
    public func usbTablets(connector: DeviceConnector? = nil) -> USBTablets? {
        guard adbServer == nil else { return nil }
        let context: USBContext
        switch usb {
        case .disabled: return nil
        case .context(let given): context = given
        case .automatic:
            guard let opened = try? USBContext() else { return nil }
            context = opened
        }
        return USBTablets(context: context, connector: connector ?? self.connector, caseMaps: caseMaps)
    }

    /// Connects to every address at once (one thread each, at most `parallel`), in address order.
    public func probeAll(parallel: Int = 16) -> [Result<ADBDevice, DeviceError>] {
        let results = ResultBox<ADBDevice>(count: addresses.count)
        let gate = DispatchSemaphore(value: max(1, parallel))
        let group = DispatchGroup()
        for (index, address) in addresses.enumerated() {
            gate.wait()
            group.enter()
            // A thread per probe: connecting blocks, and Dispatch's pool on Linux is only as wide as the cores.
            Thread { [connector] in
                defer { gate.signal(); group.leave() }
                do { results.set(index, .success(try connector.connect(address))) } catch let error as DeviceError {
                    results.set(index, .failure(error))
                } catch {
                    results.set(index, .failure(DeviceError.transport(error, tablet: address.description)))
                }
            }.start()
        }
        group.wait()
        return results.values
    }

    /// A summary of every tablet (USB, adb server, TCP), in listing order. Someone has 5 s at most to tap Allow.
    public func summaries() -> [DeviceSummary] {
        var quick = connector
        quick.options.authorizationTimeout = min(connector.options.authorizationTimeout, .seconds(5))
        let usbLines = usbTablets(connector: quick)?.summaries() ?? []
        let serverLines = adbServer.map(serverSummaries) ?? []
        let tcpLines = zip(addresses, DeviceDirectory(connector: quick, addresses: addresses, usb: .disabled).probeAll()).map { address, result in
            switch result {
            case .success(let device):
                defer { device.close() }
                return Self.summary(of: device)
            case .failure(let error):
                let state: DeviceSummary.State = error.kind == .unauthorized ? .unauthorized : .offline
                return DeviceSummary(slot: nil, serial: address.description, state: state, address: address.description, problem: error.summary)
            }
        }
        return (usbLines + serverLines + tcpLines).sorted(by: DeviceSummary.listingOrder)
    }

    /// The tablets a running adb server knows, with slots from their USB port paths.
    func serverSummaries(_ server: ADBServerClient) -> [DeviceSummary] {
        guard let entries = try? server.devices() else { return [] }
        let paths = ADBServerClient.portPaths(of: entries)
        let results = ResultBox<DeviceSummary>(count: entries.count)
        let group = DispatchGroup()
        for (index, entry) in entries.enumerated() {
            group.enter()
            let path = paths[entry.serial]
            Thread { [connector, caseMaps] in
                defer { group.leave() }
                let place = path.flatMap(caseMaps.place)
                var line = DeviceSummary(slot: place?.slot, serial: entry.serial, state: .offline,
                                         address: path.map { "usb \($0)" } ?? entry.serial, caseName: place?.caseName)
                switch entry.state {
                case "device":
                    if let device = try? server.connect(serial: entry.serial, options: connector.options) {
                        defer { device.close() }
                        let read = Self.summary(of: device)
                        (line.model, line.android, line.battery, line.state) = (read.model, read.android, read.battery, .device)
                    } else {
                        line.problem = Say.adbServerNoShell
                    }
                case "unauthorized": line.state = .unauthorized
                case "bootloader", "fastboot": line.state = .fastboot
                default: line.problem = Say.adbServerSays(entry.state)
                }
                results.set(index, .success(line))
            }.start()
        }
        group.wait()
        return results.values.compactMap { try? $0.get() }
    }

    /// The tablet with `serial`: on USB first (libusb, or the adb server), then on the TCP addresses.
    public func device(serial: String, onWaitingForUser: (@Sendable () -> Void)? = nil) throws -> ADBDevice {
        if let server = adbServer, try server.devices().contains(where: { $0.serial == serial }) {
            return try server.connect(serial: serial, options: connector.options)
        }
        if let usb = usbTablets(), let device = try usb.device(serial: serial, onWaitingForUser: onWaitingForUser) {
            return device
        }
        var problems: [DeviceError] = []
        var seen: [String] = []
        var found: ADBDevice?
        for result in probeAll() {
            switch result {
            case .success(let device) where device.serial == serial && found == nil: found = device
            case .success(let device):
                seen.append(device.serial)
                device.close()
            case .failure(let error): problems.append(error)
            }
        }
        if let found { return found }
        // The serial asked for is the cause; a tablet that did not let this computer in is a separate fact.
        throw Self.notFound(serial: serial, seen: seen, unreached: problems, looked: lookedAt)
    }

    /// The line of `valise devices` for a connected tablet (its facts read; the banner's model when they cannot be).
    public static func summary(of device: ADBDevice) -> DeviceSummary {
        guard let facts = try? TabletFacts.read(device) else {
            return DeviceSummary(slot: nil, serial: device.serial, model: device.banner.model.map { TabletText.clean($0, limit: TabletText.maxValueLength) }, state: .device, address: device.address)
        }
        return facts.summary(address: device.address)
    }

    /// The `level:` line of `dumpsys battery`.
    public static func parseBatteryLevel(_ text: String) -> Int? {
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("level:") { return Int(trimmed.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
        }
        return nil
    }
}

/// Results filled in from several threads, one slot each (the slots are one `Mutex`).
final class ResultBox<T: Sendable>: Sendable {
    private let storage: Mutex<[Result<T, DeviceError>?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: Result<T, DeviceError>) {
        storage.withLock { $0[index] = value }
    }

    var values: [Result<T, DeviceError>] {
        storage.withLock { storage in
            storage.map { $0 ?? .failure(DeviceError(.unreachable, tablet: "?", summary: Say.noAnswer, reason: "", action: "")) }
        }
    }
}
