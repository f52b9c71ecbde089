import Testing
@testable import ADB

/// How transports frame packets through the one decoder: how many bytes to ask for next, and a payload that
/// arrived as one transfer kept as it is.
@Suite struct PacketFramingTests {
    @Test func bytesWantedAsksForTheHeaderThenThePayload() throws {
        let packet = ADBPacket(.write, 1, 2, [UInt8](repeating: 0xAB, count: 100))
        let wire = packet.encoded(withChecksum: false)
        var decoder = ADBPacketDecoder()
        #expect(try decoder.bytesWanted() == 24)
        decoder.append(wire[0..<10])
        #expect(try decoder.bytesWanted() == 14)
        decoder.append(wire[10..<24])
        #expect(try decoder.bytesWanted() == 100)
        decoder.append(wire[24..<64])
        #expect(try decoder.bytesWanted() == 60)
        #expect(try decoder.next() == nil)
        decoder.append(wire[64...])
        #expect(try decoder.bytesWanted() == 0)
        #expect(try decoder.next() == packet)
        #expect(decoder.bufferedCount == 0)
        #expect(try decoder.bytesWanted() == 24)
    }

    @Test func aBadHeaderIsRefusedBeforeAnyPayloadIsAskedFor() {
        var decoder = ADBPacketDecoder(maxPayload: 4096)
        decoder.append(ADBPacket(.write, 1, 2, [UInt8](repeating: 0, count: 5000)).header(withChecksum: false))
        #expect(throws: ADBProtocolError.payloadTooLarge(length: 5000, limit: 4096)) { try decoder.bytesWanted() }
    }

    /// USB: the header and the payload come as separate transfers; the payload's array becomes the packet's.
    @Test func aPayloadThatCameAsOneTransferIsNotCopied() throws {
        let payload = [UInt8](repeating: 0x5A, count: 64 << 10)
        var decoder = ADBPacketDecoder(maxPayload: 1 << 20)
        decoder.append(ADBPacket(.write, 1, 2, payload).header(withChecksum: false))
        #expect(try decoder.bytesWanted() == payload.count)
        decoder.append(payload)
        let packet = try #require(try decoder.next())
        let same = packet.payload.withUnsafeBufferPointer { received in
            payload.withUnsafeBufferPointer { sent in received.baseAddress == sent.baseAddress }
        }
        #expect(same)
    }

    /// TCP: the socket writes straight into the decoder's buffer, several packets per read or one across many.
    @Test func aSocketFillingTheBufferInAnySizesGivesThePackets() throws {
        let packets = (0..<50).map { ADBPacket(.write, UInt32($0), 9, [UInt8](repeating: UInt8($0), count: $0 * 97)) }
        let wire = packets.flatMap { $0.encoded(withChecksum: false) }
        for size in [1, 7, 24, 1000, wire.count] {
            var decoder = ADBPacketDecoder(maxPayload: 1 << 20)
            var offset = 0
            var decoded: [ADBPacket] = []
            while offset < wire.count {
                let count = decoder.append(upTo: max(size, try decoder.bytesWanted())) { buffer in
                    let count = min(buffer.count, size, wire.count - offset)
                    wire.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + count)])) }
                    return count
                }
                offset += count
                while let packet = try decoder.next() { decoded.append(packet) }
            }
            #expect(decoded == packets, "read size \(size)")
            #expect(throws: Never.self) { try decoder.checkFinished() }
        }
    }
}
