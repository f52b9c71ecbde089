import TestSupport
import Testing
@testable import ADB

// MARK: - Adapters

struct PacketDecoderUnderTest: VerifiableDecoder {
    var decoder: ADBPacketDecoder
    init(maxPayload: Int = ADBProtocol.maxPayloadV1) { decoder = ADBPacketDecoder(maxPayload: maxPayload) }
    mutating func feed(_ bytes: ArraySlice<UInt8>) { decoder.append(bytes) }
    mutating func nextOutput() throws(ADBProtocolError) -> ADBPacket? { try decoder.next() }
    var leftoverByteCount: Int? { decoder.bufferedCount }
}

struct ShellDecoderUnderTest: VerifiableDecoder {
    var decoder: ShellPacketDecoder
    init(maxLength: Int = 1 << 20) { decoder = ShellPacketDecoder(maxLength: maxLength) }
    mutating func feed(_ bytes: ArraySlice<UInt8>) { decoder.append(bytes) }
    mutating func nextOutput() throws(ADBProtocolError) -> ShellPacket? { try decoder.next() }
    var leftoverByteCount: Int? { decoder.hasPartialPacket ? 1 : 0 }
}

struct SyncReplyDecoderUnderTest: VerifiableDecoder {
    var decoder = SyncReplyDecoder()
    let kind: SyncReplyKind
    init(_ kind: SyncReplyKind) { self.kind = kind }
    mutating func feed(_ bytes: ArraySlice<UInt8>) { decoder.append(bytes) }
    mutating func nextOutput() throws(ADBProtocolError) -> SyncReply? { try decoder.next(kind) }
    var leftoverByteCount: Int? { decoder.bufferedCount }
}

/// SyncRequestDecoder does not expose its buffer; after the transcript the adapter feeds a
/// QUIT sentinel and checks it decodes alone, which fails if any byte was left behind.
struct SyncRequestDecoderUnderTest: VerifiableDecoder {
    var decoder = SyncRequestDecoder()
    mutating func feed(_ bytes: ArraySlice<UInt8>) { decoder.append(bytes) }
    mutating func nextOutput() throws(ADBProtocolError) -> SyncDeviceRequest? { try decoder.next() }
    var leftoverByteCount: Int? {
        var probe = decoder
        probe.append(SyncRequest.frame(.quit))
        do {
            guard try probe.next() == .quit, try probe.next() == nil else { return -1 }
            return 0
        } catch {
            return -1
        }
    }
}

// MARK: - Self-checks of the verifier

@Suite struct DecoderVerifierSelfTests {
    @Test func chunkingsCoverTheTranscriptExactlyAndDiffer() {
        let transcript = (0..<500).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let all = DecoderVerifier.chunkings(of: transcript)
        #expect(all.count == 2 + DecoderVerifier.seeds.count)
        for (name, chunks) in all {
            #expect(chunks.flatMap { $0 } == transcript, "\(name)")
            #expect(chunks.allSatisfy { !$0.isEmpty }, "\(name)")
        }
        let randomShapes = all.dropFirst(2).map { $0.chunks.map(\.count) }
        #expect(Set(randomShapes.map { $0.description }).count == randomShapes.count, "seeds give distinct chunkings")
        #expect(randomShapes.allSatisfy { $0.count > 1 })
    }

    @Test func seededGeneratorIsDeterministic() {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9), c = SeededGenerator(seed: 10)
        let xs = (0..<8).map { _ in a.next() }
        #expect(xs == (0..<8).map { _ in b.next() })
        #expect(xs != (0..<8).map { _ in c.next() })
    }

    @Test func requestAdapterNoticesLeftoverBytes() {
        var adapter = SyncRequestDecoderUnderTest()
        #expect(adapter.leftoverByteCount == 0)
        adapter.feed(SyncRequest.frame(.quit).prefix(3))
        #expect(adapter.leftoverByteCount != 0)
    }
}
