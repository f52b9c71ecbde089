import ArgumentParser
import Diagnostics
import Dispatch
import Foundation
import Simulator

/// `valise sim`: simulated tablets on loopback, for tests, benchmarks and the demo.
struct SimCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sim",
            abstract: Say.helpSimAbstract,
            discussion: Say.helpSimDiscussion
        )
    }

    @Option(help: ArgumentHelp(Say.helpSimCount)) var count = 1
    @Option(name: .customLong("bus-rate"), help: ArgumentHelp(Say.helpBusRate, valueName: "RATE"))
    var busRate: String?
    @Option(name: .customLong("base-port"), help: ArgumentHelp(Say.helpBasePort)) var basePort: UInt16 = 5555
    @Option(name: .customLong("fastboot-base-port"), help: ArgumentHelp(Say.helpFastbootBasePort)) var fastbootBasePort: UInt16?
    @Option(name: .customLong("download-base-port"), help: ArgumentHelp(Say.helpDownloadBasePort))
    var downloadBasePort: UInt16?
    @Option(name: .customLong("state-dir"), help: ArgumentHelp(Say.helpStateDir)) var stateDirectory: String?
    @Option(name: .customLong("fault"), help: ArgumentHelp(Say.helpFault, valueName: "SPEC")) var faults: [String] = []
    @Option(help: ArgumentHelp(Say.helpAuth)) var auth: String = "accept-any"
    @Option(help: ArgumentHelp(Say.helpSeed)) var seed = "valise"
    @Option(help: ArgumentHelp(Say.helpHost)) var host = "127.0.0.1"
    @Flag(name: .customLong("allow-non-loopback"), help: ArgumentHelp(Say.helpAllowNonLoopback)) var allowNonLoopback = false
    @Option(help: ArgumentHelp(Say.helpDuration)) var duration: Double?
    @Option(name: .customLong("agent-forward"), help: ArgumentHelp(Say.helpAgentForward,
        valueName: "PORT")) var agentForward: UInt16?

    @Flag(name: .customLong("download-mode"), help: ArgumentHelp(Say.helpDownloadMode))
    var downloadMode = false

    func run() throws {
        guard (1...256).contains(count) else { throw ValidationError(Say.mustBeBetween("--count", 1, 256)) }
        if downloadMode { return try runDownloadMode() }
        guard let mode = SimulatedAuthMode(rawValue: auth) else {
            throw ValidationError(Say.authOneOf(SimulatedAuthMode.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let specs: [FaultSpec]
        do { specs = try faults.map(FaultSpec.init(parsing:)) } catch let error as FaultSpecError {
            throw ValidationError(error.description)
        }
        let rate = try busRate.map { text in
            guard let rate = SharedBus.parseRate(text) else { throw ValidationError(Say.busRateExample(text)) }
            return rate
        }
        let folder = stateDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let simulated: SimulatedCase
        do {
            simulated = try SimulatedCase(count: count, basePort: basePort, fastbootBasePort: fastbootBasePort, downloadBasePort: downloadBasePort, host: host,
                                          stateDirectory: folder, seed: seed,
                                          authMode: mode, faults: specs, allowNonLoopback: allowNonLoopback, busRate: rate)
        } catch let error as SimulatorError {
            throw ValidationError(error.description)
        }
        if let agentForward {
            guard Int(agentForward) + count - 1 <= Int(UInt16.max) else { throw ValidationError(Say.agentForwardNoPort(agentForward, tablet: count)) }
            for (index, tablet) in simulated.tablets.enumerated() { tablet.persona.agentForward = agentForward + UInt16(index) }
        }
        simulated.start()
        for tablet in simulated.tablets {
            let identity = tablet.persona.identity
            let fastboot = fastbootBasePort != nil ? tablet.fastbootPort.map { "  fastboot tcp:\(host):\($0)" } ?? "" : ""
            let download = downloadBasePort != nil ? tablet.downloadPort.map { "  download tcp:\(host):\($0)" } ?? "" : ""
            Console.out("\(identity.serial)  \(host):\(tablet.port)  \(identity.model)  Android \(identity.androidRelease)\(fastboot)\(download)")
        }
        Console.out(Say.simulatedReady(count, host: host, first: Int(basePort), last: Int(basePort) + count - 1))
        let sources = StopSignals { _ in
            simulated.stop()
            if let bus = simulated.bus { Console.error(bus.report) }
            Foundation.exit(0)
        }
        if let duration {
            DispatchQueue.main.asyncAfter(deadline: .now() + duration) {
                simulated.stop()
                if let bus = simulated.bus { Console.error(bus.report) }
                Foundation.exit(0)
            }
        }
        withExtendedLifetime(sources) { dispatchMain() }
    }

    /// `--download-mode`: simulated Samsung tablets in Download mode on ports basePort…, until Ctrl-C or --duration.
    private func runDownloadMode() throws {
        let keep = ProcessInfo.processInfo.environment["VALISE_SIM_ODIN_DISCARD"] != "1"
        let specs: [FaultSpec]
        do { specs = try faults.map(FaultSpec.init(parsing:)) } catch let error as FaultSpecError {
            throw ValidationError(error.description)
        }
        let ports = try (0..<count).map { index in
            var tabletFaults = SimulatedFaults()   // of the faults, Download mode honours flash-rate=
            for spec in specs where spec.covers(index) {
                for word in spec.words {
                    do { try tabletFaults.apply(word) } catch { throw ValidationError("\(error)") }
                }
            }
            return try SimulatedOdinPort(tablet: SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet, offersLargeParts: true,
                                                                       keepsData: keep, writeRate: tabletFaults.flashRate),
                                  port: basePort + UInt16(index), label: "download-mode \(index)")
        }
        for port in ports { Console.out("download-mode  \(host):\(port.port)") }
        Console.out(Say.simulatedDownloadReady(count))
        let sources = StopSignals { _ in
            ports.forEach { $0.stop() }
            Foundation.exit(0)
        }
        if let duration {
            DispatchQueue.main.asyncAfter(deadline: .now() + duration) { Foundation.exit(0) }
        }
        withExtendedLifetime((sources, ports)) { dispatchMain() }
    }
}
