import ADB
import Devices
import Foundation
import Signing
import Simulator
import TestSupport
import Testing
import Transports

/// Valise's host against the simulated tablet, end to end over loopback TCP.
@Suite struct HostSimulatorTests {
    @Test func connectsAndReadsTheSerial() throws {
        let fixture = try TabletFixture(index: 3)
        let device = try fixture.connect()
        defer { device.close() }
        #expect(device.serial == fixture.tablet.serial)
        #expect(device.banner.type == .device)
        #expect(device.banner.model == fixture.tablet.persona.identity.model)
        #expect(try device.property("ro.build.version.release") == fixture.tablet.persona.identity.androidRelease)
    }

    @Test func shellV2SeparatesOutputAndKeepsTheExitCode() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let output = try device.shell("echo out; echo err >&2; exit 3")
        #expect(output.text == "out")
        #expect(String(decoding: output.stderr, as: UTF8.self).contains("err"))
        #expect(output.exitCode == 3)
        #expect(try device.shell("true").exitCode == 0)
        #expect(try device.shell("no-such-command").exitCode == 127)
    }

    @Test func pushThenPullGivesTheSameBytes() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let bytes = pseudoRandomBytes(8 << 20 + 512 * 3)
        let source = fixture.folder.file("source.bin")
        try Data(bytes).write(to: source)
        let sync = try SyncClient(device: device)
        var reported: Int64 = 0
        try sync.push(local: source, remote: "/sdcard/Download/source.bin") { reported = $0.bytes }
        #expect(reported == Int64(bytes.count))
        let stat = try #require(try sync.stat("/sdcard/Download/source.bin"))
        #expect(stat.size == UInt64(bytes.count))
        #expect(stat.isRegularFile)
        #expect(try sync.list("/sdcard/Download").map(\.name) == ["source.bin"])
        let back = fixture.folder.file("back.bin")
        try sync.pull(remote: "/sdcard/Download/source.bin", local: back)
        #expect(sha256Hex([UInt8](try Data(contentsOf: back))) == sha256Hex(bytes))
        #expect(try sync.stat("/sdcard/missing") == nil)
    }

    @Test func pullOfAMissingFileFailsAndLeavesNothing() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let target = fixture.folder.file("missing.bin")
        let error = try #require(throws: DeviceError.self) {
            try SyncClient(device: device).pull(remote: "/sdcard/nothing-here", local: target)
        }
        #expect(error.kind == .transferFailed)
        #expect(error.reason.contains("No such file"))
        #expect(error.summary.contains(device.serial))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.path).filter { $0.contains("missing") }
        #expect(leftovers.isEmpty)
    }

    @Test func installStreamsTheAPK() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        // 2.5 MiB: said at each MiB and at the end; the tablet's copy is the APK byte for byte.
        let apk = TestAPK.make(package: "fr.iguane.ent", versionCode: 7, padding: 5 << 19)
        var said: [Int] = []
        try device.install(apk: apk, name: "ent.apk", progress: { done, total in
            #expect(total == apk.count)
            said.append(done)
        })
        #expect(said == [1 << 20, 2 << 20, apk.count])
        #expect(try device.check("pm list packages fr.iguane.ent").contains("package:fr.iguane.ent"))
        let path = try device.check("pm path fr.iguane.ent").dropFirst("package:".count)
        #expect(try device.check("sha256sum \(path)") == "\(Digest.hex(Digest.sha256(apk)))  \(path)")
        let downgrade = try #require(throws: DeviceError.self) {
            try device.install(apk: TestAPK.make(package: "fr.iguane.ent", versionCode: 5), name: "old.apk")
        }
        #expect(downgrade.kind == .installFailed)
        #expect(downgrade.summary.contains("INSTALL_FAILED_VERSION_DOWNGRADE"))
        let notAPK = try #require(throws: DeviceError.self) { try device.install(apk: Array("not a zip".utf8), name: "bad.apk") }
        #expect(notAPK.summary.contains("INSTALL_PARSE_FAILED"))
    }

    @Test func aTabletTakesItsOwnTimeToInstallAndStillAnswersMeanwhile() throws {
        var faults = SimulatedFaults()
        try faults.apply("install-rate=4MB")
        try faults.apply("flash-rate=60MB")
        #expect(faults.installRate == 4_000_000 && faults.flashRate == 60_000_000)
        #expect(throws: FaultSpecError.self) { try faults.apply("install-rate=fast") }

        let fixture = try TabletFixture(faults: ["install-rate=1MB"])
        let installing = try fixture.connect(), asking = try fixture.connect()
        defer { installing.close(); asking.close() }
        let done = DispatchSemaphore(value: 0)
        let result = LockedResult()
        Thread {
            let apk = TestAPK.make(package: "fr.iguane.ent", versionCode: 7, padding: 1_500_000)
            result.set(Result {
                try installing.install(apk: apk, name: "ent.apk", sent: { result.noteSent(answered: done) })
            })
            done.signal()
        }.start()
        // The tablet waits out the install (1.5 MB at 1 MB/s) without holding its state: another connection is answered.
        #expect(try asking.property("ro.serialno") == fixture.tablet.serial)
        #expect(done.wait(timeout: .now()) == .timedOut, "the install was over before the tablet answered")
        done.wait()
        try result.get()
        #expect(result.sentBeforeAnswer, "install(sent:) was not called before the tablet's answer")
        #expect(try asking.check("pm list packages fr.iguane.ent").contains("package:fr.iguane.ent"))
    }

    @Test func storageFullIsNamed() throws {
        let fixture = try TabletFixture(faults: ["storage-full"])
        let device = try fixture.connect()
        defer { device.close() }
        let source = fixture.folder.file("a.bin")
        try Data(pseudoRandomBytes(200_000)).write(to: source)
        let error = try #require(throws: DeviceError.self) { try SyncClient(device: device).push(local: source, remote: "/sdcard/a.bin") }
        #expect(error.kind == .storageFull)
        let install = try #require(throws: DeviceError.self) { try device.install(apk: TestAPK.make(package: "a.b", versionCode: 1)) }
        #expect(install.kind == .storageFull)
    }

    @Test func delayedAckOnlyWhereTheTabletOffersIt() throws {
        let recent = try TabletFixture(identity: Self.identity(sdk: 34))
        let older = try TabletFixture(identity: Self.identity(sdk: 29))
        let a = try recent.connect()
        let b = try older.connect()
        defer { a.close(); b.close() }
        #expect(a.supports(ADBFeature.delayedAck))
        #expect(!b.supports(ADBFeature.delayedAck))
        // Both flow-control modes carry a transfer whose size is a multiple of 512 and of the payload.
        for device in [a, b] {
            let bytes = pseudoRandomBytes(3 << 20, seed: 7)
            let file = recent.folder.file("f-\(device.serial).bin")
            try Data(bytes).write(to: file)
            let sync = try SyncClient(device: device)
            try sync.push(local: file, remote: "/sdcard/f.bin")
            try sync.pull(remote: "/sdcard/f.bin", local: file, replace: true)
            #expect(sha256Hex([UInt8](try Data(contentsOf: file))) == sha256Hex(bytes))
        }
    }

    static func identity(sdk: Int) -> TabletIdentity {
        var identity = TabletIdentity.sample(index: sdk)
        identity.sdk = sdk
        identity.androidRelease = String(sdk - 20)
        return identity
    }
}

/// A result set on one thread, read on another.
final class LockedResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<Void, Error> = .success(())
    func set(_ result: Result<Void, Error>) { lock.withLock { value = result } }
    func get() throws { try lock.withLock { value }.get() }
    private var sent = false
    /// `install(sent:)` ran while the install had not yet returned.
    var sentBeforeAnswer: Bool { lock.withLock { sent } }
    func noteSent(answered: DispatchSemaphore) { lock.withLock { sent = true } }
}
