import ArgumentParser
import Devices
import Foundation

/// `valise push SERIAL LOCAL REMOTE`.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "push", abstract: "Copy a file to a tablet.")

    @OptionGroup var tablets: TabletOptions
    @Argument(help: "The tablet's serial (or HOST:PORT).") var serial: String
    @Argument(help: "The file on this computer.") var local: String
    @Argument(help: "Where on the tablet (a folder ending in / keeps the name).") var remote: String

    func run() throws {
        let source = URL(fileURLWithPath: local)
        guard FileManager.default.isReadableFile(atPath: source.path) else {
            throw ValidationError("\(local) does not exist or cannot be read.")
        }
        let device = try tablets.device(serial)
        defer { device.close() }
        let target = remote.hasSuffix("/") ? remote + source.lastPathComponent : remote
        let meter = TransferMeter(label: "\(device.serial) ← \(source.lastPathComponent)")
        try SyncClient(device: device).push(local: source, remote: target, progress: meter.update)
        meter.finish(verb: "pushed", to: "\(device.serial):\(target)")
    }
}

/// `valise pull SERIAL REMOTE LOCAL`.
struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull", abstract: "Copy a file from a tablet.",
        discussion: "Into a folder, the file keeps its name. A folder is never replaced; an existing file only with --force.")

    @OptionGroup var tablets: TabletOptions
    @Argument(help: "The tablet's serial (or HOST:PORT).") var serial: String
    @Argument(help: "The file on the tablet.") var remote: String
    @Argument(help: "Where on this computer: a folder to pull into, or a file name (default: the current folder).") var local: String = "."
    @Flag(help: "Replace the file LOCAL names if it exists (never a folder).") var force = false

    func run() throws {
        // Decided before connecting: a refused name or an existing file costs no transfer.
        let destination = try PullDestination(remote: remote, local: local, replace: force, tablet: serial).file
        let device = try tablets.device(serial)
        defer { device.close() }
        let meter = TransferMeter(label: "\(device.serial) → \(destination.lastPathComponent)")
        try SyncClient(device: device).pull(remote: remote, local: destination, replace: force, progress: meter.update)
        meter.finish(verb: "pulled", to: destination.path)
    }
}

/// `valise install SERIAL APK`.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "install", abstract: "Install an APK on a tablet (streamed).")

    @OptionGroup var tablets: TabletOptions
    @Argument(help: "The tablet's serial (or HOST:PORT).") var serial: String
    @Argument(help: "The APK file.") var apk: String
    @Flag(name: .customShort("g"), help: "Grant every runtime permission.") var grant = false
    @Flag(name: .customShort("t"), help: "Allow test-only packages.") var testOnly = false
    @Flag(name: .customShort("d"), help: "Allow a version downgrade.") var downgrade = false

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: apk) else { throw ValidationError("\(apk) does not exist or cannot be read.") }
        let device = try tablets.device(serial)
        defer { device.close() }
        var arguments = ["-r"]
        if grant { arguments.append("-g") }
        if testOnly { arguments.append("-t") }
        if downgrade { arguments.append("-d") }
        try device.install(apkAt: URL(fileURLWithPath: apk), arguments: arguments, timeout: .seconds(300))
        Console.out("Installed \((apk as NSString).lastPathComponent) on \(device.serial).")
    }
}

/// Shows transfer progress on a terminal and a rate at the end.
final class TransferMeter {
    private let label: String
    private let start = ContinuousClock.now
    private var bytes: Int64 = 0
    private var lastDraw = ContinuousClock.now

    init(label: String) { self.label = label }

    func update(_ progress: TransferProgress) {
        bytes = progress.bytes
        guard Console.stderrIsTerminal, ContinuousClock.now - lastDraw > .milliseconds(200) else { return }
        lastDraw = ContinuousClock.now
        let percent = progress.total > 0 ? Int(progress.bytes * 100 / progress.total) : 0
        FileHandle.standardError.write(Data("\r\(label): \(percent)%".utf8))
    }

    func finish(verb: String, to: String) {
        let seconds = max(Double((ContinuousClock.now - start).components.attoseconds) / 1e18 + Double((ContinuousClock.now - start).components.seconds), 0.001)
        if Console.stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let megabytes = Double(bytes) / 1_048_576
        Console.out("\(verb) \(String(format: "%.1f", megabytes)) MiB to \(to) in \(String(format: "%.2f", seconds)) s (\(String(format: "%.1f", megabytes / seconds)) MiB/s)")
    }
}
