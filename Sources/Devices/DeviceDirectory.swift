import ADB
import Transports
import Foundation

/// One line of `valise devices`.
public struct DeviceSummary: Sendable, Codable, Equatable {
    /// The connection state, as `adb devices` words it.
    public enum State: String, Sendable, Codable {
        case device, unauthorized, offline, fastboot, busy
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
}

/// Finds tablets on the given TCP addresses (USB joins when its transport lands).
public struct DeviceDirectory: Sendable {
    /// How tablets are reached.
    public let connector: DeviceConnector
    /// The TCP addresses to look at.
    public let addresses: [TCPAddress]

    /// Creates a directory.
    public init(connector: DeviceConnector, addresses: [TCPAddress]) {
        self.connector = connector
        self.addresses = addresses
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

    /// A summary of every tablet: serial, model, Android, battery and state.
    public func summaries() -> [DeviceSummary] {
        zip(addresses, probeAll()).map { address, result in
            switch result {
            case .success(let device):
                defer { device.close() }
                return Self.summary(of: device)
            case .failure(let error):
                let state: DeviceSummary.State = error.kind == .unauthorized ? .unauthorized : .offline
                return DeviceSummary(slot: nil, serial: address.description, state: state, address: address.description, problem: error.summary)
            }
        }
    }

    /// The tablet with `serial`; others found on the way are closed.
    public func device(serial: String) throws -> ADBDevice {
        var problems: [DeviceError] = []
        var found: ADBDevice?
        for result in probeAll() {
            switch result {
            case .success(let device) where device.serial == serial && found == nil: found = device
            case .success(let device): device.close()
            case .failure(let error): problems.append(error)
            }
        }
        if let found { return found }
        if let unauthorized = problems.first(where: { $0.kind == .unauthorized }) { throw unauthorized }
        throw DeviceError(.notFound, tablet: serial, summary: "No tablet with serial \(serial) was found.",
                          reason: addresses.isEmpty ? "No tablet addresses were given."
                              : "None of the \(addresses.count) addresses looked at answered with that serial.",
                          action: "Run `valise devices` to see the tablets and their serials; give --tcp ADDR for tablets over the network.",
                          helpTopic: "finding-tablets")
    }

    static func summary(of device: ADBDevice) -> DeviceSummary {
        let android = try? device.property("ro.build.version.release")
        let battery = (try? device.check("dumpsys battery")).flatMap(parseBatteryLevel)
        return DeviceSummary(slot: nil, serial: device.serial, model: device.banner.model ?? (try? device.property("ro.product.model")),
                             android: android, battery: battery, state: .device, address: device.address)
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

/// Results filled in from several threads (guarded by a lock).
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Result<T, DeviceError>?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<T, DeviceError>) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Result<T, DeviceError>] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0 ?? .failure(DeviceError(.unreachable, tablet: "?", summary: "No answer.", reason: "", action: "")) }
    }
}
