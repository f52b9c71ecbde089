import ADB
import Transports
import Foundation

/// A tablet reached over ADB, addressed by its serial.
public final class ADBDevice: Sendable {
    /// The connection.
    public let session: ADBSession
    /// `ro.serialno`.
    public let serial: String
    /// Where it is connected: "127.0.0.1:5555", "usb 1-2.3".
    public let address: String

    /// Wraps a connected session; `serial` comes from USB or from `getprop ro.serialno`.
    public init(session: ADBSession, serial: String) {
        self.session = session
        self.serial = serial
        self.address = session.transport.address
    }

    /// "SERIAL (address)".
    public var label: String { "\(serial) (\(address))" }
    /// The tablet's banner.
    public var banner: ADBBanner { session.info.banner }
    /// Whether the tablet and Valise both support `feature`.
    public func supports(_ feature: String) -> Bool { session.info.supports(feature) }

    /// Closes the connection.
    public func close() { session.close() }

    /// Opens `localabstract:NAME` (e.g. the agent's `valise-agent` socket).
    public func openLocalAbstract(_ name: String) throws -> ADBStream {
        try session.openStream(ADBService.localAbstract(name))
    }

    /// Reboots the tablet (`reboot:`, `reboot:bootloader`…); the connection ends.
    public func reboot(_ target: RebootTarget = .system) throws {
        defer { session.close() }
        do {
            let stream = try session.openStream(ADBService.reboot(target))
            _ = try? stream.readAll(limit: 4096, timeout: .seconds(5))
        } catch let error as DeviceError where error.kind == .disconnected {
            // The tablet went down before it acknowledged the request (it is rebooting, as asked); over USB it
            // leaves the bus at once. Whoever waits for it next finds out whether it comes back.
        }
    }

    /// Runs `exec:COMMAND`, writing `input` then reading until the tablet closes the stream.
    public func exec(_ command: String, input: [UInt8] = [], timeout: Duration? = nil) throws -> [UInt8] {
        let stream = try session.openStream(ADBService.exec(command))
        defer { stream.close() }
        if !input.isEmpty { try stream.write(input, timeout: timeout) }
        return try stream.readAll(timeout: timeout)
    }
}
