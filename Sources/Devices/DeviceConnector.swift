import ADB
import Transports
import Foundation
import Logging
import Signing

/// Connects to tablets and names them by serial.
public struct DeviceConnector: Sendable {
    /// The keys offered to tablets.
    public let authenticator: ADBAuthenticator
    /// Timeouts.
    public var options: SessionOptions
    /// Where messages go.
    public var logger: Logger

    /// Creates a connector.
    public init(authenticator: ADBAuthenticator, options: SessionOptions = SessionOptions(), logger: Logger = Logger(label: "valise.devices")) {
        self.authenticator = authenticator
        self.options = options
        self.logger = logger
    }

    /// Loads this workstation's keys: ~/.android/adbkey when present, else `$VALISE_HOME/adbkey` (created).
    public static func loadKeyring(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ADBKeyring {
        let home = environment["HOME"] ?? NSHomeDirectory()
        return try ADBKeyring.load(androidDirectory: home + "/.android", valiseHome: ValiseHome.path(environment: environment),
                                   vendorKeys: environment["ADB_VENDOR_KEYS"])
    }

    /// Connects to the tablet at `address` and reads its serial (refused when not a valid one).
    ///
    /// `onTransport` gets the connection as soon as it is made, so that a caller can close it to interrupt the
    /// handshake or the serial's read (Ctrl-C).
    public func connect(_ address: TCPAddress, onWaitingForUser: (@Sendable () -> Void)? = nil,
                        onTransport: (@Sendable (PacketTransport) -> Void)? = nil) throws -> ADBDevice {
        let transport: TCPPacketTransport
        do {
            transport = try TCPPacketTransport(host: address.host, port: address.port, connectTimeout: options.handshakeTimeout)
        } catch {
            throw DeviceError.transport(error, tablet: address.description)
        }
        onTransport?(transport)
        let session = try ADBSession.connect(transport: transport, authenticator: authenticator, label: address.description,
                                             options: options, logger: logger, onWaitingForUser: onWaitingForUser)
        return try ADBDevice.identify(session, place: address.description)
    }
}

/// Where Valise keeps its inventory, keys and logs.
public enum ValiseHome {
    /// `$VALISE_HOME`, or `~/.local/share/valise`.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["VALISE_HOME"], !home.isEmpty { return home }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/valise"
    }
}
