import Fastboot
import Testing

/// A decoder the verifier drives: feed bytes, pull outputs, tell what is still buffered.
protocol VerifiableFastbootDecoder {
    associatedtype Output: Equatable & Sendable
    mutating func feed(_ bytes: ArraySlice<UInt8>)
    mutating func nextOutput() throws(FastbootProtocolError) -> Output?
    var leftoverByteCount: Int { get }
}

/// Decodes one transcript under several chunkings (one byte at a time, all at once, seeded random chunks)
/// and checks each yields the same outputs and leaves nothing buffered (swift-nio's ByteToMessageDecoderVerifier).
enum FastbootDecoderVerifier {
    static let seeds: [UInt64] = [1, 2, 3, 0xFB01, 0xDEAD_BEEF]

    static func chunkings(of transcript: [UInt8]) -> [(name: String, chunks: [ArraySlice<UInt8>])] {
        var result: [(String, [ArraySlice<UInt8>])] = [("all at once", [transcript[...]])]
        result.append(("one byte at a time", transcript.indices.map { transcript[$0..<($0 + 1)] }))
        for seed in seeds {
            var rng = SplitMix(seed: seed)
            var chunks: [ArraySlice<UInt8>] = []
            var start = 0
            while start < transcript.count {
                let end = min(transcript.count, start + Int.random(in: 1...max(1, min(300, transcript.count)), using: &rng))
                chunks.append(transcript[start..<end])
                start = end
            }
            result.append(("random chunks (seed \(seed))", chunks))
        }
        return result
    }

    static func verify<D: VerifiableFastbootDecoder>(_ make: () -> D, transcript: [UInt8], expected: [D.Output],
                                                    sourceLocation: SourceLocation = #_sourceLocation) {
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
            #expect(decoder.leftoverByteCount == 0, "\(name): bytes left buffered", sourceLocation: sourceLocation)
        }
    }

    static func verifyFails<D: VerifiableFastbootDecoder>(_ make: () -> D, transcript: [UInt8], expectedOutputs: [D.Output] = [],
                                                         matching matches: (FastbootProtocolError) -> Bool,
                                                         sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, chunks) in chunkings(of: transcript) {
            var decoder = make()
            var outputs: [D.Output] = []
            var caught: FastbootProtocolError?
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

/// SplitMix64, so chunkings reproduce.
struct SplitMix: RandomNumberGenerator {
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

struct TCPFramesUnderTest: VerifiableFastbootDecoder {
    var decoder: FastbootTCPFrameDecoder
    init(maxFrameLength: Int = 1 << 20) { decoder = FastbootTCPFrameDecoder(maxFrameLength: maxFrameLength) }
    mutating func feed(_ bytes: ArraySlice<UInt8>) { decoder.append(bytes) }
    mutating func nextOutput() throws(FastbootProtocolError) -> FastbootTCPFrameDecoder.Output? { try decoder.next() }
    var leftoverByteCount: Int { decoder.bufferedCount }
}

/// Responses over TCP: frames, each parsed as one response.
struct TCPResponsesUnderTest: VerifiableFastbootDecoder {
    var frames = FastbootTCPFrameDecoder(maxFrameLength: FastbootResponse.maxLength)
    mutating func feed(_ bytes: ArraySlice<UInt8>) { frames.append(bytes) }
    mutating func nextOutput() throws(FastbootProtocolError) -> FastbootResponse? {
        while let output = try frames.next() {
            if case .frame(let packet) = output { return try FastbootResponse(parsing: packet) }
        }
        return nil
    }
    var leftoverByteCount: Int { frames.bufferedCount }
}

struct SparseUnderTest: VerifiableFastbootDecoder {
    var reader: SparseImageReader
    init(segment: Int = 8192) { reader = SparseImageReader(verifyChecksums: true, maxSegmentBytes: segment) }
    mutating func feed(_ bytes: ArraySlice<UInt8>) { reader.append(bytes) }
    mutating func nextOutput() throws(FastbootProtocolError) -> SparseImageEvent? { try reader.next() }
    var leftoverByteCount: Int { reader.bufferedCount }
}
