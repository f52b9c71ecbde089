import Foundation
import Synchronization
import Fastboot
import Odin
import Simulator
import Testing

/// The host state machine against the simulated tablet's own link (no sockets).
struct SimulatedLink {
    var host = OdinHostStateMachine()
    var link: OdinDeviceLink
    var replies: [[UInt8]] = []
    var gone = false
    var file: [UInt8] = []

    init(_ tablet: SimulatedDownloadMode) { link = tablet.link() }

    enum Failure: Error, Equatable { case unplugged, protocolError(OdinProtocolError) }

    mutating func run(_ operation: OdinHostStateMachine.Operation) throws(Failure) -> OdinHostStateMachine.Outcome {
        var action = host.start(operation)
        while true {
            switch action {
            case .send(let bytes): try deliver(bytes); action = host.sent()
            case let .sendFile(offset, count, paddedTo):
                try deliver(Array(file[offset..<(offset + count)]) + [UInt8](repeating: 0, count: paddedTo - count))
                action = host.sent()
            case .receive:
                guard !replies.isEmpty else { throw .unplugged }
                action = host.received(replies.removeFirst())
            case .finished(let outcome): return outcome
            case .failed(let error): throw .protocolError(error)
            }
        }
    }

    private mutating func deliver(_ bytes: [UInt8]) throws(Failure) {
        guard !gone else { throw .unplugged }
        let step = link.received(bytes)
        replies += step.transfers
        gone = step.ends
    }
}

@Suite struct SimulatedDownloadModeTests {
    func session(_ tablet: SimulatedDownloadMode, file: [UInt8]) throws -> SimulatedLink {
        var link = SimulatedLink(tablet)
        link.file = file
        _ = try link.run(.handshake)
        _ = try link.run(.beginSession)
        #expect(try link.run(.dumpPIT) == .pit(SamsungDemoPIT.tablet))
        return link
    }

    @Test func keepsWhatEachPartitionReceived() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet)
        let boot = [UInt8](repeating: 0xB0, count: 200_000), modem = [UInt8](repeating: 0xC9, count: 1000)
        var link = try session(tablet, file: boot)
        _ = try link.run(.flash(try #require(SamsungDemoPIT.tablet.entry(named: "BOOT")), byteCount: boot.count))
        link.file = modem
        _ = try link.run(.flash(try #require(SamsungDemoPIT.tablet.entry(named: "RADIO")), byteCount: modem.count))
        _ = try link.run(.endSession)
        _ = try link.run(.reboot)
        #expect(tablet.partitions == ["BOOT": boot, "RADIO": modem])
        #expect(tablet.left == .reboot)
        #expect(link.gone)
    }

    @Test func theCablePulledMidSequenceLeavesThePartitionUntouched() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet, faults: [.unplugAfterParts(1)])
        let image = [UInt8](repeating: 1, count: 300_000)
        var link = try session(tablet, file: image)
        #expect(throws: SimulatedLink.Failure.unplugged) {
            try link.run(.flash(try #require(SamsungDemoPIT.tablet.entry(named: "BOOT")), byteCount: image.count))
        }
        #expect(tablet.partitions.isEmpty)
    }

    @Test func aRefusedPacketStopsTheTransfer() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet, faults: [.refuseSequenceEnd])
        var link = try session(tablet, file: [1, 2, 3])
        let entry = try #require(SamsungDemoPIT.tablet.entry(named: "BOOT"))
        #expect(throws: SimulatedLink.Failure.protocolError(.refused(
            request: "0x66/3 end of sequence (AP, 3 bytes, device type 8, partition 5, last)", code: SimulatedDownloadMode.refusedCode))) {
            try link.run(.flash(entry, byteCount: 3))
        }
        #expect(tablet.partitions.isEmpty)
    }

    @Test func aBinaryForAnotherModelIsRefused() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet)
        let image = ValiseImageHeader([("board", "gts7lwifi")]).encoded(paddedTo: 4096) + [UInt8](repeating: 7, count: 5000)
        var link = try session(tablet, file: image)
        let entry = try #require(SamsungDemoPIT.tablet.entry(named: "BOOT"))
        #expect(throws: SimulatedLink.Failure.protocolError(.refused(
            request: "0x66/3 end of sequence (AP, 9096 bytes, device type 8, partition 5, last)", code: SimulatedDownloadMode.otherModelCode))) {
            try link.run(.flash(entry, byteCount: image.count))
        }
        #expect(tablet.partitions.isEmpty)
    }
}

/// A Download-mode tablet writes each sequence at its storage's rate (`flash-rate=`) before it answers the end.
@Suite struct DownloadModeWriteRateTests {
    @Test func theEndOfASequenceIsAnsweredOnlyOnceTheTabletHasWrittenIt() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet, writeRate: 500_000)
        let image = [UInt8](repeating: 0xB0, count: 1_000_000)   // 2 s of the tablet's writing
        let entry = try #require(SamsungDemoPIT.tablet.entry(named: "BOOT"))
        let answered = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        Thread {
            do {
                var link = try SimulatedDownloadModeTests().session(tablet, file: image)
                _ = try link.run(.flash(entry, byteCount: image.count))
            } catch {
                failure.withLock { $0 = error }
            }
            answered.signal()
        }.start()
        // The partition is there as soon as the last sequence is received; its end is answered after the writing.
        while tablet.partitions["BOOT"] == nil && failure.withLock({ $0 == nil }) { Thread.sleep(forTimeInterval: 0.005) }
        #expect(answered.wait(timeout: .now()) == .timedOut, "the end was answered before the tablet wrote the sequence")
        answered.wait()
        #expect(failure.withLock { $0 } == nil)
        #expect(tablet.partitions["BOOT"] == image)
    }
}
