import Testing

/// A decoder the verifier can drive: feed bytes, pull outputs, tell what is still buffered.
public protocol VerifiableDecoder {
    associatedtype Output: Equatable & Sendable
    associatedtype Failure: Error
    mutating func feed(_ bytes: ArraySlice<UInt8>)
    mutating func nextOutput() throws(Failure) -> Output?
    /// Bytes received but not turned into output; nil when the decoder does not expose it.
    var leftoverByteCount: Int? { get }
}

/// Like swift-nio's `ByteToMessageDecoderVerifier`: decodes one transcript under several
/// chunkings (one byte at a time, all at once, random-sized chunks from seeded generators)
/// and checks that every chunking yields the same outputs and leaves nothing buffered.
public enum DecoderVerifier {
    /// The seeds of the random chunkings; fixed so a failure reproduces.
    public static let seeds: [UInt64] = [1, 2, 3, 0xADB, 0xDEAD_BEEF, 42]

    /// Every chunking of `transcript` this verifier tries, with a name for failure messages.
    public static func chunkings(of transcript: [UInt8]) -> [(name: String, chunks: [ArraySlice<UInt8>])] {
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
    public static func verify<D: VerifiableDecoder>(
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
    public static func verifyFails<D: VerifiableDecoder>(
        _ make: () -> D, transcript: [UInt8], expectedOutputs: [D.Output] = [],
        matching matches: (D.Failure) -> Bool,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (name, chunks) in chunkings(of: transcript) {
            var decoder = make()
            var outputs: [D.Output] = []
            var caught: D.Failure?
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
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
