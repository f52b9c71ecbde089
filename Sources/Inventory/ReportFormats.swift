import Diagnostics
import Foundation

/// The file formats every report is written in (the station's and the district's), written once.
public enum ReportFormats {
    /// CSV (RFC 4180, UTF-8, comma, CRLF) with a header line.
    public static func csv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field: a cell a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return; a lone `-` and numbers aside) gets a leading `'`; control characters are escaped (`\e`, `\n`…), as `TabletText.clean` does
    /// where tablet text enters Valise; quoted when it holds a comma or a quote.
    static func csvField(_ value: String) -> String {
        var value = plain(value)
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), value != "-", Double(value) == nil {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` with its control characters (C0, DEL, C1, bidirectional controls) written as escapes, so that no report
    /// line is forged or drives a terminal: `TabletText`'s rule, for what is kept from older inventories (new values
    /// are cleaned before they are stored).
    public static func plain(_ text: String) -> String {
        TabletText.isClean(text) ? text : TabletText.clean(text)
    }

    /// Pretty JSON with sorted keys and ISO 8601 dates.
    public static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Text made safe inside HTML elements and quoted attributes.
    public static func html(_ text: String) -> String {
        plain(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
