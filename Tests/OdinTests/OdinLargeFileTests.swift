import Odin
import Testing

/// A file larger than 4 GiB (a Samsung super.img): only each sequence's size goes on the wire, so the host sends
/// it whole, in sequences, the last one flagged; the device's answers are made here (no 4 GiB in memory).
@Suite struct OdinLargeFileTests {
    @Test(arguments: [OdinTransferParameters.standard, .large])
    func aFileOver4GiBGoesInSequencesAndEndsOnTheLastOne(parameters: OdinTransferParameters) throws {
        var session = OdinLoopback(pit: tabletPIT, offersLargeParts: parameters == .large)
        _ = try session.run(.handshake)
        _ = try session.run(.beginSession)
        var host = session.host   // from here the device's answers are made below
        #expect(host.parameters == parameters)
        let size = (4 << 30) + 300_000
        var answer: OdinResponse?
        var partIndex: UInt32 = 0
        var sent = 0
        var ends: [OdinSequenceEnd] = []
        var action = host.start(.flash(tabletPIT.entries[3], byteCount: size))
        loop: while true {
            switch action {
            case .send(let bytes):
                if !bytes.isEmpty {
                    let request = try OdinRequest(parsing: bytes)
                    if case .sequenceStart = request { partIndex = 0 }
                    if case .sequenceEnd(let end) = request { ends.append(end) }
                    answer = .answer(request)
                }
                action = host.sent()
            case let .sendFile(offset, count, paddedTo):
                #expect(offset == sent && paddedTo == parameters.partSize)
                sent += count
                answer = .partAcknowledged(partIndex)
                partIndex += 1
                action = host.sent()
            case .receive:
                action = host.received(try #require(answer).encoded())
                answer = nil
            case .finished:
                break loop
            case .failed(let error):
                Issue.record("\(error)")
                return
            }
        }
        #expect(sent == size)
        #expect(ends.reduce(0) { $0 + Int($1.byteCount) } == size)
        #expect(ends.count == (size + parameters.sequenceBytes - 1) / parameters.sequenceBytes)
        #expect(ends.last?.isLast == true && ends.dropLast().allSatisfy { !$0.isLast })
        #expect(ends.allSatisfy { $0.partitionID == 20 } && !host.isBusy)
    }
}
