/// One 8-byte answer from the device: [type u32][value u32], little-endian.
public struct OdinResponse: Sendable, Equatable, CustomStringConvertible {
    /// The type: the request's type (0x64…0x67), 0x00 for a part's acknowledgement, 0xFF for a refusal.
    public var type: UInt32
    /// The value: a result, a size, a part index or an error code.
    public var value: UInt32

    /// Creates a response.
    public init(type: UInt32, value: UInt32) {
        self.type = type
        self.value = value
    }

    /// The answer to `request` with `value`.
    public static func answer(_ request: OdinRequest, value: UInt32 = 0) -> OdinResponse {
        OdinResponse(type: request.responseType, value: value)
    }

    /// A part's acknowledgement.
    public static func partAcknowledged(_ index: UInt32) -> OdinResponse {
        OdinResponse(type: OdinWire.typePartAcknowledged, value: index)
    }

    /// A refusal with an error code.
    public static func refused(code: UInt32) -> OdinResponse {
        OdinResponse(type: OdinWire.typeRefused, value: code)
    }

    /// Whether the device refused.
    public var isRefusal: Bool { type == OdinWire.typeRefused }

    /// The 8 bytes.
    public func encoded() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: OdinWire.responseLength)
        bytes.putLittleEndian(type, at: 0)
        bytes.putLittleEndian(value, at: 4)
        return bytes
    }

    /// Reads one response.
    public init(parsing bytes: [UInt8]) throws(OdinProtocolError) {
        guard bytes.count == OdinWire.responseLength else {
            throw .badLength(what: "response", length: bytes.count, expected: OdinWire.responseLength)
        }
        self.init(type: bytes.littleEndianU32(at: 0), value: bytes.littleEndianU32(at: 4))
    }

    public var description: String {
        isRefusal ? "refused (code \(value))" : "0x\(String(type, radix: 16)) \(value)"
    }
}
