import Foundation
import Testing
import Transports

/// Starts each ``InsideTestbedTests`` test in a copy of this binary under the USB testbed,
/// with echo peers on TCP behind the emulated tablets, and checks it passed.
@Suite(.serialized, .enabled(if: !TestbedRunner.isInside))
struct OutsideTestbedTests {
    static func runInside(_ name: String) throws {
        let (peers, arguments) = try TestbedLayout.start()
        let result = try TestbedRunner.runInside(name, testbed: arguments)
        withExtendedLifetime(peers) {}
        if ProcessInfo.processInfo.environment["VALISE_TESTBED_SHOW"] != nil { print(result.output) }
        let ran = result.output.contains("Test run with 1 test")
        #expect(result.status == 0 && ran, "inside test \(name) (status \(result.status)):\n\(result.output)")
    }

    @Test func fourTabletsBehindAHubEnumerateWithTheirPortPathsAndSerials() throws { try Self.runInside("enumeration") }

    @Test func adbHandshakeThroughUSBPacketTransport() throws { try Self.runInside("handshake") }

    @Test func payloadsOfWholeUSBPacketsRoundTripWithZLPs() throws { try Self.runInside("payloadsOfWholePacketsRoundTrip") }

    @Test func unplugDuringATransferDisconnectsQuickly() throws { try Self.runInside("unplugDuringATransferDisconnectsQuickly") }

    @Test func busyTabletFailsWithTheAdbKillServerFix() throws { try Self.runInside("busyTabletExplainsTheFix") }

    @Test func closeUnblocksReceiveAndTimeoutsAreReported() throws { try Self.runInside("closeUnblocksAReceiveAndTimeoutsAreReported") }

    @Test func droppingEverythingWithATransferInFlightDoesNotHang() throws { try Self.runInside("droppingEverythingWithATransferInFlightDoesNotHang") }

    @Test func hotplugEventsReportArrivalAndLeave() throws { try Self.runInside("hotplugEvents") }

    @Test func hotplugPollingReportsArrivalAndLeave() throws { try Self.runInside("hotplugPolling") }

    /// Debian's adb (libusb backend) sees the emulated tablets: the testbed is a faithful enough USB device.
    ///
    /// adb 29 opens each tablet once, when libusb reports it: if that open or the connection after
    /// it fails, the tablet stays out of its list until the server restarts. On a loaded machine one
    /// tablet of four was once missing, so the script restarts the server, at most twice, printing
    /// adb's warnings each time; a tablet the testbed answers wrongly still fails all three.
    @Test func debianADBListsTheEmulatedTablets() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/adb") else {
            Issue.record("adb is not installed: run `apt-get install adb`")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-usb-adb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment["TMPDIR"] = folder.path          // adb's server writes its log to $TMPDIR/adb.UID.log
        environment["ADB_LIBUSB"] = "1"
        let probe = try TCPSocket.listen(host: "127.0.0.1", port: 0)   // a free port for a private adb server
        environment["ANDROID_ADB_SERVER_PORT"] = String(probe.localPort)
        probe.close()
        environment.removeValue(forKey: "ADB_VENDOR_KEYS")
        let script = """
            trap '/usr/bin/adb kill-server >/dev/null 2>&1' EXIT
            for server in 1 2 3; do
                /usr/bin/adb start-server
                for attempt in $(seq 1 50); do
                    out=$(/usr/bin/adb devices -l)
                    [ "$(echo "$out" | grep -c ' device ')" -ge 4 ] && break 2
                    sleep 0.2
                done
                echo "adb server $server saw: $out"
                grep -i -E 'fail|warn' "$TMPDIR"/adb.*.log
                /usr/bin/adb kill-server
                sleep 0.5
                for log in "$TMPDIR"/adb.*.log; do : > "$log"; done
            done
            echo "$out"
            """
        let (peers, arguments) = try TestbedLayout.start()
        let result = try TestbedRunner.run(testbed: arguments, command: ["/bin/sh", "-c", script], environment: environment, timeout: 300)
        withExtendedLifetime(peers) {}
        // A restarted server is shown in the test log with adb's warnings, so it can be looked into.
        if ProcessInfo.processInfo.environment["VALISE_TESTBED_SHOW"] != nil || result.output.contains("adb server ") {
            print(result.output)
        }
        let listed = result.output.split(separator: "\n").filter { $0.contains(" device ") }
        for (serial, _) in TestbedLayout.hubTablets {
            #expect(listed.contains { $0.hasPrefix(serial) && $0.contains("model:Emulated_\(serial)") }, "\(serial) missing:\n\(result.output)")
        }
        #expect(result.status == 0, "\(result.output)")
    }
}
