import ADB
@testable import Devices
import Foundation
import Simulator
import TestSupport
import Testing
import Transports

/// Several commands in one shell (`ADBDevice.shell(each:)`, `check(each:)`): one round trip, and each answer as if
/// the command had run alone.
@Suite struct ShellBatchTests {
    static let queries = [ShellQuery.property("ro.product.model"), ShellQuery("echo -n no line break"), ShellQuery("ls /nowhere"),
                          ShellQuery("echo to-err >&2; echo out"), ShellQuery("dumpsys battery")]

    static func shells(_ tablet: SimulatedTablet) -> Int {
        tablet.servicesOpened.filter { $0.key.hasPrefix("shell") }.values.reduce(0, +)
    }

    @Test func eachAnswerIsTheOneItGivesAlone() throws {
        // A model holding line breaks and text like the markers cannot shift the other answers.
        let fixture = try TabletFixture(faults: ["model=Tab%0Avalise-0%0A0"])
        let device = try fixture.connect()
        defer { device.close() }
        let before = Self.shells(fixture.tablet)
        let together = try device.shell(each: Self.queries)
        #expect(Self.shells(fixture.tablet) == before + 1)
        let alone = try Self.queries.map { try device.shell($0.command, limit: $0.limit) }
        #expect(together == alone)
        #expect(together[0].text == "Tab\nvalise-0\n0")
        #expect(together[1].stdout == Array("no line break".utf8))
        #expect(together[2].exitCode != 0 && !together[2].stderr.isEmpty)
        #expect(together[3].stderr == Array("to-err\n".utf8) && together[3].text == "out")
    }

    @Test func anAnswerPastItsOwnLimitNamesItsCommand() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let error = try #require(throws: DeviceError.self) {
            try device.shell(each: [ShellQuery("getprop ro.build.version.sdk"), ShellQuery("dumpsys battery", limit: 20)])
        }
        #expect(error.kind == .protocolViolation)
        #expect(error.summary.contains("`dumpsys battery`"), "\(error.summary)")
    }

    @Test func changesStopAtTheFirstFailureWhichIsNamed() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let before = Self.shells(fixture.tablet)
        try device.check(each: ["settings put global device_name one", "settings put system screen_off_timeout 60000"])
        #expect(Self.shells(fixture.tablet) == before + 1)
        #expect(try device.check("settings get global device_name") == "one")
        #expect(try device.check("settings get system screen_off_timeout") == "60000")
        let error = try #require(throws: DeviceError.self) {
            try device.check(each: ["settings put global device_name two", "ls /nowhere", "settings put global device_name three"])
        }
        #expect(error.kind == .commandFailed)
        #expect(error.summary.contains("ls /nowhere"), "\(error.summary)")
        #expect(error.reason.contains("No such file"), "\(error.reason)")
        #expect(try device.check("settings get global device_name") == "two")
    }

    @Test func aLongListGoesInSeveralShellsEachWithinOnePacketOfTheFirstProtocol() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let queries = (0..<60).map { ShellQuery("settings get global valise_\($0)") } + [ShellQuery.property("ro.build.version.sdk")]
        let before = fixture.tablet.servicesOpened
        let together = try device.shell(each: queries)
        #expect(together == (try queries.map { try device.shell($0.command, limit: $0.limit) }))
        #expect(together.last?.text == String(fixture.tablet.persona.identity.sdk))
        let opened = fixture.tablet.servicesOpened.filter { $0.key.hasPrefix("shell") && $0.value > (before[$0.key] ?? 0) && $0.key.contains("; ") }
        #expect((2...6).contains(opened.count), "\(opened.keys.map(\.utf8.count))")
        #expect(opened.keys.allSatisfy { $0.utf8.count < 4096 - 64 }, "\(opened.keys.map(\.utf8.count))")
        // Changes too: all made, in order, in more than one shell.
        let changes = (0..<40).map { "settings put global valise_\($0) value-\($0)" }
        try device.check(each: changes)
        #expect(try device.check("settings get global valise_39") == "value-39")
    }

    @Test func aTabletWithoutShellV2IsAskedOneCommandAtATime() throws {
        let fixture = try TabletFixture(identity: OldTabletTests.marshmallow())
        let device = try fixture.connect()
        defer { device.close() }
        let before = Self.shells(fixture.tablet)
        let answers = try device.shell(each: [.property("ro.product.model"), .property("ro.build.version.sdk")])
        #expect(Self.shells(fixture.tablet) == before + 2)
        #expect(answers.map(\.text) == [OldTabletTests.marshmallow().model, "23"])
        #expect(answers.allSatisfy { $0.exitCode == nil })
    }

    @Test func anAnswerThatDoesNotSplitAsItShouldIsNotTaken() {
        let marker = ADBDevice.batchMarker()
        #expect(marker != ADBDevice.batchMarker())
        func output(_ out: String, _ err: String) -> ShellOutput { ShellOutput(stdout: Array(out.utf8), stderr: Array(err.utf8), exitCode: 0) }
        let good = ADBDevice.split(output("a\n\(marker)0\nb\(marker)3\n", "\(marker)\nwhy\n\(marker)\n"), marker: marker, count: 2)
        #expect(good == [ShellOutput(stdout: Array("a\n".utf8), stderr: [], exitCode: 0),
                         ShellOutput(stdout: Array("b".utf8), stderr: Array("why\n".utf8), exitCode: 3)])
        // One answer missing, one too many, a status that is not a number, bytes after the last marker.
        #expect(ADBDevice.split(output("a\n\(marker)0\n", "\(marker)\n\(marker)\n"), marker: marker, count: 2) == nil)
        #expect(ADBDevice.split(output("a\(marker)0\nb\(marker)0\n", "\(marker)\n\(marker)\n"), marker: marker, count: 1) == nil)
        #expect(ADBDevice.split(output("a\(marker)x\n", "\(marker)\n"), marker: marker, count: 1) == nil)
        #expect(ADBDevice.split(output("a\(marker)0\ntail", "\(marker)\n"), marker: marker, count: 1) == nil)
    }
}
