import Odin
import Testing

@Suite struct OdinPacketTests {
    static let requests: [OdinRequest] = [
        .beginSession, .deviceType, .totalBytes(0x1_2345_6789), .filePartSize(1 << 20), .pitFlash, .pitDump,
        .pitPart(3), .pitEnd(0), .fileFlash, .sequenceStart(800 * 131_072),
        .sequenceEnd(OdinSequenceEnd(destination: .ap, byteCount: 4100, deviceType: 8, partitionID: 5, isLast: true)),
        .sequenceEnd(OdinSequenceEnd(destination: .cp, byteCount: 77, deviceType: 2, partitionID: 0, isLast: false)),
        .endSession, .reboot, .rebootToDownload, .shutdown, .unknown(type: 0x69, request: 9),
    ]

    @Test func everyRequestIs1024BytesAndRoundTrips() throws {
        for request in Self.requests {
            let packet = request.encoded()
            #expect(packet.count == 1024)
            #expect(try OdinRequest(parsing: packet) == request, "\(request)")
        }
    }

    @Test func fieldsSitWhereTheDeviceReadsThem() {
        let end = OdinRequest.sequenceEnd(OdinSequenceEnd(destination: .ap, byteCount: 0x1004, deviceType: 8,
                                                           partitionID: 5, isLast: true)).encoded()
        #expect(Array(end[0..<32]) == [0x66, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0x04, 0x10, 0, 0,
                                       0, 0, 0, 0, 8, 0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0])
        #expect(end[32...].allSatisfy { $0 == 0 })
        let modem = OdinRequest.sequenceEnd(OdinSequenceEnd(destination: .cp, byteCount: 16, deviceType: 2,
                                                             partitionID: 99, isLast: true)).encoded()
        #expect(Array(modem[8..<28]) == [1, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0])
        #expect(Array(OdinRequest.filePartSize(1 << 20).encoded()[0..<12]) == [0x64, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0x10, 0])
        #expect(Array(OdinRequest.reboot.encoded()[0..<8]) == [0x67, 0, 0, 0, 1, 0, 0, 0])
    }

    @Test func badPacketsAreErrors() {
        #expect(throws: OdinProtocolError.badLength(what: "control packet", length: 8, expected: 1024)) {
            try OdinRequest(parsing: [UInt8](repeating: 0, count: 8))
        }
        var packet = OdinRequest.sequenceEnd(OdinSequenceEnd(destination: .ap, byteCount: 1, deviceType: 8,
                                                              partitionID: 1, isLast: true)).encoded()
        packet[8] = 7
        #expect(throws: OdinProtocolError.badDestination(7)) { try OdinRequest(parsing: packet) }
    }

    @Test func responsesRoundTrip() throws {
        for response in [OdinResponse.answer(.beginSession, value: 1), .partAcknowledged(799), .refused(code: 3)] {
            #expect(try OdinResponse(parsing: response.encoded()) == response)
        }
        #expect(OdinResponse.refused(code: 3).isRefusal)
        #expect(OdinResponse.partAcknowledged(2).encoded() == [0, 0, 0, 0, 2, 0, 0, 0])
        #expect(throws: OdinProtocolError.self) { try OdinResponse(parsing: [1, 2, 3]) }
    }

    @Test func sequencesCutAFileIntoWholeParts() {
        let small = OdinTransferParameters(partSize: 16, partsPerSequence: 3, sequenceTimeout: .seconds(1))
        #expect(small.sequences(forFileOf: 100) == [
            OdinSequence(offset: 0, byteCount: 48, partCount: 3, isLast: false),
            OdinSequence(offset: 48, byteCount: 48, partCount: 3, isLast: false),
            OdinSequence(offset: 96, byteCount: 4, partCount: 1, isLast: true),
        ])
        #expect(small.sequences(forFileOf: 48) == [OdinSequence(offset: 0, byteCount: 48, partCount: 3, isLast: true)])
        #expect(OdinTransferParameters.standard.sequenceBytes == 100 * 1024 * 1024)
        #expect(OdinTransferParameters.large.sequenceBytes == 30 * 1024 * 1024)
    }
}
