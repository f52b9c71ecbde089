import Diagnostics
import Foundation

extension ProfileRenderer {
    /// Builds indented YAML-like lines, each value annotated with the file and line it was written at.
    struct Writer {
        let origins: [String: FileLocation]
        let base: URL?
        /// What to say for a value no layer wrote.
        var fallback = Say.byDefault
        private(set) var text = ""
        private var path: [String] = []
        private var indent = 0
        private var pendingDash = false

        init(origins: [String: FileLocation], base: URL?) {
            self.origins = origins
            self.base = base
        }

        /// `file` relative to the base folder when under it.
        func display(_ file: String) -> String {
            guard let base else { return file }
            let root = base.standardizedFileURL.path
            let prefix = root.hasSuffix("/") ? root : root + "/"
            return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
        }

        mutating func comment(_ line: String) { text += "# \(line)\n" }

        private var dotted: String {
            path.reduce("") { result, part in
                part.hasPrefix("[") ? result + part : (result.isEmpty ? part : result + "." + part)
            }
        }

        private mutating func lead() -> String {
            defer { pendingDash = false }
            if pendingDash { return String(repeating: "  ", count: indent - 1) + "- " }
            return String(repeating: "  ", count: indent)
        }

        private func origin(of key: String) -> String {
            let full = (path + [key]).reduce("") { result, part in
                part.hasPrefix("[") ? result + part : (result.isEmpty ? part : result + "." + part)
            }
            return origins[full].map { "\(display($0.file)):\($0.line)" } ?? fallback
        }

        /// `key: value  # origin`; `literal` values (numbers, true/false) are never quoted.
        mutating func field(_ key: String, _ value: String?, note: String? = nil, literal: Bool = false) {
            guard let value else { return }
            let notes = ([note].compactMap { $0 } + [origin(of: key)]).joined(separator: "; ")
            text += "\(lead())\(key): \(literal ? value : Self.quoted(value))  # \(notes)\n"
        }

        /// `key: ••••••  # from secret 'name'; origin`.
        mutating func secret(_ key: String, _ value: SecretValue?) {
            guard let value else { return }
            text += "\(lead())\(key): \(SecretValue.mask)  # \(Say.from(value.origin)); \(origin(of: key))\n"
        }

        /// A nested map; left out when it has nothing to show.
        mutating func section(_ key: String, fallback: String? = nil, _ body: (inout Writer) -> Void) {
            let before = text
            let dash = pendingDash
            text += "\(lead())\(key):\n"
            let header = text
            let savedFallback = self.fallback
            if let fallback, origins[dotted.isEmpty ? key : dotted + "." + key] == nil { self.fallback = fallback }
            path.append(key)
            indent += 1
            body(&self)
            indent -= 1
            path.removeLast()
            self.fallback = savedFallback
            if text == header {
                text = before
                pendingDash = dash
            }
        }

        /// A list of plain values.
        mutating func list(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            text += "\(lead())\(key):  # \(origin(of: key))\n"
            for value in values { text += String(repeating: "  ", count: indent + 1) + "- \(Self.quoted(value))\n" }
        }

        /// A list of maps.
        mutating func items<T>(_ key: String, _ values: [T], _ body: (inout Writer, T) -> Void) {
            guard !values.isEmpty else { return }
            text += "\(lead())\(key):\n"
            path.append(key)
            indent += 2
            for (index, value) in values.enumerated() {
                path.append("[\(index)]")
                pendingDash = true
                body(&self, value)
                path.removeLast()
            }
            indent -= 2
            path.removeLast()
        }

        /// The value as a YAML scalar, in double quotes when plain style would change its meaning.
        static func quoted(_ value: String) -> String {
            let reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", ""]
            let special: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
            let plain = !reserved.contains(value.lowercased())
                && !(value.first.map { special.contains($0) || $0 == " " } ?? true)
                && value.last != " " && !value.contains(": ") && !value.contains(" #")
                && !value.contains("\n") && Double(value) == nil
            if plain { return value }
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
            return "\"\(escaped)\""
        }
    }
}
