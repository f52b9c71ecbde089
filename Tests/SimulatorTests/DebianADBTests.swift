import Foundation
import Signing
import Simulator
import Testing
import TestSupport
import Transports

/// Debian's own adb client against the simulated tablet: the simulator is trusted only because the real client accepts it.
@Suite(.serialized) struct DebianADBTests {
    @Test func debianADBConnectsRunsPushesPullsAndInstalls() throws {
        let adb = try Tools.locate("adb", package: "adb")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-adb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("home"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tablet = try SimulatedTablet(identity: TabletIdentity.sample(index: 5), stateDirectory: folder.appendingPathComponent("tablet"),
                                         authMode: .acceptAny)
        tablet.start()
        defer { tablet.stop() }

        // A private adb server (its own port and HOME, so its own adbkey); only that server is stopped.
        let probe = try TCPSocket.listen(host: "127.0.0.1", port: 0)
        let serverPort = probe.localPort
        probe.close()
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.appendingPathComponent("home").path
        environment["ANDROID_ADB_SERVER_PORT"] = String(serverPort)
        environment.removeValue(forKey: "ADB_VENDOR_KEYS")
        func adbRun(_ arguments: [String], timeout: TimeInterval = 60) throws -> ToolRun {
            try Tools.run(adb, arguments, environment: environment, timeout: timeout)
        }
        defer { _ = try? adbRun(["kill-server"], timeout: 10) }

        let address = "127.0.0.1:\(tablet.port)"
        _ = try adbRun(["connect", address], timeout: 20)
        var state = ""
        for _ in 0..<100 where state != "device" {
            state = try adbRun(["-s", address, "get-state"], timeout: 10).text.trimmingCharacters(in: .whitespacesAndNewlines)
            if state != "device" { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(state == "device")
        #expect(tablet.trustedKeyCount == 1)

        let serial = try adbRun(["-s", address, "shell", "getprop", "ro.serialno"])
        #expect(serial.text.trimmingCharacters(in: .whitespacesAndNewlines) == tablet.serial)
        #expect(try adbRun(["-s", address, "shell", "exit 3"]).status == 3)
        #expect(try adbRun(["-s", address, "shell", "echo oops >&2; false"]).status == 1)

        // 64 MiB there and back, compared by sha256.
        let source = folder.appendingPathComponent("big.bin")
        var bytes = [UInt8](repeating: 0, count: 64 << 20)
        var generator = SystemRandomNumberGenerator()
        for index in stride(from: 0, to: bytes.count, by: 8) {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes.replaceSubrange(index..<(index + 8), with: $0) }
        }
        try Data(bytes).write(to: source)
        let push = try adbRun(["-s", address, "push", source.path, "/sdcard/Download/big.bin"], timeout: 120)
        #expect(push.status == 0, "\(push.text) \(push.stderr)")
        let back = folder.appendingPathComponent("back.bin")
        let pull = try adbRun(["-s", address, "pull", "/sdcard/Download/big.bin", back.path], timeout: 120)
        #expect(pull.status == 0, "\(pull.text) \(pull.stderr)")
        #expect(Digest.sha256([UInt8](try Data(contentsOf: back))) == Digest.sha256(bytes))

        let apk = folder.appendingPathComponent("ent.apk")
        try Data(TestAPK.make(package: "fr.iguane.ent", versionCode: 12, padding: 2 << 20)).write(to: apk)
        let install = try adbRun(["-s", address, "install", "-r", apk.path], timeout: 120)
        #expect(install.status == 0)
        #expect(install.text.contains("Success"), "\(install.text) \(install.stderr)")
        let packages = try adbRun(["-s", address, "shell", "pm", "list", "packages", "-3"])
        #expect(packages.text.contains("package:fr.iguane.ent"))
    }
}
