import ArgumentParser
import Devices
import Foundation
import Odin
import SamsungFirmware
import USBHost

extension FirmwareCommand {
    /// `valise firmware samsung PACKAGE…`: Samsung packages to every tablet in Download mode, the case at once.
    struct Samsung: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Flash Samsung firmware packages (BL/AP/CP/CSC .tar.md5) to every tablet in Download mode on USB (Odin).",
            discussion: """
                Every package is checked first (MD5, whole tar, lz4 entries), before any tablet is touched. Each package is
                then read once for the whole case. Exit codes: 0 every tablet flashed; 2 some need a hand; 65 a bad package.
                """)
        @Argument(help: ArgumentHelp("The packages: BL_…, AP_…, CP_…, CSC_… or HOME_CSC_….tar.md5.", valueName: "PACKAGE"))
        var packages: [String]
        @Option(name: .customLong("port"), help: ArgumentHelp("Only the tablet on this USB port path, e.g. 1-1.3 (repeatable).", valueName: "PATH"))
        var ports: [String] = []
        @Flag(help: "Leave the tablets in Download mode afterwards (no reboot).") var noReboot = false
        @Flag(name: .shortAndLong, help: "Show technical detail with errors.") var verbose = false

        func run() throws {
            var checked: [SamsungPackage] = []
            for path in packages {
                let name = URL(fileURLWithPath: path).lastPathComponent
                do {
                    let package = try SamsungPackage(url: URL(fileURLWithPath: path))
                    Console.out("Checking \(name)…")
                    try package.verify()
                    checked.append(package)
                } catch {
                    throw SamsungFirmwareError(package: name, problem: error)
                }
            }
            let context = try USBContext()
            let devices = try OdinUSBTransport.all(in: context).filter { ports.isEmpty || ports.contains($0.portPathString) }
                .sorted { $0.portPathString < $1.portPathString }
            guard !devices.isEmpty else {
                return Console.out("No tablet in Download mode. Hold Volume Down and Volume Up while plugging each tablet in, then run this again.")
            }
            Console.out("Flashing \(checked.count) package(s) to \(devices.count) tablet(s) in Download mode…")
            let outcomes = SamsungCaseFlash.flash(checked, count: devices.count, reboot: !noReboot) { index in
                OdinSession(transport: try OdinUSBTransport(context: context, device: devices[index]))
            }
            var rows: [[String]] = []
            var attention = false
            for (device, outcome) in zip(devices, outcomes) {
                switch outcome {
                case .flashed:
                    rows.append([device.portPathString, device.serial ?? "-", noReboot ? "flashed" : "flashed, rebooting"])
                case .failed(let what):
                    attention = true
                    rows.append([device.portPathString, device.serial ?? "-", "failed"])
                    ErrorRenderer.render(SamsungFirmwareError(tablet: "on port \(device.portPathString)", what: what), verbose: verbose)
                }
            }
            Console.out(TextTable.render(header: ["PORT", "SERIAL", "RESULT"], rows: rows))
            if attention { throw ExitCode(2) }
        }
    }
}
