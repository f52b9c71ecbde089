import ADB
import Diagnostics
import Transports
import Foundation

extension ADBDevice {
    /// Installs an APK held in memory, streamed as Android 7+ expects (`abb_exec` when both sides
    /// support it, `exec:cmd package install -S` otherwise); older tablets get push + `pm install`.
    ///
    /// `arguments` are `pm install` options such as `-r`, `-g`, `-t`; `progress` gets (bytes sent, total) as the APK streams;
    /// `sent` is called once the whole APK is on its way, before the tablet's answer is awaited.
    public func install(apk: [UInt8], name: String = "base.apk", arguments: [String] = ["-r"], timeout: Duration? = nil,
                        sent: (() -> Void)? = nil, progress: ((Int, Int) -> Void)? = nil) throws {
        let reply: String
        if supports(ADBFeature.cmd) || supports(ADBFeature.abbExec) {
            let service = supports(ADBFeature.abbExec)
                ? ADBService.abbExecInstall(arguments: arguments, size: apk.count)
                : ADBService.cmdInstall(arguments: arguments, size: apk.count)
            let stream = try session.openStream(service, timeout: timeout)
            defer { stream.close() }
            // Said each MiB and at the end, so a terminal can show how far each tablet is.
            var reported = 0
            try stream.write(apk, timeout: timeout) { count in
                guard let progress, count - reported >= 1 << 20 || count == apk.count else { return }
                reported = count
                progress(count, apk.count)
            }
            sent?()
            reply = String(decoding: try stream.readAll(limit: 1 << 20, timeout: timeout ?? .seconds(120)), as: UTF8.self)
        } else {
            let temporary = "/data/local/tmp/\(name)"
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("valise-\(UUID().uuidString).apk")
            try Data(apk).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            try SyncClient(device: self, timeout: timeout).push(local: file, remote: temporary)
            sent?()
            let output = try shell((["pm", "install"] + arguments + [temporary]).map(ADBService.shellQuote).joined(separator: " "), timeout: timeout)
            _ = try? shell("rm -f \(ADBService.shellQuote(temporary))")
            reply = String(decoding: output.stdout + output.stderr, as: UTF8.self)
        }
        try Self.checkInstallReply(reply, apkName: name, tablet: label)
    }

    /// Installs the APK file at `url`.
    public func install(apkAt url: URL, arguments: [String] = ["-r"], timeout: Duration? = nil) throws {
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: url)) } catch {
            throw DeviceError(.badInput, tablet: label, summary: Say.cannotReadLocalFile(url.path),
                              reason: Say.apkUnreadable, action: Say.checkAPKPath)
        }
        try install(apk: bytes, name: url.lastPathComponent, arguments: arguments, timeout: timeout)
    }

    static func checkInstallReply(_ reply: String, apkName: String, tablet: String) throws {
        let text = reply.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("Success") || text.hasSuffix("Success") { return }
        let code = text.range(of: #"INSTALL_[A-Z_]+"#, options: .regularExpression).map { String(text[$0]) } ?? "unknown"
        let (why, fix) = Say.installAdvice(code)
        throw DeviceError(code == "INSTALL_FAILED_INSUFFICIENT_STORAGE" ? .storageFull : .installFailed, tablet: tablet,
                          summary: Say.installFailed(apkName, tablet: tablet, code: code),
                          reason: why, action: fix, helpTopic: "app-install", detail: text)
    }

}
