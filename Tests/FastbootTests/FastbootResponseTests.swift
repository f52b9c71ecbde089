import Fastboot
import TestSupport
import Testing

@Suite struct FastbootResponseTests {
    @Test func everyStatusParses() throws {
        #expect(try FastbootResponse(parsing: Array("OKAY0x10000000".utf8)) == .okay("0x10000000"))
        #expect(try FastbootResponse(parsing: Array("OKAY".utf8)) == .okay(""))
        #expect(try FastbootResponse(parsing: Array("FAILFlashing is not allowed in Lock State".utf8))
            == .fail("Flashing is not allowed in Lock State"))
        #expect(try FastbootResponse(parsing: Array("DATA0000fa00".utf8)) == .data(0xFA00))
        #expect(try FastbootResponse(parsing: Array("INFOerasing...".utf8)) == .info("erasing..."))
        #expect(try FastbootResponse(parsing: Array("TEXTraw".utf8)) == .text("raw"))
    }

    @Test func badResponsesAreErrors() {
        #expect(throws: FastbootProtocolError.shortResponse(Array("OK".utf8))) { try FastbootResponse(parsing: Array("OK".utf8)) }
        #expect(throws: FastbootProtocolError.unknownStatus("WHAT")) { try FastbootResponse(parsing: Array("WHATever".utf8)) }
        #expect(throws: FastbootProtocolError.badDataSize("12")) { try FastbootResponse(parsing: Array("DATA12".utf8)) }
        #expect(throws: FastbootProtocolError.badDataSize("0000zz00")) { try FastbootResponse(parsing: Array("DATA0000zz00".utf8)) }
        #expect(throws: FastbootProtocolError.responseTooLong(300)) {
            try FastbootResponse(parsing: Array("INFO".utf8) + [UInt8](repeating: 0x61, count: 296))
        }
    }

    @Test func encodingRoundTripsAndCutsAt256Bytes() throws {
        for response: FastbootResponse in [.okay("yes"), .fail("no"), .data(0x1000_0000), .info("x"), .text("")] {
            #expect(try FastbootResponse(parsing: response.encoded()) == response)
        }
        #expect(FastbootResponse.info(String(repeating: "a", count: 400)).encoded().count == 256)
    }

    @Test func responsesOverTCPDecodeUnderEveryChunking() {
        let responses: [FastbootResponse] = [.info("max-download-size: 0x1000"), .text("raw"), .data(0x200), .okay(""), .fail("no")]
        let transcript = FastbootTCP.handshake() + responses.flatMap { FastbootTCP.frame($0.encoded()) }
        DecoderVerifier.verify({ TCPResponsesUnderTest() }, transcript: transcript, expected: responses)
        DecoderVerifier.verifyFails({ TCPResponsesUnderTest() },
                                            transcript: FastbootTCP.handshake() + FastbootTCP.frame(Array("BOGUS".utf8)),
                                            matching: { $0 == .unknownStatus("BOGU") })
    }
}
