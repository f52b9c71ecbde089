import ArgumentParser
import Devices
import Diagnostics
import Foundation

/// `valise setup-usb`: installs the udev rules that let the workstation's user reach tablets over USB.
struct SetupUSBCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "setup-usb",
            abstract: Say.helpSetupUSBAbstract,
            discussion: Say.helpSetupUSBDiscussion(file: UdevRules.fileName, vendors: UdevRules.vendors.count))
    }

    @Option(name: .customLong("rules-dir"), help: ArgumentHelp(Say.helpRulesFolder, valueName: "DIR"))
    var rulesFolder = "/etc/udev/rules.d"

    @Flag(name: .customLong("no-reload"), help: ArgumentHelp(Say.helpNoReload))
    var noReload = false

    @Flag(name: .long, help: ArgumentHelp(Say.helpPrintRules))
    var print = false

    func run() throws {
        if print {
            Console.out(UdevRules.text, terminator: "")
            return
        }
        let path = try UdevRules.install(folder: rulesFolder, reload: !noReload)
        Console.out(Say.rulesWritten(path, vendors: UdevRules.vendors.count))
        Console.out(noReload ? Say.udevNotReloaded : Say.udevReloaded)
    }
}
