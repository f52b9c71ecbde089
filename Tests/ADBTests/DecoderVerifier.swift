import Testing
@testable import ADB

/// A decoder the verifier can drive: feed bytes, pull outputs, tell what is still buffered.
protocol VerifiableDecoder {
    associatedtype Output: Equatable & Sendable
    mutating func feed(_ bytes: ArraySlice<UInt8>)
    mutating func nextOutput() throws(ADBProtocolError) -> Output?
    /// Bytes received but not turned into output; nil when the decoder does not expose it.
    var leftoverByteCount: Int? { get }
}

/// Like swift-nio's `ByteToMessageDecoderVerifier`: decodes one transcript under several
/// chunkings (one byte at a time, all at once, random-sized chunks from seeded generators)
/// and checks that every chunking yields the same outputs and leaves nothing buffered.
enum DecoderVerifier {
    /// The seeds of the random chunkings; fixed so a failure reproduces.
    static let seeds: [UInt64] = [1, 2, 3, 0xADB, 0xDEAD_BEEF, 42]

    /// Every chunking of `transcript` this verifier tries, with a name for failure messages.
    static func chunkings(of transcript: [UInt8]) -> [(name: String, chunks: [ArraySlice<UInt8>])] {
        var result: [(String, [ArraySlice<UInt8>])] = []
        result.append(("all at once", [transcript[...]]))
        result.append(("one byte at a time", transcript.indices.map { transcript[$0..<($0 + 1)] }))
        for seed in seeds {
            var rng = SeededGenerator(seed: seed)
            var chunks: [ArraySlice<UInt8>] = []
            var start = 0
            while start < transcript.count {
                let size = Int.random(in: 1...max(1, min(97, transcript.count)), using: &rng)
                let end = min(transcript.count, start + size)
                chunks.append(transcript[start..<end])
                start = end
            }
            result.append(("random chunks (seed \(seed))", chunks))
        }
        return result
    }

    /// Decodes `transcript` under every chunking and expects exactly `expected`, nothing left over.
    static func verify<D: VerifiableDecoder>(
        _ make: () -> D, transcript: [UInt8], expected: [D.Output],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (name, chunks) in chunkings(of: transcript) {
            var decoder = make()
            var outputs: [D.Output] = []
            do {
                for chunk in chunks {
                    decoder.feed(chunk)
                    while let output = try decoder.nextOutput() { outputs.append(output) }
                }
            } catch {
                Issue.record("\(name): unexpected error \(error)", sourceLocation: sourceLocation)
                continue
            }
            #expect(outputs == expected, "\(name)", sourceLocation: sourceLocation)
            if let leftover = decoder.leftoverByteCount {
                #expect(leftover == 0, "\(name): \(leftover) bytes left buffered", sourceLocation: sourceLocation)
            }
        }
    }

    /// Decodes `transcript` under every chunking and expects `expectedOutputs` then `error`.
    static func verifyFails<D: VerifiableDecoder>(
        _ make: () -> D, transcript: [UInt8], expectedOutputs: [D.Output] = [],
        matching matches: (ADBProtocolError) -> Bool,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (name, chunks) in chunkings(of: transcript) {
            var decoder = make()
            var outputs: [D.Output] = []
            var caught: ADBProtocolError?
            do {
                for chunk in chunks {
                    decoder.feed(chunk)
                    while let output = try decoder.nextOutput() { outputs.append(output) }
                }
            } catch {
                caught = error
            }
            #expect(outputs == expectedOutputs, "\(name)", sourceLocation: sourceLocation)
            if let caught {
                #expect(matches(caught), "\(name): wrong error \(caught)", sourceLocation: sourceLocation)
            } else {
                Issue.record("\(name): no error thrown", sourceLocation: sourceLocation)
            }
        }
    }
}

/// SplitMix64: a tiny deterministic generator so chunkings are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
