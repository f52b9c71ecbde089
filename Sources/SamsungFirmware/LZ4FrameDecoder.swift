internal import CLZ4

/// Decompresses one LZ4 frame as its bytes arrive (liblz4's `LZ4F_decompress`), so no entry is held whole.
///
/// Owns its `LZ4F_dctx` (freed with `LZ4F_freeDecompressionContext`).
public final class LZ4FrameDecoder: @unchecked Sendable {
    private let context: OpaquePointer
    private var output = [UInt8](repeating: 0, count: 256 * 1024)
    /// Whether the frame's end was read.
    public private(set) var finished = false

    /// A decoder for one frame (`LZ4F_createDecompressionContext`).
    public init() throws(SamsungPackageProblem) {
        var created: OpaquePointer?
        let code = LZ4F_createDecompressionContext(&created, clz4_version())
        guard clz4_is_error(code) == 0, let created else { throw .lz4("cannot start a decoder") }
        context = created
    }

    deinit { LZ4F_freeDecompressionContext(context) }

    /// Decompresses `input`; `sink` gets the bytes in order. Bytes after the frame's end are an error.
    public func decode(_ input: ArraySlice<UInt8>, into sink: ([UInt8]) throws -> Void) throws {
        var consumed = 0
        while consumed < input.count {
            if finished { throw SamsungPackageProblem.lz4("bytes after the end of the frame") }
            var sourceSize = input.count - consumed
            var produced = output.count
            let hint = input.withUnsafeBytes { source in
                output.withUnsafeMutableBytes { target in
                    LZ4F_decompress(context, target.baseAddress, &produced, source.baseAddress.map { $0 + consumed },
                                    &sourceSize, nil)
                }
            }
            if clz4_is_error(hint) != 0 {
                throw SamsungPackageProblem.lz4(String(cString: clz4_error_name(hint)))
            }
            consumed += sourceSize
            if produced > 0 { try sink(Array(output[0..<produced])) }
            if hint == 0 { finished = true }
            if sourceSize == 0 && produced == 0 { break }
        }
    }

    /// The frame's content size, when its header carries one (read from the first bytes, `LZ4F_getFrameInfo`).
    public static func contentSize(ofFrameStartingWith prefix: [UInt8]) -> UInt64? {
        guard let probe = try? LZ4FrameDecoder() else { return nil }
        var info = LZ4F_frameInfo_t()
        var size = prefix.count
        let code = prefix.withUnsafeBytes { LZ4F_getFrameInfo(probe.context, &info, $0.baseAddress, &size) }
        guard clz4_is_error(code) == 0, info.contentSize > 0 else { return nil }
        return info.contentSize
    }

    /// One LZ4 frame holding `bytes`, with its content size (`LZ4F_compressFrame`): for tests and demo packages.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var preferences = LZ4F_preferences_t()
        preferences.frameInfo.contentSize = UInt64(bytes.count)
        let bound = LZ4F_compressFrameBound(bytes.count, &preferences)
        var output = [UInt8](repeating: 0, count: bound)
        let written = output.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { LZ4F_compressFrame(target.baseAddress, bound, $0.baseAddress, bytes.count, &preferences) }
        }
        return clz4_is_error(written) == 0 ? Array(output[0..<written]) : []
    }
}
