import ADB
import Devices
import Foundation
import Simulator
import TestSupport
import Testing
import Transports

/// Authorization modes and faults of one tablet, seen from the host.
@Suite struct AuthAndFaultTests {
    @Test func acceptedKeyIsRememberedAndSignedWithNextTime() throws {
        let fixture = try TabletFixture(authMode: .acceptAny)
        #expect(fixture.tablet.trustedKeyCount == 0)
        let prompted = PromptCounter()
        let first = try fixture.connector().connect(fixture.address, onWaitingForUser: prompted.callback)
        first.close()
        #expect(prompted.count == 1)
        #expect(fixture.tablet.trustedKeyCount == 1)
        let again = PromptCounter()
        let second = try fixture.connector().connect(fixture.address, onWaitingForUser: again.callback)
        second.close()
        #expect(again.count == 0)
    }

    @Test func aPromptNobodyAnswersEndsUnauthorizedWithTheFix() throws {
        let fixture = try TabletFixture(authMode: .promptNever)
        let error = try #require(throws: DeviceError.self) { try fixture.connector(authorization: .milliseconds(400)).connect(fixture.address) }
        #expect(error.kind == .unauthorized)
        #expect(error.action.contains("Allow"))
    }

    @Test func aRefusedKeyIsReported() throws {
        let fixture = try TabletFixture(faults: ["auth-refused"])
        let error = try #require(throws: DeviceError.self) { try fixture.connector().connect(fixture.address) }
        #expect(error.kind == .unauthorized)
        #expect(error.reason.contains("refused"))
        #expect(error.summary.contains("127.0.0.1:\(fixture.tablet.port)"))
    }

    @Test func noAuthTabletConnectsStraightAway() throws {
        let fixture = try TabletFixture(authMode: .none)
        let device = try fixture.connect()
        defer { device.close() }
        #expect(fixture.tablet.trustedKeyCount == 0)
        #expect(try device.property("ro.serialno") == fixture.tablet.serial)
    }

    @Test func anUnplugMidPushFailsThatTabletOnlyAndQuickly() throws {
        let dropping = try TabletFixture(index: 1, faults: ["drop-after=1MiB"])
        let healthy = try TabletFixture(index: 2)
        let file = dropping.folder.file("big.bin")
        try Data(pseudoRandomBytes(6 << 20)).write(to: file)
        let a = try dropping.connect()
        let b = try healthy.connect()
        defer { a.close(); b.close() }
        let error = try #require(throws: DeviceError.self) { try SyncClient(device: a).push(local: file, remote: "/sdcard/big.bin") }
        #expect(error.kind == .disconnected)
        #expect(error.isTransient)
        try SyncClient(device: b).push(local: file, remote: "/sdcard/big.bin")
        #expect(try b.check("stat -c %s /sdcard/big.bin") == String(6 << 20))
        // Nothing half-written is left on the tablet that dropped.
        #expect(try healthy.connect().shell("ls /sdcard/big.bin").exitCode == 0)
        let reconnected = try dropping.connect()
        defer { reconnected.close() }
        #expect(try reconnected.shell("ls /sdcard/big.bin").exitCode != 0)
    }

    @Test func aSlowTabletStillAnswers() throws {
        let fixture = try TabletFixture(faults: ["slow=20ms"])
        let device = try fixture.connect()
        defer { device.close() }
        #expect(try device.property("ro.serialno") == fixture.tablet.serial)
    }

    @Test func aTabletBehindALatencyKeepsEveryByteInOrder() throws {
        var faults = SimulatedFaults()
        try faults.apply("latency=2ms")
        #expect(faults.latency == .milliseconds(2) && faults.packetDelay == nil)
        let fixture = try TabletFixture(faults: ["latency=2ms"])
        let device = try fixture.connect()
        defer { device.close() }
        #expect(try device.property("ro.serialno") == fixture.tablet.serial)
        let bytes = pseudoRandomBytes(3 << 20, seed: 7)
        let source = fixture.folder.file("up.bin"), back = fixture.folder.file("back.bin")
        try Data(bytes).write(to: source)
        try SyncClient(device: device).push(local: source, remote: "/sdcard/up.bin")
        try SyncClient(device: device).pull(remote: "/sdcard/up.bin", local: back)
        #expect(try Data(contentsOf: back) == Data(bytes))
    }

    @Test func openingAServiceTheTabletDoesNotHaveIsRefused() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let error = try #require(throws: DeviceError.self) { try device.session.openStream("jdwp:1234") }
        #expect(error.kind == .serviceRefused)
        #expect(try device.property("ro.serialno") == fixture.tablet.serial)
    }
}

final class PromptCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    var callback: @Sendable () -> Void { { [self] in lock.withLock { value += 1 } } }
}
