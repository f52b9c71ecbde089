import ArgumentParser
import Dispatch
import Foundation
import Simulator

/// `valise sim`: simulated tablets on loopback, for tests, benchmarks and the demo.
struct SimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run simulated tablets on loopback (ADB over TCP) until Ctrl-C.",
        discussion: """
            Tablet i listens on 127.0.0.1:(base-port + i). Faults: --fault TABLETS:FAULT[,FAULT…] where TABLETS is all, 3 or 0-7
            and FAULT is slow=DELAY, latency=DELAY, drop-after=SIZE, auth-refused, storage-full, battery-low, accounts-present, already-provisioned, serve-any-path,
            or for fastboot fastboot-drop-after=SIZE, locked, board=NAME, max-download=SIZE, or for Download mode download-hides-model;
            tablet time install-rate=RATE (an install takes the APK's size at RATE bytes a second, e.g. 4MB) and
            flash-rate=RATE (fastboot and Download mode write at the storage's rate), spent waiting, not on the host's CPU.
            With --fastboot-base-port Q, tablet i serves fastboot over TCP on 127.0.0.1:(Q + i) once `reboot bootloader` put it there;
            with --download-base-port R, a Samsung tablet i serves Download mode (Odin, framed USB transfers, for the USB
            testbed) on 127.0.0.1:(R + i) once `reboot download` put it there.
            """
    )

    @Option(help: "How many tablets.") var count = 1
    @Option(name: .customLong("bus-rate"), help: ArgumentHelp("Put every tablet behind one shared bus of this rate, e.g. 40MB (MB/s) or 480Mbit; its use is printed at the end.", valueName: "RATE"))
    var busRate: String?
    @Option(name: .customLong("base-port"), help: "The first tablet's port.") var basePort: UInt16 = 5555
    @Option(name: .customLong("fastboot-base-port"), help: "The first tablet's fastboot port (fastboot over TCP).") var fastbootBasePort: UInt16?
    @Option(name: .customLong("download-base-port"), help: "The first tablet's Download-mode port (Samsung tablets, for the USB testbed).")
    var downloadBasePort: UInt16?
    @Option(name: .customLong("state-dir"), help: "Where the tablets keep their state (a temporary folder by default).") var stateDirectory: String?
    @Option(name: .customLong("fault"), help: ArgumentHelp("A fault for some tablets (repeatable).", valueName: "SPEC")) var faults: [String] = []
    @Option(help: "How tablets treat unknown keys: none, accept-any, known-keys, prompt-never.") var auth: String = "accept-any"
    @Option(help: "Seed of the tablets' serials and models.") var seed = "valise"
    @Option(help: "Address to listen on (loopback only unless --allow-non-loopback).") var host = "127.0.0.1"
    @Flag(name: .customLong("allow-non-loopback"), help: "Allow listening on a non-loopback address.") var allowNonLoopback = false
    @Option(help: "Stop after this many seconds (default: run until Ctrl-C).") var duration: Double?
    @Option(name: .customLong("agent-forward"), help: ArgumentHelp(
        "Relay each tablet's agent socket to a real agent listening on 127.0.0.1 from this port on (tablet 1 to PORT, tablet 2 to PORT+1…), e.g. the agent's code on the JVM (Agent/README.md).",
        valueName: "PORT")) var agentForward: UInt16?

    @Flag(name: .customLong("download-mode"), help: "Samsung tablets in Download mode (Odin, one USB transfer per frame) instead, for the USB testbed.")
    var downloadMode = false

    func run() throws {
        guard (1...256).contains(count) else { throw ValidationError("--count must be between 1 and 256.") }
        if downloadMode { return try runDownloadMode() }
        guard let mode = SimulatedAuthMode(rawValue: auth) else {
            throw ValidationError("--auth must be one of: \(SimulatedAuthMode.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let specs: [FaultSpec]
        do { specs = try faults.map(FaultSpec.init(parsing:)) } catch let error as FaultSpecError {
            throw ValidationError(error.description)
        }
        let rate = try busRate.map { text in
            guard let rate = SharedBus.parseRate(text) else { throw ValidationError("--bus-rate \(text): give a rate such as 40MB (MB/s), 35MiB or 480Mbit.") }
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
            guard Int(agentForward) + count - 1 <= Int(UInt16.max) else { throw ValidationError("--agent-forward \(agentForward) leaves no port for tablet \(count).") }
            for (index, tablet) in simulated.tablets.enumerated() { tablet.persona.agentForward = agentForward + UInt16(index) }
        }
        simulated.start()
        for tablet in simulated.tablets {
            let identity = tablet.persona.identity
            let fastboot = fastbootBasePort != nil ? tablet.fastbootPort.map { "  fastboot tcp:\(host):\($0)" } ?? "" : ""
            let download = downloadBasePort != nil ? tablet.downloadPort.map { "  download tcp:\(host):\($0)" } ?? "" : ""
            Console.out("\(identity.serial)  \(host):\(tablet.port)  \(identity.model)  Android \(identity.androidRelease)\(fastboot)\(download)")
        }
        Console.out("\(count) simulated tablet\(count == 1 ? "" : "s") ready. Use --tcp \(host):\(basePort)-\(Int(basePort) + count - 1). Ctrl-C stops.")
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
        Console.out("\(count) simulated tablet\(count == 1 ? "" : "s") in Download mode ready. Ctrl-C stops.")
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
