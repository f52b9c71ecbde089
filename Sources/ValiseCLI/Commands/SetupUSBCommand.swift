import ArgumentParser
import Devices
import Foundation

/// `valise setup-usb`: installs the udev rules that let the workstation's user reach tablets over USB.
struct SetupUSBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup-usb",
        abstract: "Install the udev rules (uaccess) for Android tablets; run it once with sudo.",
        discussion: "Writes \(UdevRules.fileName) for \(UdevRules.vendors.count) tablet makers' USB vendor ids, then reloads udev.")

    @Option(name: .customLong("rules-dir"), help: ArgumentHelp("Where to write the rules.", valueName: "DIR"))
    var rulesFolder = "/etc/udev/rules.d"

    @Flag(name: .customLong("no-reload"), help: "Do not run udevadm afterwards.")
    var noReload = false

    @Flag(name: .long, help: "Print the rules instead of installing them.")
    var print = false

    func run() throws {
        if print {
            Console.out(UdevRules.text, terminator: "")
            return
        }
        let path = try UdevRules.install(folder: rulesFolder, reload: !noReload)
        Console.out("Wrote \(path) (\(UdevRules.vendors.count) tablet vendors, TAG+=\"uaccess\").")
        Console.out(noReload ? "udev was not reloaded (--no-reload): run `udevadm control --reload-rules && udevadm trigger`."
                             : "udev reloaded. Unplug and replug the tablets, then run `valise doctor`.")
    }
}
