import TestSupport
import Testing
@testable import ADB

/// Shell protocol v2 packets (§4.2): `id:u8, length:u32 LE, data`.
@Suite struct ShellProtocolTests {
    static func isUnexpected(_ error: ADBProtocolError) -> Bool {
        if case .unexpected = error { return true }
        return false
    }

    /// A hand-written transcript: stdout "hi\n", stderr "oops", stdout (empty), exit 0x83 (signal 3).
    static let transcript: [UInt8] = [
        0x01, 0x03, 0x00, 0x00, 0x00, 0x68, 0x69, 0x0A,
        0x02, 0x04, 0x00, 0x00, 0x00, 0x6F, 0x6F, 0x70, 0x73,
        0x01, 0x00, 0x00, 0x00, 0x00,
        0x03, 0x01, 0x00, 0x00, 0x00, 0x83,
    ]

    @Test func handWrittenTranscriptUnderEveryChunking() {
        DecoderVerifier.verify({ ShellDecoderUnderTest() }, transcript: Self.transcript, expected: [
            ShellPacket(.stdout, Array("hi\n".utf8)),
            ShellPacket(.stderr, Array("oops".utf8)),
            ShellPacket(.stdout, []),
            ShellPacket(.exit, [0x83]),
        ])
    }

    @Test func encodedMatchesTheWireLayout() {
        #expect(ShellPacket(.stdout, Array("hi\n".utf8)).encoded == Array(Self.transcript[0..<8]))
        #expect(ShellPacket(.closeStdin).encoded == [0x04, 0, 0, 0, 0])
        let big = ShellPacket(.stdin, [UInt8](repeating: 0xEE, count: 0x01_0203))
        #expect(Array(big.encoded.prefix(5)) == [0x00, 0x03, 0x02, 0x01, 0x00])
        #expect(big.encoded.count == 5 + 0x01_0203)
    }

    @Test func packetsSpanningChunkBoundaries() throws {
        let packets = (0..<40).map { i in
            ShellPacket(i % 3 == 0 ? .stderr : .stdout, (0..<(i * 37 % 300)).map { UInt8(truncatingIfNeeded: $0 + i) })
        } + [ShellPacket(.exit, [0])]
        let transcript = packets.flatMap(\.encoded)
        DecoderVerifier.verify({ ShellDecoderUnderTest() }, transcript: transcript, expected: packets)

        // A packet split as header-in-one-read, data-in-two.
        var decoder = ShellPacketDecoder()
        let bytes = ShellPacket(.stdout, [1, 2, 3, 4, 5, 6]).encoded
        decoder.append(bytes[0..<3])
        #expect(try decoder.next() == nil)
        #expect(decoder.hasPartialPacket)
        decoder.append(bytes[3..<8])
        #expect(try decoder.next() == nil)
        decoder.append(bytes[8...])
        #expect(try decoder.next() == ShellPacket(.stdout, [1, 2, 3, 4, 5, 6]))
        #expect(!decoder.hasPartialPacket)
    }

    @Test func hostToDeviceIDsRoundTrip() {
        let packets = [ShellPacket(.stdin, Array("echo hi\n".utf8)), ShellPacket(.windowSizeChange, Array("24x80,0x0\0".utf8)),
                       ShellPacket(.closeStdin)]
        DecoderVerifier.verify({ ShellDecoderUnderTest() }, transcript: packets.flatMap(\.encoded), expected: packets)
    }

    @Test(arguments: [0, 2, 5])
    func exitPacketMustHoldOneByte(size: Int) {
        let bytes: [UInt8] = [0x03, UInt8(size), 0, 0, 0] + [UInt8](repeating: 1, count: size)
        DecoderVerifier.verifyFails({ ShellDecoderUnderTest() }, transcript: ShellPacket(.stdout, [9]).encoded + bytes,
                                    expectedOutputs: [ShellPacket(.stdout, [9])], matching: Self.isUnexpected)
    }

    @Test(arguments: [UInt8(6), 7, 0x80, 0xFF])
    func unknownIDIsAnError(id: UInt8) {
        DecoderVerifier.verifyFails({ ShellDecoderUnderTest() }, transcript: [id, 1, 0, 0, 0, 0x41], matching: Self.isUnexpected)
    }

    @Test func overLongLengthIsRefusedFromTheHeader() throws {
        DecoderVerifier.verifyFails({ ShellDecoderUnderTest(maxLength: 100) }, transcript: [0x01, 101, 0, 0, 0],
                                    matching: Self.isUnexpected)
        // The default limit (1 MiB) refuses a length the header alone shows to be too big.
        var decoder = ShellPacketDecoder()
        decoder.append([0x01, 0x01, 0x00, 0x10, 0x00])   // 0x00100001 = 1 MiB + 1
        #expect(throws: ADBProtocolError.self) { try decoder.next() }
        var atLimit = ShellPacketDecoder(maxLength: 100)
        atLimit.append(ShellPacket(.stdout, [UInt8](repeating: 0, count: 100)).encoded)
        #expect(try atLimit.next()?.data.count == 100)
    }

    @Test func exitCodesAreRawBytes() {
        let codes: [UInt8] = [0, 1, 126, 127, 0x80 | 9, 255]
        let packets = codes.map { ShellPacket(.exit, [$0]) }
        DecoderVerifier.verify({ ShellDecoderUnderTest() }, transcript: packets.flatMap(\.encoded), expected: packets)
    }
}
