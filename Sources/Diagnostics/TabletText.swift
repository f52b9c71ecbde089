/// Text that came from a tablet (a model, a serial, a property, a message), made safe to show and to keep.
///
/// A tablet chooses every byte of what it says, so its text must not drive the terminal (escape sequences),
/// forge lines of a log or a summary (line breaks), reorder what is shown (bidirectional overrides) or fill the
/// memory and the inventory (length). This is the one place that decides what is safe: where tablet text enters
/// (`TabletFacts`, the serial) and again where text is written out (terminal, log lines, reports).
public enum TabletText {
    /// The longest serial accepted (Android's own are 8–20 characters).
    public static let maxSerialLength = 64
    /// The longest property value kept (a model, a build fingerprint); longer ones are cut, with "…".
    public static let maxValueLength = 256
    /// The characters Android allows in a serial: letters, digits, `.`, `-`, `_`, `:`.
    public static func isSerialCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "." || scalar == "-" || scalar == "_" || scalar == ":")
    }

    /// Whether `serial` is one Valise can use as a tablet's name everywhere (files, journal, reports, commands).
    public static func isValidSerial(_ serial: String) -> Bool {
        !serial.isEmpty && serial.unicodeScalars.count <= maxSerialLength && serial.unicodeScalars.allSatisfy(isSerialCharacter)
    }

    /// Whether `scalar` must not reach a terminal, a log line or a report cell as it is: C0 and C1 controls
    /// (escape, line breaks, tab), DEL, the Unicode line and paragraph separators, and bidirectional overrides.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// `text` with every unsafe character shown as `\u{1B}`-style escapes (`\e` for escape, `\n`, `\r`, `\t`), cut to
    /// `limit` characters with "…" when longer. Safe text comes back unchanged. `keepingLineBreaks` lets `\n` through
    /// (for Valise's own multi-line messages that quote a tablet; each line is still free of escapes).
    public static func clean(_ text: some StringProtocol, limit: Int = .max, keepingLineBreaks: Bool = false) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            let piece: String
            if isUnsafe(scalar) && !(keepingLineBreaks && scalar == "\n") {
                switch scalar {
                case "\u{1B}": piece = "\\e"
                case "\n": piece = "\\n"
                case "\r": piece = "\\r"
                case "\t": piece = "\\t"
                default: piece = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            } else {
                piece = String(scalar)
            }
            if count + piece.unicodeScalars.count > limit {
                out += "…"
                return out
            }
            out += piece
            count += piece.unicodeScalars.count
        }
        return out
    }

    /// Whether `text` needs `clean` (fast path for the common, safe case).
    public static func isClean(_ text: some StringProtocol) -> Bool { !text.unicodeScalars.contains(where: isUnsafe) }
}
