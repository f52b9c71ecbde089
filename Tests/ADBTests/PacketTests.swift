import TestSupport
import Testing
@testable import ADB

/// The four ASCII letters read as a little-endian u32, computed independently of ADBCommand.
private func letters(_ text: String) -> UInt32 {
    Array(text.utf8).enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * $1.offset) }
}

@Suite struct ADBPacketLayoutTests {
    /// The host's CNXN as it goes on the wire, written by hand from §1.1–1.3:
    /// command "CNXN" LE, version 0x01000001, maxdata 1048576, length 27,
    /// data_check = byte sum of the banner (2637 = 0x0A4D), magic = ~0x4E584E43 = 0xB1A7B1BC.
    static let banner = Array("host::features=shell_v2,cmd".utf8)
    static let cnxnHeaderWithChecksum: [UInt8] = [
        0x43, 0x4E, 0x58, 0x4E,  // "CNXN"
        0x01, 0x00, 0x00, 0x01,  // arg0: version 0x01000001
        0x00, 0x00, 0x10, 0x00,  // arg1: maxdata 0x00100000
        0x1B, 0x00, 0x00, 0x00,  // data_length 27
        0x4D, 0x0A, 0x00, 0x00,  // data_check 0x00000A4D
        0xBC, 0xB1, 0xA7, 0xB1,  // magic 0xB1A7B1BC
    ]

    @Test func cnxnHeaderMatchesHandWrittenTranscript() {
        let packet = ADBPacket(.connect, 0x0100_0001, 1_048_576, Self.banner)
        #expect(packet.header(withChecksum: true) == Self.cnxnHeaderWithChecksum)
        #expect(packet.encoded(withChecksum: true) == Self.cnxnHeaderWithChecksum + Self.banner)
    }

    @Test func checksumIsZeroWithoutWithChecksum() {
        let packet = ADBPacket(.connect, 0x0100_0001, 1_048_576, Self.banner)
        var expected = Self.cnxnHeaderWithChecksum
        expected.replaceSubrange(16..<20, with: [0, 0, 0, 0])
        #expect(packet.header(withChecksum: false) == expected)
        #expect(packet.header(withChecksum: false).count == ADBPacket.headerSize)
    }

    @Test(arguments: [
        (ADBCommand.connect, "CNXN"), (.auth, "AUTH"), (.open, "OPEN"), (.okay, "OKAY"),
        (.write, "WRTE"), (.close, "CLSE"), (.sync, "SYNC"), (.startTLS, "STLS"),
    ])
    func commandValuesAreTheirLettersLittleEndian(command: ADBCommand, name: String) {
        #expect(command.rawValue == letters(name))
        #expect(command.description == name)
        let header = ADBPacket(command, 0, 0).header(withChecksum: false)
        #expect(Array(header[0..<4]) == Array(name.utf8))
        #expect(Array(header[20..<24]) == Array(name.utf8).map { ~$0 })
    }

    @Test func checksumIsAByteSum() {
        #expect(ADBPacket.checksum([UInt8]()) == 0)
        #expect(ADBPacket.checksum([1, 2, 3, 250]) == 256)
        #expect(ADBPacket.checksum(Self.banner) == 0x0A4D)
    }

    @Test func checksumWrapsModulo2To32() {
        // 16_843_010 × 0xFF = 4_294_967_550 = 2^32 + 254.
        let payload = [UInt8](repeating: 0xFF, count: 16_843_010)
        #expect(ADBPacket.checksum(payload) == 254)
        let header = ADBPacket(.write, 1, 2, payload).header(withChecksum: true)
        #expect(Array(header[16..<20]) == [254, 0, 0, 0])
        #expect(Array(header[12..<16]) == [0x02, 0x01, 0x01, 0x01])
    }

    @Test func unprintableCommandDescribesInHex() {
        #expect(ADBCommand(rawValue: 0x0000_0001).description == "0x1")
    }
}

@Suite struct ADBPacketDecoderTests {
    static func raw(command: UInt32, arg0: UInt32 = 0, arg1: UInt32 = 0, length: UInt32, magic: UInt32) -> [UInt8] {
        var out = [UInt8]()
        for word in [command, arg0, arg1, length, 0, magic] { out.appendLittleEndian(word) }
        return out
    }

    @Test func transcriptOfSeveralPacketsUnderEveryChunking() {
        let packets = [
            ADBPacket(.connect, 0x0100_0001, 4096, Array("device::features=shell_v2".utf8)),
            ADBPacket(.okay, 7, 1),                                           // empty payload
            ADBPacket(.write, 7, 1, (0..<4096).map { UInt8(truncatingIfNeeded: $0) }),
            ADBPacket(.close, 7, 1),
            ADBPacket(.auth, 1, 0, [UInt8](repeating: 0xAB, count: 20)),
        ]
        let transcript = packets.flatMap { $0.encoded(withChecksum: true) }
        DecoderVerifier.verify({ PacketDecoderUnderTest() }, transcript: transcript, expected: packets)
    }

    @Test func emptyPayloadPacketDecodesAlone() throws {
        var decoder = ADBPacketDecoder()
        decoder.append(ADBPacket(.okay, 3, 4).encoded(withChecksum: false))
        #expect(try decoder.next() == ADBPacket(.okay, 3, 4, []))
        #expect(try decoder.next() == nil)
        #expect(decoder.bufferedCount == 0)
        try decoder.checkFinished()
    }

    @Test func twoPacketsInOneBuffer() throws {
        let a = ADBPacket(.write, 1, 2, [1, 2, 3]), b = ADBPacket(.write, 1, 2, [4, 5])
        var decoder = ADBPacketDecoder()
        decoder.append(a.encoded(withChecksum: false) + b.encoded(withChecksum: true))
        #expect(try decoder.next() == a)
        #expect(try decoder.next() == b)
        #expect(try decoder.next() == nil)
        #expect(decoder.bufferedCount == 0)
    }

    @Test func partialPayloadWaits() throws {
        let bytes = ADBPacket(.write, 1, 2, [9, 9, 9, 9]).encoded(withChecksum: false)
        var decoder = ADBPacketDecoder()
        decoder.append(bytes.dropLast())
        #expect(try decoder.next() == nil)
        #expect(decoder.bufferedCount == bytes.count - 1)
        decoder.append(bytes.suffix(1))
        #expect(try decoder.next()?.payload == [9, 9, 9, 9])
    }

    @Test func oneMebibytePayloadWithNegotiatedMaximum() throws {
        let payload = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let packet = ADBPacket(.write, 5, 6, payload)
        var decoder = ADBPacketDecoder(maxPayload: 1 << 20)
        decoder.append(packet.encoded(withChecksum: false))
        #expect(try decoder.next() == packet)
        #expect(decoder.bufferedCount == 0)
    }

    @Test func badMagicIsRefused() {
        let command = ADBCommand.write.rawValue
        let bytes = Self.raw(command: command, length: 0, magic: command)  // magic not complemented
        DecoderVerifier.verifyFails({ PacketDecoderUnderTest() }, transcript: bytes) {
            $0 == .badMagic(command: command, magic: command)
        }
    }

    @Test func unknownCommandWithValidMagicIsRefused() {
        let command = letters("XXXX")
        let bytes = Self.raw(command: command, length: 0, magic: ~command)
        DecoderVerifier.verifyFails({ PacketDecoderUnderTest() }, transcript: bytes) { $0 == .unknownCommand(command) }
    }

    @Test func nothingOver4096BeforeTheDevicesCNXN() throws {
        var decoder = ADBPacketDecoder()
        #expect(decoder.maxPayload == 4096)
        decoder.append(ADBPacket(.connect, 0x0100_0001, 4096, [UInt8](repeating: 0x41, count: 4096)).encoded(withChecksum: true))
        #expect(try decoder.next()?.payload.count == 4096)

        let header = Self.raw(command: ADBCommand.connect.rawValue, length: 4097, magic: ~ADBCommand.connect.rawValue)
        var fresh = ADBPacketDecoder()
        fresh.append(header)  // refused on the header alone, before any payload arrives
        #expect(throws: ADBProtocolError.payloadTooLarge(length: 4097, limit: 4096)) { try fresh.next() }
    }

    @Test func maximumIsRaisedOnceTheCNXNIsKnown() throws {
        let big = ADBPacket(.write, 1, 2, [UInt8](repeating: 3, count: 200_000))
        var decoder = ADBPacketDecoder()
        decoder.append(ADBPacket(.connect, 0x0100_0001, 1 << 20, Array("device::".utf8)).encoded(withChecksum: true))
        #expect(try decoder.next()?.command == .connect)
        decoder.maxPayload = 1 << 20
        decoder.append(big.encoded(withChecksum: false))
        #expect(try decoder.next() == big)
    }

    @Test func lengthOverNegotiatedMaximumIsRefused() {
        let bytes = Self.raw(command: ADBCommand.write.rawValue, length: (1 << 20) + 1, magic: ~ADBCommand.write.rawValue)
        DecoderVerifier.verifyFails({ PacketDecoderUnderTest(maxPayload: 1 << 20) }, transcript: bytes) {
            $0 == .payloadTooLarge(length: (1 << 20) + 1, limit: 1 << 20)
        }
        let huge = Self.raw(command: ADBCommand.write.rawValue, length: .max, magic: ~ADBCommand.write.rawValue)
        DecoderVerifier.verifyFails({ PacketDecoderUnderTest(maxPayload: 1 << 20) }, transcript: huge) {
            $0 == .payloadTooLarge(length: Int(UInt32.max), limit: 1 << 20)
        }
    }

    @Test func errorAfterGoodPacketsKeepsThem() {
        let good = ADBPacket(.okay, 1, 2)
        let bad = Self.raw(command: ADBCommand.okay.rawValue, length: 0, magic: 0)
        DecoderVerifier.verifyFails({ PacketDecoderUnderTest() }, transcript: good.encoded(withChecksum: false) + bad,
                                    expectedOutputs: [good]) { $0 == .badMagic(command: ADBCommand.okay.rawValue, magic: 0) }
    }

    @Test func checkFinishedReportsTruncation() throws {
        let bytes = ADBPacket(.write, 1, 2, [UInt8](repeating: 7, count: 100)).encoded(withChecksum: false)
        var inPayload = ADBPacketDecoder()
        inPayload.append(bytes.prefix(60))
        #expect(try inPayload.next() == nil)
        #expect(throws: ADBProtocolError.truncated(expected: 124, received: 60)) { try inPayload.checkFinished() }

        var inHeader = ADBPacketDecoder()
        inHeader.append(bytes.prefix(10))
        #expect(throws: ADBProtocolError.truncated(expected: 24, received: 10)) { try inHeader.checkFinished() }

        var clean = ADBPacketDecoder()
        clean.append(bytes)
        _ = try clean.next()
        try clean.checkFinished()
    }

    @Test func peekHeaderDoesNotConsume() throws {
        var decoder = ADBPacketDecoder()
        decoder.append(ADBPacket(.write, 11, 22, [1, 2]).encoded(withChecksum: true))
        let header = try #require(try decoder.peekHeader())
        #expect(header.command == .write && header.arg0 == 11 && header.arg1 == 22)
        #expect(header.length == 2 && header.checksum == 3)
        #expect(decoder.bufferedCount == 26)
        #expect(try decoder.next()?.arg1 == 22)
    }
}
