import ADB
import Foundation
import Synchronization
import TestSupport
import Testing
import Transports
import USBHost

/// Runs only inside the testbed (umockdev preload), started by ``OutsideTestbedTests``;
/// in a plain `swift test` run these show as skipped and their outside twins run them.
@Suite(.enabled(if: TestbedRunner.isInside, "runs inside the USB testbed, started by OutsideTestbedTests"))
struct InsideTestbedTests {
    static func tablet(_ serial: String, in context: USBContext) throws -> USBDeviceInfo {
        let devices = try context.devices()
        return try #require(devices.first { $0.serial == serial }, "\(serial) not among \(devices)")
    }

    static func connect(_ serial: String, in context: USBContext) throws -> USBPacketTransport {
        let transport = try USBPacketTransport(context: context, device: try tablet(serial, in: context))
        try transport.send(ADBPacket(.connect, ADBProtocol.versionSkipChecksum, UInt32(ADBProtocol.maxPayload), Array("host::\0".utf8)),
                           withChecksum: true, timeout: .seconds(5))
        let reply = try transport.receive(timeout: .seconds(5))
        #expect(reply.command == .connect)
        #expect(String(decoding: reply.payload, as: UTF8.self) == EchoTablet.banner(serial: serial))
        transport.setMaxPayload(ADBProtocol.maxPayload)
        return transport
    }

    static func control(_ action: String, _ serial: String) throws {
        let folder = try #require(TestbedRunner.controlFolder)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("\(action)-\(serial)").path, contents: nil)
    }

    @Test func enumeration() throws {
        let context = try USBContext()
        let devices = try context.devices()
        print("devices: \(devices)")
        let hub = devices.filter { $0.portPath.count == 2 && $0.portPath[0] == 1 }
        #expect(hub.map(\.portPathString) == TestbedLayout.hubTablets.map(\.1))
        #expect(hub.map(\.serial) == TestbedLayout.hubTablets.map(\.0))
        for device in hub {
            #expect(device.kind == .adb && device.busNumber == 1 && device.vendorID == 0x18D1 && device.productID == 0x4EE7)
            #expect(device.interfaceNumber == 1 && device.endpointIn == 0x82 && device.endpointOut == 0x02 && device.maxPacketSize == 512)
        }
        let fastboot = try #require(devices.first { $0.serial == TestbedLayout.fastboot.0 })
        #expect(fastboot.kind == .fastboot && fastboot.portPathString == "1-2" && fastboot.portPath == [2])
        #expect(!devices.contains { $0.serial == TestbedLayout.spare.0 })
        #expect(devices.count == 6)
    }

    @Test func handshake() throws {
        let context = try USBContext()
        let transport = try Self.connect("VALISE02", in: context)
        #expect(transport.address == "usb 1-1.2")
        try transport.send(ADBPacket(.open, 1, 0, Array("shell:echo hi\0".utf8)), withChecksum: false, timeout: .seconds(5))
        let echo = try transport.receive(timeout: .seconds(5))
        #expect(echo == ADBPacket(.open, 1, 0, Array("shell:echo hi\0".utf8)))
        transport.close()
        // Released: a second connection to the same tablet works.
        try Self.connect("VALISE02", in: context).close()
    }

    @Test func payloadsOfWholePacketsRoundTrip() throws {
        let context = try USBContext()
        let transport = try Self.connect("VALISE03", in: context)
        // Whole multiples of 512 need a ZLP (the testbed drops the tablet as adbd would without it),
        // and must come back without being glued to the next header.
        for size in [512, 1024, 4096, 16384, 16384 + 512, 65536, 262_144, 1 << 20, 1, 24, 511, 513, 100_000] {
            let payload = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ size) }
            try transport.send(ADBPacket(.write, 1, 2, payload), withChecksum: false, timeout: .seconds(10))
            let echo = try transport.receive(timeout: .seconds(10))
            #expect(echo.command == .write && echo.payload.count == size && Array(echo.payload) == payload, "size \(size)")
        }
        // Two packets in flight at once: the second header must not merge into the first payload.
        try transport.send(ADBPacket(.write, 1, 2, [UInt8](repeating: 5, count: 4096)), withChecksum: false, timeout: .seconds(5))
        try transport.send(ADBPacket(.okay, 1, 2), withChecksum: false, timeout: .seconds(5))
        #expect(try transport.receive(timeout: .seconds(5)).payload.count == 4096)
        #expect(try transport.receive(timeout: .seconds(5)).command == .okay)
        // Throughput through the emulation (for the record; the testbed, not libusb, is the bottleneck).
        let mebibyte = [UInt8](repeating: 0xA5, count: 1 << 20)
        let started = ContinuousClock.now
        for _ in 0..<16 {
            try transport.send(ADBPacket(.write, 1, 2, mebibyte), withChecksum: false, timeout: .seconds(10))
            #expect(try transport.receive(timeout: .seconds(10)).payload.count == mebibyte.count)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("16 MiB each way in \(seconds) s: \(Int(16 / seconds)) MiB/s each way")
        transport.close()
    }

    /// The thread a receive runs on, noted before it starts (written before `begun` signals, read after).
    final class Receiving: @unchecked Sendable {
        var thread: KernelThread?
        var error: (any Error)?
        var ended = ContinuousClock.now
    }

    /// Starts `transport.receive` on a thread of its own and returns once it waits for its transfer (no clock: its
    /// thread sleeps on the transfer's completion); `ended` signals when the receive is over.
    static func startReceiving(on transport: USBPacketTransport, timeout: Duration?, ended: DispatchSemaphore) throws -> Receiving {
        let receiving = Receiving(), begun = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            receiving.thread = try? KernelThread.current()
            begun.signal()
            do {
                _ = try transport.receive(timeout: timeout)
            } catch {
                receiving.error = error
            }
            receiving.ended = .now
            ended.signal()
        }
        begun.wait()
        let thread = try #require(receiving.thread)
        try waitUntil("the receive to wait for its transfer") { thread.isWaitingOnFutex }
        return receiving
    }

    @Test func unplugDuringATransferDisconnectsQuickly() throws {
        let context = try USBContext()
        let transport = try Self.connect("VALISE04", in: context)
        let ended = DispatchSemaphore(value: 0)
        let receiving = try Self.startReceiving(on: transport, timeout: .seconds(20), ended: ended)
        let unplugged = ContinuousClock.now
        try Self.control("unplug", "VALISE04")
        try #require(ended.wait(timeout: .now() + 20) == .success, "the receive did not end")
        guard case .disconnected(let why)? = receiving.error as? TransportError else {
            Issue.record(receiving.error.map { "got \($0)" } ?? "receive returned a packet")
            return
        }
        print("unplug: \(why) after \(receiving.ended - unplugged)")
        #expect(why.contains("unplugged"))
        #expect(receiving.ended - unplugged < .seconds(3))
        #expect(throws: TransportError.self) { try transport.send(ADBPacket(.okay, 1, 2), withChecksum: false, timeout: .seconds(2)) }
        #expect(ContinuousClock.now - unplugged < .seconds(4))
    }

    @Test func busyTabletExplainsTheFix() throws {
        let context = try USBContext()
        let error = #expect(throws: USBError.self) { try USBPacketTransport(context: context, device: try Self.tablet("VALISEBZ", in: context)) }
        #expect(error == .busy)
        #expect(error?.description.contains("adb kill-server") == true)
        // The same when this process already holds the tablet (the kernel's claim rule).
        let first = try Self.connect("VALISE01", in: context)
        let second = #expect(throws: USBError.self) { try USBPacketTransport(context: context, device: try Self.tablet("VALISE01", in: context)) }
        #expect(second == .busy)
        first.close()
    }

    @Test func closeUnblocksAReceiveAndTimeoutsAreReported() throws {
        let context = try USBContext()
        let transport = try Self.connect("VALISE01", in: context)
        var started = ContinuousClock.now
        #expect(throws: TransportError.timedOut("usb 1-1.1: waiting for a packet")) { try transport.receive(timeout: .milliseconds(300)) }
        #expect(ContinuousClock.now - started < .seconds(2))
        let ended = DispatchSemaphore(value: 0)
        let receiving = try Self.startReceiving(on: transport, timeout: nil, ended: ended)
        started = ContinuousClock.now
        transport.close()
        try #require(ended.wait(timeout: .now() + 10) == .success, "close did not end the receive")
        #expect(receiving.error as? TransportError == .disconnected("usb 1-1.1: the connection was closed"))
        #expect(receiving.ended - started < .seconds(2))
    }

    @Test func droppingEverythingWithATransferInFlightDoesNotHang() throws {
        // The last references may go while libusb still completes a cancelled transfer: the
        // teardown (libusb_close, libusb_exit) must not run inside libusb's event handling.
        for _ in 0..<5 {
            let finished = DispatchSemaphore(value: 0)
            do {
                let context = try USBContext()
                let transport = try Self.connect("VALISE02", in: context)
                // The receive's thread keeps the last references: closed once its transfer is in flight.
                _ = try Self.startReceiving(on: transport, timeout: nil, ended: finished)
                transport.close()
            }
            #expect(finished.wait(timeout: .now() + 3) == .success)
        }
    }

    @Test func hotplugEvents() throws { try Self.watchArrivalAndLeave(mode: .automatic) }

    @Test func hotplugPolling() throws { try Self.watchArrivalAndLeave(mode: .polling) }

    static func watchArrivalAndLeave(mode: USBWatchMode) throws {
        let context = try USBContext()
        let events = Mutex<[String]>([])
        let watch = try context.watch(mode: mode,
                                      onArrive: { info in events.withLock { $0.append("+\(info.serial ?? "?")@\(info.portPathString)") } },
                                      onLeave: { info in events.withLock { $0.append("-\(info.serial ?? "?")@\(info.portPathString)") } })
        #expect(watch.usesHotplugEvents == (mode == .automatic))
        func waitFor(_ event: String) -> Bool {
            for _ in 0..<100 where !events.withLock({ $0.contains(event) }) { Thread.sleep(forTimeInterval: 0.05) }
            return events.withLock { $0.contains(event) }
        }
        #expect(waitFor("+VALISE03@1-1.3"))
        try control("plug", TestbedLayout.spare.0)
        #expect(waitFor("+VALISE09@1-3"))
        try control("unplug", TestbedLayout.spare.0)
        #expect(waitFor("-VALISE09@1-3"))
        watch.cancel()
        print("\(mode) events: \(events.withLock { $0 })")
    }
}
