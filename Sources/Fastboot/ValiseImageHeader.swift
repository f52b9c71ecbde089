/// The text header of Valise's demo and test images, at offset 0 of the expanded partition image:
///
///     VALISE-IMAGE\n
///     board=gta7litewifi\n
///     fingerprint=samsung/gta7litewifieea/gta7litewifi:14/UP1A.231005.007/T220XXU4DXI1:user/release-keys\n
///     security_patch=2024-09-01\n
///     bootloader=T220XXU4DXI1\n
///
/// ended by an empty line or a NUL, within the first 4096 bytes. `board` names the product the image is for
/// (a host refuses to flash it on another product); the simulated tablet takes `bootloader` when the
/// `bootloader` partition is flashed, and `fingerprint`/`security_patch` when `system` is, and reports them
/// after its next reboot. Real images have no such header and are flashed as they are.
public struct ValiseImageHeader: Sendable, Equatable {
    /// The first line.
    public static let magic = "VALISE-IMAGE"
    /// How far into the image the header may reach.
    public static let maxLength = 4096

    /// The fields, in file order.
    public var fields: [(key: String, value: String)]

    /// A header with these fields.
    public init(_ fields: [(key: String, value: String)]) { self.fields = fields }

    /// The value of `key`.
    public subscript(key: String) -> String? { fields.last { $0.key == key }?.value }
    /// The product the image is for.
    public var board: String? { self["board"] }

    /// Reads the header at the start of an image; nil when the image has none.
    public init?(parsing prefix: some Collection<UInt8>) {
        let bytes = Array(prefix.prefix(Self.maxLength))
        let end = bytes.firstIndex(of: 0) ?? bytes.count
        let text = String(decoding: bytes[..<end], as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.magic) else { return nil }
        lines.removeFirst()
        var fields: [(key: String, value: String)] = []
        for line in lines {
            if line.isEmpty { break }
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields.append((String(line[..<equals]), String(line[line.index(after: equals)...])))
        }
        self.fields = fields
    }

    /// The header text, NUL-padded to `paddedTo` bytes when it is shorter.
    public func encoded(paddedTo length: Int = 0) -> [UInt8] {
        var text = Self.magic + "\n"
        for field in fields { text += "\(field.key)=\(field.value)\n" }
        text += "\n"
        let bytes = Array(text.utf8)
        return bytes + [UInt8](repeating: 0, count: max(0, length - bytes.count))
    }

    public static func == (lhs: ValiseImageHeader, rhs: ValiseImageHeader) -> Bool {
        lhs.fields.map(\.key) == rhs.fields.map(\.key) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }
}
