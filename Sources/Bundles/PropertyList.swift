import Foundation

/// A property-list value, written as Apple's XML plist with keys in a fixed (sorted) order so the
/// same profile always gives the same bytes.
public indirect enum PropertyList: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case data([UInt8])
    case array([PropertyList])
    case dictionary([String: PropertyList])

    /// The XML document.
    public var xmlDocument: [UInt8] {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">

            """
        write(into: &text, indent: "")
        text += "</plist>\n"
        return Array(text.utf8)
    }

    private func write(into text: inout String, indent: String) {
        switch self {
        case .string(let value): text += "\(indent)<string>\(Self.escape(value))</string>\n"
        case .integer(let value): text += "\(indent)<integer>\(value)</integer>\n"
        case .bool(let value): text += "\(indent)<\(value ? "true" : "false")/>\n"
        case .data(let value): text += "\(indent)<data>\(Data(value).base64EncodedString())</data>\n"
        case .array(let values):
            text += "\(indent)<array>\n"
            for value in values { value.write(into: &text, indent: indent + "\t") }
            text += "\(indent)</array>\n"
        case .dictionary(let members):
            text += "\(indent)<dict>\n"
            for key in members.keys.sorted() {
                text += "\(indent)\t<key>\(Self.escape(key))</key>\n"
                members[key]?.write(into: &text, indent: indent + "\t")
            }
            text += "\(indent)</dict>\n"
        }
    }

    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
