/// A Samsung build version such as `T220XXU9ZZA1` (bootloader, PDA): model code, region, U (update) or S
/// (security), the binary revision, then the major version, year, month and build letters.
///
/// The binary revision is what Samsung's anti-rollback compares: a tablet refuses ("SW REV CHECK FAIL") a
/// bootloader whose revision is below the one it runs, so Valise refuses it before any write.
public struct SamsungVersion: Sendable, Equatable, CustomStringConvertible {
    /// The text.
    public let text: String
    /// The model code it starts with ("T220" for the SM-T220).
    public let modelCode: String
    /// The binary revision: 0–9, then A = 10 … Z = 35.
    public let revision: Int

    /// Reads `text`; nil when it is not a Samsung version.
    public init?(_ text: String) {
        let characters = Array(text.uppercased())
        guard characters.count >= 10, characters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        let kind = characters[characters.count - 6], mark = characters[characters.count - 5]
        guard kind == "U" || kind == "S" else { return nil }
        if let digit = mark.wholeNumberValue {
            revision = digit
        } else if let ascii = mark.asciiValue, (65...90).contains(ascii) {
            revision = Int(ascii) - 55
        } else {
            return nil
        }
        self.text = text
        modelCode = String(characters[..<(characters.count - 8)])
        guard !modelCode.isEmpty else { return nil }
    }

    /// The revision as the version writes it ("9", "A").
    public var revisionMark: String { String(Array(text.uppercased())[text.count - 5]) }

    /// Whether this version is for `model` ("SM-T220" or "T220").
    public func isFor(model: String) -> Bool {
        let code = model.uppercased().hasPrefix("SM-") ? String(model.uppercased().dropFirst(3)) : model.uppercased()
        return !code.isEmpty && modelCode == code
    }

    public var description: String { text }
}
