import Foundation
import Logging

/// A case of simulated tablets on consecutive loopback ports: tablet i listens on basePort + i.
public final class SimulatedCase: Sendable {
    /// The tablets, in index order.
    public let tablets: [SimulatedTablet]
    /// The bus every tablet shares (one hub), when a bus rate was given.
    public let bus: SharedBus?

    /// Starts `count` tablets; tablet i serves fastboot on fastbootBasePort + i (any free port when nil), and a Samsung
    /// one Download mode on downloadBasePort + i.
    /// Each keeps its state in `stateDirectory/<serial>` (a temporary folder when nil).
    /// `faults` apply by tablet index; identities are `TabletIdentity.sample(index:seed:)`. With `busRate` (bytes per
    /// second) every tablet sits behind one shared bus, as the tablets of a case behind one USB hub.
    public init(count: Int, basePort: UInt16, fastbootBasePort: UInt16? = nil, downloadBasePort: UInt16? = nil, host: String = "127.0.0.1",
                stateDirectory: URL?,
                seed: String = "valise",
                authMode: SimulatedAuthMode = .acceptAny, faults: [FaultSpec] = [], allowNonLoopback: Bool = false,
                identities: ((Int) -> TabletIdentity)? = nil, busRate: Double? = nil, logger: Logger = Logger(label: "valise.sim")) throws {
        let bus = busRate.map { SharedBus(bytesPerSecond: $0) }
        self.bus = bus
        var tablets: [SimulatedTablet] = []
        for index in 0..<count {
            let identity = identities?(index) ?? TabletIdentity.sample(index: index, seed: seed)
            var tabletFaults = SimulatedFaults()
            for spec in faults where spec.covers(index) {
                for word in spec.words { try tabletFaults.apply(word) }
            }
            let folder = stateDirectory?.appendingPathComponent(identity.serial, isDirectory: true)
            if let folder { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            let port = basePort == 0 ? 0 : basePort + UInt16(index)
            let fastbootPort = fastbootBasePort.map { $0 == 0 ? 0 : $0 + UInt16(index) } ?? 0
            let downloadPort = downloadBasePort.map { $0 == 0 ? 0 : $0 + UInt16(index) } ?? 0
            tablets.append(try SimulatedTablet(identity: identity, stateDirectory: folder, host: host, port: port,
                                               fastbootPort: fastbootPort, downloadPort: downloadPort, authMode: authMode,
                                               faults: tabletFaults, allowNonLoopback: allowNonLoopback, bus: bus, logger: logger))
        }
        self.tablets = tablets
    }

    /// Starts every tablet.
    public func start() { tablets.forEach { $0.start() } }

    /// Stops every tablet.
    public func stop() { tablets.forEach { $0.stop() } }

    /// "127.0.0.1:P" of each tablet.
    public var addresses: [String] { tablets.map { "127.0.0.1:\($0.port)" } }
}
