import ArgumentParser
import Devices
import Diagnostics
import Foundation
import Signing
import Transports

/// Options shared by every command that talks to tablets.
struct TabletOptions: ParsableArguments {
    @Option(name: .customLong("tcp"), help: ArgumentHelp(Say.helpTCP, valueName: "ADDR"))
    var tcp: [String] = []

    @Flag(name: .long, help: ArgumentHelp(Say.helpVerbose))
    var verbose = false

    @Option(name: .customLong("auth-timeout"), help: ArgumentHelp(Say.helpAuthTimeout))
    var authTimeoutSeconds: Int = 30

    @Option(name: .customLong("step-timeout"), help: ArgumentHelp(Say.helpStepTimeout))
    var stepTimeoutSeconds: Int = 300

    @Option(name: .customLong("case"), help: ArgumentHelp(Say.helpCaseMap, valueName: "FILE"))
    var caseFiles: [String] = []

    @Flag(name: .customLong("via-adb-server"), help: ArgumentHelp(Say.helpViaADBServer))
    var viaADBServer = false

    /// The case maps from --case, or the default folders.
    func caseMaps() throws -> CaseMaps {
        try CaseMaps.load(files: caseFiles)
    }

    /// Every source of tablets these options name: USB (or the adb server) and the TCP addresses.
    func directory() throws -> DeviceDirectory {
        DeviceDirectory(connector: try connector(), addresses: try addresses(), caseMaps: try caseMaps(),
                        adbServer: viaADBServer ? ADBServerClient.standard() : nil)
    }

    /// The TCP addresses from --tcp and VALISE_TCP.
    func addresses() throws -> [TCPAddress] {
        try TCPAddress.parseAll(tcp, environment: ProcessInfo.processInfo.environment["VALISE_TCP"])
    }

    /// A connector with this workstation's keys.
    func connector() throws -> DeviceConnector {
        let keyring = try Self.keyring()
        guard stepTimeoutSeconds > 0 else { throw ValidationError(Say.stepTimeoutAboveZero) }
        var options = SessionOptions()
        options.authorizationTimeout = .seconds(authTimeoutSeconds)
        options.stepTimeout = .seconds(stepTimeoutSeconds)
        return DeviceConnector(authenticator: keyring, options: options)
    }

    /// The tablet named by `serial` (a serial on USB or TCP, or directly HOST:PORT).
    func device(_ serial: String) throws -> ADBDevice {
        let directory = try directory()
        if let direct = try? TCPAddress.parse(serial), direct.count == 1, !viaADBServer {
            return try directory.connector.connect(direct[0], onWaitingForUser: Self.tellToTapAllow(serial))
        }
        return try directory.device(serial: serial, onWaitingForUser: Self.tellToTapAllow(serial))
    }

    /// This workstation's ADB keys; a key that cannot be used is named as this workstation's, not the parc's.
    /// What is wrong but does not stop the run (a key file others can read, an ADB_VENDOR_KEYS entry that does
    /// not exist) is said on standard error, with its fix.
    static func keyring() throws -> ADBKeyring {
        let keyring: ADBKeyring
        do { keyring = try DeviceConnector.loadKeyring() } catch let error as SigningError { throw SigningProblem.adbKey(error) }
        for warning in keyring.warnings { Console.error(Say.warningLabel + warning) }
        return keyring
    }

    static func tellToTapAllow(_ tablet: String) -> @Sendable () -> Void {
        { Console.error(Say.tapAllow(tablet)) }
    }
}

/// A key or certificate problem (the workstation's ADB key, the parc's keys), for people.
struct SigningProblem: ValiseError {
    let summary: String
    let underlying: SigningError
    let action: String
    let helpTopic: String?
    var reason: String { underlying.summary }
    var detail: String? { underlying.detail.isEmpty ? nil : underlying.detail }

    /// This workstation's ADB key could not be loaded or created.
    static func adbKey(_ error: SigningError) -> SigningProblem {
        SigningProblem(summary: Say.adbKeyUnusable, underlying: error,
                       action: Say.adbKeyFix,
                       helpTopic: "adb-keys")
    }

    /// The parc's CA or signing keys could not be created or used.
    static func parcKeys(_ error: SigningError, folder: String) -> SigningProblem {
        SigningProblem(summary: Say.parcKeysUnusable, underlying: error,
                       action: Say.parcKeysFix(folder: folder), helpTopic: "parc-keys")
    }
}
