import Fastboot
import TestSupport
import Testing

// Adapters for the shared DecoderVerifier (TestSupport).

struct TCPFramesUnderTest: VerifiableDecoder {
    var decoder: FastbootTCPFrameDecoder
    init(maxFrameLength: Int = 1 << 20) { decoder = FastbootTCPFrameDecoder(maxFrameLength: maxFrameLength) }
    mutating func feed(_ bytes: ArraySlice<UInt8>) { decoder.append(bytes) }
    mutating func nextOutput() throws(FastbootProtocolError) -> FastbootTCPFrameDecoder.Output? { try decoder.next() }
    var leftoverByteCount: Int? { decoder.bufferedCount }
}

/// Responses over TCP: frames, each parsed as one response.
struct TCPResponsesUnderTest: VerifiableDecoder {
    var frames = FastbootTCPFrameDecoder(maxFrameLength: FastbootResponse.maxLength)
    mutating func feed(_ bytes: ArraySlice<UInt8>) { frames.append(bytes) }
    mutating func nextOutput() throws(FastbootProtocolError) -> FastbootResponse? {
        while let output = try frames.next() {
            if case .frame(let packet) = output { return try FastbootResponse(parsing: packet) }
        }
        return nil
    }
    var leftoverByteCount: Int? { frames.bufferedCount }
}

struct SparseUnderTest: VerifiableDecoder {
    var reader: SparseImageReader
    init(segment: Int = 8192) { reader = SparseImageReader(verifyChecksums: true, maxSegmentBytes: segment) }
    mutating func feed(_ bytes: ArraySlice<UInt8>) { reader.append(bytes) }
    mutating func nextOutput() throws(FastbootProtocolError) -> SparseImageEvent? { try reader.next() }
    var leftoverByteCount: Int? { reader.bufferedCount }
}
