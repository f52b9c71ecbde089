import Foundation
import Signing
import Simulator
import Testing
import Transports

/// Debian's own adb client against the simulated tablet: the simulator is trusted only because the real client accepts it.
@Suite(.serialized) struct DebianADBTests {
    @Test func debianADBConnectsRunsPushesPullsAndInstalls() throws {
        let adb = try ToolRunner.locate("adb", package: "adb")
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
        let tool = ToolRunner(environment: environment)
        defer { _ = try? tool.run(adb, ["kill-server"], timeout: 10) }

        let address = "127.0.0.1:\(tablet.port)"
        try tool.run(adb, ["connect", address], timeout: 20)
        var state = ""
        for _ in 0..<100 where state != "device" {
            state = try tool.run(adb, ["-s", address, "get-state"], timeout: 10).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if state != "device" { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(state == "device")
        #expect(tablet.trustedKeyCount == 1)

        let serial = try tool.run(adb, ["-s", address, "shell", "getprop", "ro.serialno"])
        #expect(serial.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == tablet.serial)
        #expect(try tool.run(adb, ["-s", address, "shell", "exit 3"]).status == 3)
        #expect(try tool.run(adb, ["-s", address, "shell", "echo oops >&2; false"]).status == 1)

        // 64 MiB there and back, compared by sha256.
        let source = folder.appendingPathComponent("big.bin")
        var bytes = [UInt8](repeating: 0, count: 64 << 20)
        var generator = SystemRandomNumberGenerator()
        for index in stride(from: 0, to: bytes.count, by: 8) {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes.replaceSubrange(index..<(index + 8), with: $0) }
        }
        try Data(bytes).write(to: source)
        let push = try tool.run(adb, ["-s", address, "push", source.path, "/sdcard/Download/big.bin"], timeout: 120)
        #expect(push.status == 0, "\(push.stdout) \(push.stderr)")
        let back = folder.appendingPathComponent("back.bin")
        let pull = try tool.run(adb, ["-s", address, "pull", "/sdcard/Download/big.bin", back.path], timeout: 120)
        #expect(pull.status == 0, "\(pull.stdout) \(pull.stderr)")
        #expect(Digest.sha256([UInt8](try Data(contentsOf: back))) == Digest.sha256(bytes))

        let apk = folder.appendingPathComponent("ent.apk")
        try Data(TestAPK.make(package: "fr.iguane.ent", versionCode: 12, padding: 2 << 20)).write(to: apk)
        let install = try tool.run(adb, ["-s", address, "install", "-r", apk.path], timeout: 120)
        #expect(install.status == 0)
        #expect(install.stdout.contains("Success"), "\(install.stdout) \(install.stderr)")
        let packages = try tool.run(adb, ["-s", address, "shell", "pm", "list", "packages", "-3"])
        #expect(packages.stdout.contains("package:fr.iguane.ent"))
    }
}
