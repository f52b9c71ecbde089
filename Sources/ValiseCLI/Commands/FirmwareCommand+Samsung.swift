import ArgumentParser
import Devices
import Diagnostics
import Foundation
import Odin
import SamsungFirmware
import USBHost

extension FirmwareCommand {
    /// `valise firmware samsung PACKAGE…`: Samsung packages to every tablet in Download mode, the case at once.
    struct Samsung: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Say.helpSamsungAbstract,
                discussion: Say.helpSamsungDiscussion)
        }
        @Argument(help: ArgumentHelp(Say.helpSamsungPackages, valueName: "PACKAGE"))
        var packages: [String]
        @Option(name: .customLong("port"), help: ArgumentHelp(Say.helpSamsungPort, valueName: "PATH"))
        var ports: [String] = []
        @Flag(help: ArgumentHelp(Say.helpSamsungNoReboot)) var noReboot = false
        @Flag(name: .shortAndLong, help: ArgumentHelp(Say.helpVerboseWith)) var verbose = false

        func run() throws {
            var checked: [SamsungPackage] = []
            for path in packages {
                let name = URL(fileURLWithPath: path).lastPathComponent
                do {
                    let package = try SamsungPackage(url: URL(fileURLWithPath: path))
                    Console.out(Say.checkingPackage(name))
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
                return Console.out(Say.noTabletInDownloadMode)
            }
            Console.out(Say.flashingPackages(checked.count, tablets: devices.count))
            let outcomes = SamsungCaseFlash.flash(checked, count: devices.count, reboot: !noReboot) { index in
                OdinSession(transport: try OdinUSBTransport(context: context, device: devices[index]),
                            turns: BusTurns.bus(ofPortPath: devices[index].portPathString))
            }
            var rows: [[String]] = []
            var attention = false
            for (device, outcome) in zip(devices, outcomes) {
                switch outcome {
                case .flashed:
                    rows.append([device.portPathString, device.serial ?? "-", noReboot ? Say.flashed() : Say.flashedRebooting])
                case .failed(let what):
                    attention = true
                    rows.append([device.portPathString, device.serial ?? "-", Say.flashFailed])
                    ErrorRenderer.render(SamsungFirmwareError(tablet: Say.onPort(device.portPathString), what: what), verbose: verbose)
                }
            }
            Console.out(TextTable.render(header: [Say.headerPort, Say.headerSerial, Say.headerResult], rows: rows))
            if attention { throw ExitCode(2) }
        }
    }
}
