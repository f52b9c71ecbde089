import Odin
import Testing

@Suite struct OdinStateMachineTests {
    @Test func aWholeSessionFlashesTheFileByteForByte() throws {
        var loop = OdinLoopback(pit: tabletPIT)
        loop.file = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        #expect(try loop.run(.handshake) == .done)
        #expect(try loop.run(.beginSession) == .session(.standard))
        #expect(try loop.run(.totalBytes(300_000)) == .done)
        #expect(loop.device.announcedTotal == 300_000)
        #expect(try loop.run(.dumpPIT) == .pit(tabletPIT))
        let boot = try #require(tabletPIT.entry(forFile: "boot.img"))
        #expect(try loop.run(.flash(boot, byteCount: loop.file.count)) == .done)
        #expect(try loop.run(.endSession) == .done)
        #expect(try loop.run(.reboot) == .done)
        #expect(loop.left == .reboot)
        #expect(loop.written.count == 1)
        #expect(loop.written[0].0 == OdinSequenceEnd(destination: .ap, byteCount: 300_000, deviceType: 8, partitionID: 5,
                                                     isLast: true))
        #expect(loop.written[0].1 == loop.file)
        // Three parts: none before the first, one before each other, one on each side of the end of sequence.
        #expect(loop.emptyTransfersSent == 2 + 2)
        #expect(loop.toHost.isEmpty)
    }

    @Test func aDeviceThatAllowsLargePartsGetsThemInSeveralSequences() throws {
        let small = OdinTransferParameters(partSize: 16, partsPerSequence: 3, sequenceTimeout: .seconds(120))
        var loop = OdinLoopback(pit: tabletPIT, offersLargeParts: true, largeParameters: small)
        loop.file = (0..<100).map { UInt8($0) }
        _ = try loop.run(.handshake)
        #expect(try loop.run(.beginSession) == .session(small))
        #expect(loop.device.partSize == 16)
        let modem = try #require(tabletPIT.entry(named: "RADIO"))
        #expect(try loop.run(.flash(modem, byteCount: 100)) == .done)
        #expect(loop.written.map(\.0.byteCount) == [48, 48, 4])
        #expect(loop.written.map(\.0.isLast) == [false, false, true])
        #expect(loop.written.allSatisfy { $0.0.destination == .cp })
        #expect(loop.written.flatMap(\.1) == loop.file)
    }

    @Test func aSequenceLimitShortensTheSequencesAndMarksWhereTheirPartsAreSent() throws {
        let small = OdinTransferParameters(partSize: 16, partsPerSequence: 30, sequenceTimeout: .seconds(120))
        var loop = OdinLoopback(pit: tabletPIT, offersLargeParts: true, largeParameters: small, sequenceLimit: 40)
        loop.file = (0..<100).map { UInt8($0) }
        _ = try loop.run(.handshake)
        #expect(!loop.host.isSendingParts)
        // The device's 16 × 30 capped to two parts a sequence: a sequence of 40 bytes cannot hold a third.
        let capped = OdinTransferParameters(partSize: 16, partsPerSequence: 2, sequenceTimeout: .seconds(120))
        #expect(try loop.run(.beginSession) == .session(capped))
        let modem = try #require(tabletPIT.entry(named: "RADIO"))
        loop.sends = []
        #expect(try loop.run(.flash(modem, byteCount: 100)) == .done)
        #expect(loop.written.map(\.0.byteCount) == [32, 32, 32, 4])
        #expect(loop.written.flatMap(\.1) == loop.file)
        #expect(loop.sends.filter(\.part).count == 7)
        #expect(!loop.sends.contains { $0.part && !$0.sendingParts }, "every part is sent while the host says so")
        // The empty transfers around each sequence's end (two of four sequences) are not part of its parts; the
        // one between two parts is.
        #expect(loop.sends.filter { $0.empty && !$0.sendingParts }.count == 2 * 4)
        #expect(loop.sends.filter { $0.empty && $0.sendingParts }.count == 3)
        #expect(!loop.host.isSendingParts)
        // Below one part, a sequence still holds one.
        var tiny = OdinLoopback(pit: tabletPIT, sequenceLimit: 1)
        tiny.file = [UInt8](repeating: 7, count: 300_000)
        _ = try tiny.run(.handshake)
        let onePart = OdinTransferParameters(partSize: 128 * 1024, partsPerSequence: 1, sequenceTimeout: .seconds(30))
        #expect(try tiny.run(.beginSession) == .session(onePart))
        let boot = try #require(tabletPIT.entry(forFile: "boot.img"))
        #expect(try tiny.run(.flash(boot, byteCount: 300_000)) == .done)
        #expect(tiny.written.map(\.0.byteCount) == [131_072, 131_072, 37_856])
    }

    @Test func aPartitionTheDeviceDoesNotHaveIsRefused() throws {
        var loop = OdinLoopback(pit: tabletPIT)
        loop.file = [1, 2, 3]
        _ = try loop.run(.handshake)
        _ = try loop.run(.beginSession)
        let stranger = PITEntry(identifier: 99, partitionName: "VENDOR_BOOT", flashFileName: "vendor_boot.img")
        #expect(throws: OdinProtocolError.refused(request: "0x66/3 end of sequence (AP, 3 bytes, device type 8, partition 99, last)",
                                                  code: OdinDeviceStateMachine.RefusalCode.unknownPartition.rawValue)) {
            try loop.run(.flash(stranger, byteCount: 3))
        }
        #expect(loop.written.isEmpty)
        // After a failure the host refuses to go on.
        #expect(throws: OdinProtocolError.self) { try loop.run(.endSession) }
    }

    @Test func requestsBeforeTheSessionAreRefused() throws {
        var loop = OdinLoopback(pit: tabletPIT)
        _ = try loop.run(.handshake)
        #expect(throws: OdinProtocolError.refused(request: "0x65/1 dump PIT", code: 1)) { try loop.run(.dumpPIT) }
    }

    @Test func theDeviceEnforcesTheOrderOfASequence() {
        var device = OdinDeviceStateMachine(pit: tabletPIT)
        let refusedOutOfSequence = [OdinDeviceStateMachine.Action.send(OdinResponse.refused(code: 2).encoded())]
        #expect(device.received(.part([1])) == refusedOutOfSequence)
        _ = device.received(.handshake)
        _ = device.received(.request(.beginSession))
        #expect(device.received(.request(.sequenceStart(16))) == refusedOutOfSequence)
        _ = device.received(.request(.filePartSize(16)))
        _ = device.received(.request(.fileFlash))
        _ = device.received(.request(.sequenceStart(16)))
        let end = OdinSequenceEnd(destination: .ap, byteCount: 16, deviceType: 8, partitionID: 5, isLast: true)
        #expect(device.received(.request(.sequenceEnd(end))) == refusedOutOfSequence, "the end before its parts")
        #expect(device.received(.part([UInt8](repeating: 9, count: 16))) == [.send(OdinResponse.partAcknowledged(0).encoded())])
        #expect(device.received(.part([UInt8](repeating: 9, count: 16))) == refusedOutOfSequence, "a part too many")
        var long = end
        long.byteCount = 17
        #expect(device.received(.request(.sequenceEnd(long))) == [.send(OdinResponse.refused(code: 4).encoded())])
    }

    @Test func aWrongAcknowledgementOrAnswerStopsTheHost() {
        var host = OdinHostStateMachine()
        #expect(host.start(.handshake) == .send(OdinWire.handshake))
        #expect(host.sent() == .receive(timeout: .seconds(30)))
        #expect(host.received(Array("LO".utf8)) == .receive(timeout: .seconds(30)))
        #expect(host.received(Array("KE".utf8)) == .finished(.done))
        #expect(host.start(.endSession) == .send(OdinRequest.endSession.encoded()))
        _ = host.sent()
        #expect(host.received(OdinResponse(type: 0x66, value: 0).encoded())
            == .failed(.unexpectedResponse(request: "0x67/0 end session", response: OdinResponse(type: 0x66, value: 0))))
    }
}
