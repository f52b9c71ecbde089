import ADB
import Devices
import Foundation
import Simulator
import TestSupport
import Testing
import Transports

/// A tablet from before Android 7 (no shell_v2, no cmd, no stat_v2): the host falls back to the v1 services.
@Suite struct OldTabletTests {
    static func marshmallow() -> TabletIdentity {
        var identity = TabletIdentity.sample(index: 9)
        identity.sdk = 23
        identity.androidRelease = "6.0.1"
        return identity
    }

    @Test func shellV1HasOutputButNoExitCode() throws {
        let fixture = try TabletFixture(identity: Self.marshmallow())
        let device = try fixture.connect()
        defer { device.close() }
        #expect(!device.supports(ADBFeature.shellV2))
        #expect(device.serial == fixture.tablet.serial)
        let output = try device.shell("echo hello; echo there >&2; exit 4")
        #expect(output.exitCode == nil)
        #expect(output.text.contains("hello"))
        #expect(output.text.contains("there"))
    }

    @Test func syncV1PushStatListPull() throws {
        let fixture = try TabletFixture(identity: Self.marshmallow())
        let device = try fixture.connect()
        defer { device.close() }
        #expect(!device.supports(ADBFeature.statV2))
        #expect(!device.supports(ADBFeature.sendRecvV2))
        let bytes = pseudoRandomBytes(1 << 20 + 17)
        let file = fixture.folder.file("v1.bin")
        try Data(bytes).write(to: file)
        let sync = try SyncClient(device: device)
        try sync.push(local: file, remote: "/sdcard/v1.bin")
        let stat = try #require(try sync.stat("/sdcard/v1.bin"))
        #expect(stat.size == UInt64(bytes.count))
        #expect(try sync.stat("/sdcard/none") == nil)
        #expect(try sync.list("/sdcard").map(\.name).contains("v1.bin"))
        try sync.pull(remote: "/sdcard/v1.bin", local: file, replace: true)
        #expect(sha256Hex([UInt8](try Data(contentsOf: file))) == sha256Hex(bytes))
    }

    @Test func installPushesThenRunsPm() throws {
        let fixture = try TabletFixture(identity: Self.marshmallow())
        let device = try fixture.connect()
        defer { device.close() }
        #expect(!device.supports(ADBFeature.cmd))
        try device.install(apk: TestAPK.make(package: "fr.iguane.ent", versionCode: 2, minSdk: 21), name: "ent.apk")
        #expect(try device.shell("pm list packages -3").text.contains("package:fr.iguane.ent"))
        // The temporary copy is removed afterwards.
        #expect(try device.shell("ls /data/local/tmp/ent.apk").text.contains("No such file"))
    }
}
