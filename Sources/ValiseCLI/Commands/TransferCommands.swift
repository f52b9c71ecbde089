import ArgumentParser
import Devices
import Diagnostics
import Foundation

/// `valise push SERIAL LOCAL REMOTE`.
struct PushCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "push", abstract: Say.helpPushAbstract)
    }

    @OptionGroup var tablets: TabletOptions
    @Argument(help: ArgumentHelp(Say.helpSerialOrAddress)) var serial: String
    @Argument(help: ArgumentHelp(Say.helpPushLocal)) var local: String
    @Argument(help: ArgumentHelp(Say.helpPushRemote)) var remote: String

    func run() throws {
        let source = URL(fileURLWithPath: local)
        guard FileManager.default.isReadableFile(atPath: source.path) else {
            throw ValidationError(Say.cannotRead(local))
        }
        let device = try tablets.device(serial)
        defer { device.close() }
        let target = remote.hasSuffix("/") ? remote + source.lastPathComponent : remote
        let meter = TransferMeter(label: "\(device.serial) ← \(source.lastPathComponent)")
        try SyncClient(device: device).push(local: source, remote: target, progress: meter.update)
        meter.finish(pushed: true, to: "\(device.serial):\(target)")
    }
}

/// `valise pull SERIAL REMOTE LOCAL`.
struct PullCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "pull", abstract: Say.helpPullAbstract,
            discussion: Say.helpPullDiscussion)
    }

    @OptionGroup var tablets: TabletOptions
    @Argument(help: ArgumentHelp(Say.helpSerialOrAddress)) var serial: String
    @Argument(help: ArgumentHelp(Say.helpPullRemote)) var remote: String
    @Argument(help: ArgumentHelp(Say.helpPullLocal)) var local: String = "."
    @Flag(help: ArgumentHelp(Say.helpPullForce)) var force = false

    func run() throws {
        // Decided before connecting: a refused name or an existing file costs no transfer.
        let destination = try PullDestination(remote: remote, local: local, replace: force, tablet: serial).file
        let device = try tablets.device(serial)
        defer { device.close() }
        let meter = TransferMeter(label: "\(device.serial) → \(destination.lastPathComponent)")
        try SyncClient(device: device).pull(remote: remote, local: destination, replace: force, progress: meter.update)
        meter.finish(pushed: false, to: destination.path)
    }
}

/// `valise install SERIAL APK`.
struct InstallCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "install", abstract: Say.helpInstallAbstract)
    }

    @OptionGroup var tablets: TabletOptions
    @Argument(help: ArgumentHelp(Say.helpSerialOrAddress)) var serial: String
    @Argument(help: ArgumentHelp(Say.helpInstallAPK)) var apk: String
    @Flag(name: .customShort("g"), help: ArgumentHelp(Say.helpGrant)) var grant = false
    @Flag(name: .customShort("t"), help: ArgumentHelp(Say.helpTestOnly)) var testOnly = false
    @Flag(name: .customShort("d"), help: ArgumentHelp(Say.helpDowngrade)) var downgrade = false

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: apk) else { throw ValidationError(Say.cannotRead(apk)) }
        let device = try tablets.device(serial)
        defer { device.close() }
        var arguments = ["-r"]
        if grant { arguments.append("-g") }
        if testOnly { arguments.append("-t") }
        if downgrade { arguments.append("-d") }
        try device.install(apkAt: URL(fileURLWithPath: apk), arguments: arguments, timeout: .seconds(300))
        Console.out(Say.installed((apk as NSString).lastPathComponent, on: device.serial))
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

    func finish(pushed: Bool, to: String) {
        let seconds = max(Double((ContinuousClock.now - start).components.attoseconds) / 1e18 + Double((ContinuousClock.now - start).components.seconds), 0.001)
        if Console.stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let megabytes = Double(bytes) / 1_048_576
        Console.out(Say.transferred(pushed: pushed, megabytes: megabytes, to: to, seconds: seconds))
    }
}
