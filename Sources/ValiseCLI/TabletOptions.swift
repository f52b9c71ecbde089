import ADB
import ArgumentParser
import Devices
import Foundation
import Signing
import Transports

/// Options shared by every command that talks to tablets.
struct TabletOptions: ParsableArguments {
    @Option(name: .customLong("tcp"), help: ArgumentHelp("A tablet over TCP: HOST:PORT or a range HOST:PORT-PORT (repeatable; also VALISE_TCP).", valueName: "ADDR"))
    var tcp: [String] = []

    @Flag(name: .long, help: "Show technical detail in errors.")
    var verbose = false

    @Option(name: .customLong("auth-timeout"), help: "Seconds to wait for someone to tap Allow on a tablet.")
    var authTimeoutSeconds: Int = 30

    /// The TCP addresses from --tcp and VALISE_TCP.
    func addresses() throws -> [TCPAddress] {
        do {
            return try TCPAddress.parseAll(tcp, environment: ProcessInfo.processInfo.environment["VALISE_TCP"])
        } catch let error as TCPAddress.ParseError {
            throw ValidationError(error.description)
        }
    }

    /// A connector with this workstation's keys.
    func connector() throws -> DeviceConnector {
        let keyring: ADBKeyring
        do {
            keyring = try DeviceConnector.loadKeyring()
        } catch let error as SigningError {
            throw KeyError(error)
        }
        var options = SessionOptions()
        options.authorizationTimeout = .seconds(authTimeoutSeconds)
        return DeviceConnector(authenticator: keyring, options: options)
    }

    /// The tablet named by `serial` (a serial, or directly HOST:PORT).
    func device(_ serial: String) throws -> ADBDevice {
        let connector = try connector()
        if let direct = try? TCPAddress.parse(serial), direct.count == 1 {
            return try connector.connect(direct[0], onWaitingForUser: Self.tellToTapAllow(serial))
        }
        return try DeviceDirectory(connector: connector, addresses: try addresses()).device(serial: serial)
    }

    static func tellToTapAllow(_ tablet: String) -> @Sendable () -> Void {
        { Console.error("Tablet \(tablet): unlock it and tap Allow on \"Allow USB debugging?\" (tick \"Always allow\").") }
    }
}

/// The workstation's ADB key could not be loaded or created.
struct KeyError: ValiseError {
    let underlying: SigningError
    init(_ underlying: SigningError) { self.underlying = underlying }
    var summary: String { "This workstation's ADB key could not be used." }
    var reason: String { underlying.summary }
    var action: String { "Check ~/.android/adbkey and $VALISE_HOME/adbkey (readable, RSA-2048 PEM), or move the broken file away so Valise creates a new key." }
    var detail: String? { underlying.detail }
    var helpTopic: String? { "adb-keys" }
}
