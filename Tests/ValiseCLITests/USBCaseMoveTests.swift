import Foundation
import Simulator
import TestSupport
import Testing

/// A USB tablet plugged into another slot of a mapped case: the case map wins, and the run says so.
@Suite(.serialized) struct USBCaseMoveTests {
    @Test func aTabletPluggedIntoAnotherSlotOfItsCaseIsMovedThereAndTheRunSaysSo() throws {
        let fixture = try TabletFixture(index: 12)
        let bed = USBTestbed()
        try USBProvisionTests.profiles(in: bed)
        let provision = "provision --profile profiles/5A.yaml --all --case '\(USBTabletsTests.valise1)'"
        bed.plugged = [.init(serial: fixture.tablet.serial, port: fixture.tablet.port, portPath: "1-1.1.1")]
        let first = try bed.run(["\"$VALISE\" keys init --organization Parc >/dev/null", bed.step("first", provision)]
            .joined(separator: "\n"), environment: USBProvisionTests.environment)
        #expect(first.step("first").status == 0, "\(first.step("first").stdout)\(first.step("first").stderr)\n\(first.output)")

        bed.plugged = [.init(serial: fixture.tablet.serial, port: fixture.tablet.port, portPath: "1-1.2.1")]
        let second = try bed.run([bed.step("second", provision), bed.step("report", "report --format csv")]
            .joined(separator: "\n"), environment: USBProvisionTests.environment)
        let moved = second.step("second")
        #expect(moved.status == 0, "\(moved.stdout)\(moved.stderr)\n\(second.output)")
        #expect(moved.stdout.contains("moved from slot 1 to slot 5"), "\(moved.stdout)")
        let lines = second.step("report").stdout.split(separator: "\r\n").dropFirst()
        #expect(lines.count == 1 && lines.contains { $0.contains(",valise-1,5,DEMO-5A-05,\(fixture.tablet.serial),") }, "\(lines)")
    }
}
