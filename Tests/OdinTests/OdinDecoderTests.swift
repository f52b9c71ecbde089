import Odin
import TestSupport
import Testing

struct RequestsUnderTest: VerifiableDecoder {
    var decoder = OdinRequestDecoder()
    mutating func feed(_ bytes: ArraySlice<UInt8>) { decoder.append(bytes) }
    mutating func nextOutput() throws(OdinProtocolError) -> OdinHostMessage? { try decoder.next() }
    var leftoverByteCount: Int? { decoder.bufferedCount }
}

struct ResponsesUnderTest: VerifiableDecoder {
    var decoder = OdinResponseDecoder()
    var raw: [Int]
    init(raw: [Int] = []) { self.raw = raw }
    mutating func feed(_ bytes: ArraySlice<UInt8>) { decoder.append(bytes) }
    mutating func nextOutput() throws(OdinProtocolError) -> OdinDeviceMessage? {
        let message = try decoder.next()
        // The host expects a raw PIT part after each response that announced one (here: after every response).
        if case .response = message, !raw.isEmpty { decoder.expectRaw(raw.removeFirst()) }
        if case .handshakeReply = message, !raw.isEmpty { decoder.expectRaw(raw.removeFirst()) }
        return message
    }
    var leftoverByteCount: Int? { decoder.bufferedCount }
}

@Suite struct OdinDecoderTests {
    @Test func hostTrafficDecodesUnderEveryChunking() {
        let end = OdinRequest.sequenceEnd(OdinSequenceEnd(destination: .ap, byteCount: 20, deviceType: 8,
                                                           partitionID: 5, isLast: true))
        let parts = [[UInt8](repeating: 1, count: 16), [UInt8](repeating: 2, count: 4) + [UInt8](repeating: 0, count: 12)]
        let transcript = OdinWire.handshake + OdinRequest.beginSession.encoded() + OdinRequest.filePartSize(16).encoded()
            + OdinRequest.fileFlash.encoded() + OdinRequest.sequenceStart(32).encoded() + parts[0] + parts[1]
            + end.encoded() + OdinRequest.endSession.encoded()
        DecoderVerifier.verify({ RequestsUnderTest() }, transcript: transcript, expected: [
            .handshake, .request(.beginSession), .request(.filePartSize(16)), .request(.fileFlash),
            .request(.sequenceStart(32)), .part(parts[0]), .part(parts[1]), .request(end), .request(.endSession),
        ])
    }

    @Test func badHostTrafficFails() {
        DecoderVerifier.verifyFails({ RequestsUnderTest() }, transcript: Array("ADB!".utf8),
                                    matching: { $0 == .badHandshake(Array("ADB!".utf8)) })
        DecoderVerifier.verifyFails({ RequestsUnderTest() }, transcript: OdinWire.handshake + OdinRequest.filePartSize(0).encoded(),
                                    expectedOutputs: [.handshake], matching: { $0 == .badSize("a part size of 0 bytes") })
    }

    @Test func deviceTrafficDecodesUnderEveryChunking() {
        let pitPart = [UInt8](1...200)
        let transcript = OdinWire.handshakeReply + OdinResponse.answer(.pitDump, value: 200).encoded() + pitPart
            + OdinResponse.partAcknowledged(7).encoded() + OdinResponse.refused(code: 3).encoded()
        DecoderVerifier.verify({ ResponsesUnderTest(raw: [0, 200]) }, transcript: transcript, expected: [
            .handshakeReply, .response(.answer(.pitDump, value: 200)), .raw(pitPart),
            .response(.partAcknowledged(7)), .response(.refused(code: 3)),
        ])
        DecoderVerifier.verifyFails({ ResponsesUnderTest() }, transcript: Array("FAIL".utf8),
                                    matching: { $0 == .badHandshake(Array("FAIL".utf8)) })
    }
}
