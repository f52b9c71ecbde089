import ADB
import Foundation
import Logging
import Signing
import Synchronization
import Transports

/// One simulated tablet: an ADB device on a loopback TCP port, with a fake Android behind it.
///
/// Thread safety: an accept thread, then one reader thread per connection and one thread per
/// open stream; shared state is the persona (locked inside) and the trusted keys (locked inside).
public final class SimulatedTablet: @unchecked Sendable {
    /// The fake Android.
    public let persona: AndroidPersona
    /// The port it listens on.
    public let port: UInt16
    /// The auth mode.
    public let authMode: SimulatedAuthMode
    /// Its faults.
    public let faults: SimulatedFaults
    /// The bus it shares with the other tablets of its hub, if any.
    public let bus: SharedBus?
    private let listener: TCPSocket
    private let trust: TrustedKeys
    private let logger: Logger
    private let sessions = Mutex<[ADBSession]>([])
    private let connections = Atomic<Int>(0)
    private let opened = Mutex<[String: Int]>([:])
    /// The bootloader behind the fastboot port.
    public let bootloader: SimulatedBootloader
    private let fastboot: SimulatedFastbootPort?
    private let currentMode = Mutex(SimulatedTabletMode.android)
    /// Samsung tablets: Download mode (the Odin protocol), entered with `reboot download`.
    public let downloadMode: SimulatedDownloadMode?
    /// The loopback port Download mode answers on (framed USB transfers, for the USB testbed), while in it.
    public let downloadPort: UInt16?
    let odinPort = Mutex<SimulatedOdinPort?>(nil)

    /// Creates a tablet listening on `host:port` (port 0: any free port) for ADB and on `host:fastbootPort` for
    /// fastboot over TCP (nil: no fastboot port), and a Samsung one on `host:downloadPort` in Download mode (0: a free
    /// port). Loopback only unless `allowNonLoopback`.
    public init(identity: TabletIdentity, stateDirectory: URL?, host: String = "127.0.0.1", port: UInt16 = 0,
                fastbootPort: UInt16? = 0, downloadPort: UInt16 = 0, authMode: SimulatedAuthMode = .acceptAny, faults: SimulatedFaults = SimulatedFaults(),
                allowNonLoopback: Bool = false, bus: SharedBus? = nil, logger: Logger = Logger(label: "valise.sim")) throws {
        persona = try AndroidPersona(identity: faults.reported(identity), stateDirectory: stateDirectory, verifierFactory: CMSBundleVerifierFactory())
        var personaFaults = persona.fault
        personaFaults.storageFull = faults.storageFull
        personaFaults.batteryLow = faults.batteryLow
        personaFaults.accountsPresent = faults.accountsPresent
        personaFaults.alreadyProvisioned = faults.alreadyProvisioned
        personaFaults.installRate = faults.installRate
        personaFaults.missingServices = faults.missingServices
        persona.fault = personaFaults
        self.authMode = faults.authRefused ? .knownKeys : authMode
        self.faults = faults
        self.bus = bus
        self.logger = logger
        trust = TrustedKeys(file: persona.stateDirectory.appendingPathComponent("adb_keys"))
        do {
            listener = try TCPSocket.listen(host: host, port: port, allowNonLoopback: allowNonLoopback)
        } catch let error as SocketError where error.kind == .badAddress {
            throw SimulatorError.notLoopback(host)
        } catch {
            throw SimulatorError.cannotListen("\(host):\(port)", "\(error)")
        }
        self.port = listener.localPort
        bootloader = SimulatedBootloader(persona: persona, faults: faults)
        if identity.manufacturer.lowercased() == "samsung" {
            downloadMode = SimulatedDownloadMode(board: identity.device, pit: SamsungDemoPIT.tablet(model: faults.downloadHidesModel ? "" : identity.model), offersLargeParts: true,
                                                 writeRate: faults.flashRate)
            self.downloadPort = (try? TCPSocket.listen(host: host, port: downloadPort, allowNonLoopback: allowNonLoopback)).map { probe in
                defer { probe.close() }
                return probe.localPort
            }
        } else {
            downloadMode = nil
            self.downloadPort = nil
        }
        if let fastbootPort {
            do {
                fastboot = try SimulatedFastbootPort(host: host, port: fastbootPort, allowNonLoopback: allowNonLoopback,
                                                     bootloader: bootloader, label: "sim \(identity.serial)")
            } catch {
                listener.close()
                throw SimulatorError.cannotListen("\(host):\(fastbootPort)", "\(error)")
            }
        } else {
            fastboot = nil
        }
        fastboot?.onReboot.withLock { $0 = { [weak self] target in self?.leaveFastboot(to: target) } }
        persona.rebootHandler.withLock { $0 = { [weak self] target in self?.reboot(target) } }
        downloadMode?.onLeave.withLock { $0 = { [weak self] request in self?.leaveDownloadMode(request) } }
    }

    /// The fastboot-over-TCP port, when the tablet has one.
    public var fastbootPort: UInt16? { fastboot?.port }
    /// Whether it runs Android (ADB answers) or sits in its bootloader (fastboot answers).
    public var mode: SimulatedTabletMode { currentMode.withLock { $0 } }

    /// Reboots as `reboot TARGET` does: `bootloader` or `fastboot` into fastboot mode, anything else into Android.
    public func reboot(_ target: String) {
        if target == "download", downloadMode != nil {
            enterDownloadMode()
        } else if target == "bootloader" || target == "fastboot" {
            fastboot?.startListening()
            currentMode.withLock { $0 = .fastboot }
            unplug()
        } else {
            leaveFastboot(to: .android)
        }
    }

    func setMode(_ mode: SimulatedTabletMode) { currentMode.withLock { $0 = mode } }

    private func leaveFastboot(to target: SimulatedBootloader.BootTarget) {
        guard target == .android else { return }
        fastboot?.stopListening()
        persona.bootFlashedBuild(bootloader.takePendingBuild())
        currentMode.withLock { $0 = .android }
        unplug()
    }

    /// The serial (`ro.serialno`).
    public var serial: String { persona.identity.serial }
    /// How many host connections were accepted so far.
    public var connectionCount: Int { connections.load(ordering: .relaxed) }
    /// How many times the host opened each service ("shell,v2,raw:dpm list-owners"…) so far.
    public var servicesOpened: [String: Int] { opened.withLock { $0 } }
    /// How many keys the tablet trusts.
    public var trustedKeyCount: Int { trust.count }

    /// The CNXN banner, as adbd builds it.
    public var banner: ADBBanner {
        let identity = persona.identity
        return ADBBanner(type: .device, properties: [
            "ro.product.name": identity.productName, "ro.product.model": identity.model, "ro.product.device": identity.device,
        ], features: Self.features(sdk: identity.sdk))
    }

    /// The features adbd of that Android version advertises (by the release that brought each one).
    /// adbd is an updatable module from Android 11 (API 30), so tablets that take Google Play system
    /// updates offer `delayed_ack` there too.
    static func features(sdk: Int) -> Set<String> {
        var features: Set<String> = []
        if sdk >= 24 { features.formUnion(["shell_v2", "cmd"]) }
        if sdk >= 26 { features.insert("stat_v2") }
        if sdk >= 29 { features.formUnion(["fixed_push_mkdir", "apex"]) }
        if sdk >= 30 {
            features.formUnion(["abb", "abb_exec", "ls_v2", "fixed_push_symlink_timestamp", "remount_shell", "track_app",
                                "sendrecv_v2", "delayed_ack"])
        }
        return features
    }

    /// Starts accepting connections.
    public func start() {
        let thread = Thread { [self] in
            while let socket = listener.accept() {
                guard mode == .android else {
                    socket.close()
                    continue
                }
                connections.add(1, ordering: .relaxed)
                let connection = Thread { [self] in serve(TCPPacketTransport(socket: socket)) }
                connection.name = "sim \(serial) connection"
                connection.start()
            }
        }
        thread.name = "sim \(serial) accept"
        thread.start()
        if mode == .fastboot { fastboot?.startListening() }
        if mode == .download { enterDownloadMode() }
    }

    /// Stops listening and drops every connection (like pulling the cable).
    public func stop() {
        listener.close()
        fastboot?.stopListening()
        odinPort.withLock { $0 }?.stop()
        unplug()
        persona.flush()
    }

    /// Drops every open connection but keeps listening (a replug).
    public func unplug() {
        let open = sessions.withLock { current in
            defer { current.removeAll() }
            return current
        }
        for session in open { session.close() }
    }

    private func serve(_ socket: PacketTransport) {
        let transport = FaultyTransport(socket, delay: faults.packetDelay, dropAfter: faults.dropAfterBytes, bus: bus, latency: faults.latency)
        let handshake = DeviceHandshake(transport: transport, banner: banner, mode: authMode, trust: trust, timeout: .seconds(30))
        do {
            switch try handshake.run() {
            case .refused:
                transport.close()
            case .connected(let info):
                let session = ADBSession(transport: transport, info: info, label: "sim \(serial)", logger: logger,
                                         incomingOpen: { [persona, faults, weak self] service in
                                             self?.opened.withLock { $0[service, default: 0] += 1 }
                                             if service.hasPrefix("reboot:"), let self { return self.rebootService(String(service.dropFirst(7))) }
                                             return Self.service(service, persona: persona, faults: faults)
                                         })
                sessions.withLock { $0.append(session) }
                session.start()
            }
        } catch {
            transport.close()
        }
    }

    /// `reboot:TARGET`: the connection drops, then the tablet comes back in Android or in fastboot mode.
    private func rebootService(_ target: String) -> ADBSession.ServiceHandler {
        { [weak self] stream in
            stream.session.fail(DeviceError(.disconnected, tablet: stream.session.label, summary: "rebooting", reason: "", action: ""))
            self?.reboot(target)
        }
    }

    /// The handler of an ADB service string, or nil when the tablet does not offer it (the host sees CLSE).
    static func service(_ service: String, persona: AndroidPersona, faults: SimulatedFaults = SimulatedFaults()) -> ADBSession.ServiceHandler? {
        if service.hasPrefix("shell:") || service.hasPrefix("shell,") { return ShellService.handler(service, persona: persona, faults: faults) }
        if service.hasPrefix("exec:") { return ExecService.handler(exec: String(service.dropFirst(5)), persona: persona) }
        if service.hasPrefix("abb_exec:") { return ExecService.handler(abbExec: String(service.dropFirst(9)), persona: persona) }
        if service == "sync:" { return SyncService.handler(persona: persona, servesAnyPath: faults.servesAnyPath) }
        if service.hasPrefix("reboot:") {
            return { stream in
                stream.session.fail(DeviceError(.disconnected, tablet: stream.session.label, summary: "rebooting", reason: "", action: ""))
            }
        }
        if service == "root:" { return { try? $0.write(Array("adbd cannot run as root in production builds\n".utf8)) } }
        if service == "localabstract:\(AgentService.socketName)" && persona.isAgentListening {
            return AgentService.handler(persona: persona)
        }
        return nil
    }
}

/// What a simulated tablet is running.
public enum SimulatedTabletMode: String, Sendable, Equatable {
    /// Android: ADB answers on its port.
    case android
    /// The bootloader: fastboot answers on its fastboot port, ADB does not.
    case fastboot
    /// Samsung Download mode: the Odin protocol answers on its download port, ADB does not.
    case download
}

/// Why the simulator could not start.
public enum SimulatorError: Error, Sendable, CustomStringConvertible {
    /// A non-loopback address without the explicit flag.
    case notLoopback(String)
    /// The port is taken or not allowed.
    case cannotListen(String, String)
    /// A Download-mode connection was asked of a tablet that is not in Download mode.
    case notInDownloadMode(String)

    /// The message.
    public var description: String {
        switch self {
        case .notLoopback(let host):
            return "The simulator listens on loopback only (127.0.0.1 or ::1); \(host) is not. Use 127.0.0.1, or --allow-non-loopback if you really mean it."
        case .cannotListen(let address, let why):
            return "The simulator cannot listen on \(address) (\(why)). Choose another --base-port or stop what uses it."
        case .notInDownloadMode(let serial):
            return "Simulated tablet \(serial) is not in Download mode."
        }
    }
}
