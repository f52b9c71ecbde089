import Fastboot
import TestSupport
import Testing

@Suite struct FastbootTCPFramingTests {
    @Test func handshakeAndFramesEncode() {
        #expect(FastbootTCP.handshake() == Array("FB01".utf8))
        #expect(FastbootTCP.handshake(version: 12) == Array("FB12".utf8))
        #expect(FastbootTCP.frame(Array("OKAY".utf8)) == [0, 0, 0, 0, 0, 0, 0, 4] + Array("OKAY".utf8))
        #expect(FastbootTCP.frameHeader(length: 0x0102_0304_0506) == [0, 0, 1, 2, 3, 4, 5, 6])
        #expect(FastbootTCP.defaultPort == 5554)
    }

    @Test func framesDecodeUnderEveryChunking() {
        let payloads: [[UInt8]] = [Array("getvar:product".utf8), [], (0..<1000).map { UInt8(truncatingIfNeeded: $0) }, Array("OKAY".utf8)]
        let transcript = FastbootTCP.handshake() + payloads.flatMap(FastbootTCP.frame)
        DecoderVerifier.verify({ TCPFramesUnderTest() }, transcript: transcript,
                                       expected: [.handshake(version: 1)] + payloads.map { .frame($0) })
    }

    @Test func newerPeersReportTheirVersion() {
        DecoderVerifier.verify({ TCPFramesUnderTest() }, transcript: Array("FB02".utf8), expected: [.handshake(version: 2)])
    }

    @Test func badHandshakesAndHugeFramesFail() {
        DecoderVerifier.verifyFails({ TCPFramesUnderTest() }, transcript: Array("HTTP".utf8),
                                            matching: { $0 == .badHandshake(Array("HTTP".utf8)) })
        DecoderVerifier.verifyFails({ TCPFramesUnderTest() }, transcript: Array("FB00".utf8),
                                            matching: { $0 == .badHandshake(Array("FB00".utf8)) })
        DecoderVerifier.verifyFails({ TCPFramesUnderTest(maxFrameLength: 16) },
                                            transcript: FastbootTCP.handshake() + FastbootTCP.frameHeader(length: 17),
                                            expectedOutputs: [.handshake(version: 1)],
                                            matching: { $0 == .frameTooLarge(length: 17, limit: 16) })
    }

    @Test func withoutHandshakeFramesComeFirst() throws {
        var decoder = FastbootTCPFrameDecoder(maxFrameLength: 64, expectHandshake: false)
        decoder.append(FastbootTCP.frame([1, 2]))
        #expect(try decoder.next() == .frame([1, 2]))
        #expect(try decoder.next() == nil)
    }
}
