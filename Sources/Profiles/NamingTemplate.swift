import Diagnostics

/// The template tablet names are built from, such as `QO-5A-{slot:02}`.
///
/// Placeholders: `{slot}` or `{slot:0N}` (zero-padded to N digits), `{school}` (the school's `code`),
/// `{class}`, `{case}` (the case the tablet sits in: its case map's or rentrée plan's name, else the profile's
/// `case`), `{serial}`. Other characters may be letters, digits, `-`, `_` and `.`.
public struct NamingTemplate: Sendable, Codable, Equatable, CustomStringConvertible {
    /// One piece of a template.
    public enum Segment: Sendable, Equatable {
        /// Text copied as is.
        case literal(String)
        /// The slot number, zero-padded to `width` digits (0: no padding).
        case slot(width: Int)
        /// The school's short code.
        case school
        /// The class name.
        case `class`
        /// The name of the case the tablet sits in.
        case `case`
        /// The tablet's serial number.
        case serial
    }

    /// The template as written.
    public let template: String
    /// The parsed pieces.
    public let segments: [Segment]

    /// The district default: `{school}-{class}-{slot:02}`.
    public static let standard = NamingTemplate(
        template: "{school}-{class}-{slot:02}",
        segments: [.school, .literal("-"), .class, .literal("-"), .slot(width: 2)])

    private init(template: String, segments: [Segment]) {
        self.template = template
        self.segments = segments
    }

    /// The placeholders a template may use.
    public static let placeholders = ["slot", "school", "class", "case", "serial"]

    /// Parses `template`; on failure returns what is wrong and how to fix it.
    public static func parse(_ template: String) -> Result<NamingTemplate, TemplateProblem> {
        var segments: [Segment] = []
        var literal = ""
        var rest = Substring(template)
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "{" {
                guard let close = rest.firstIndex(of: "}") else {
                    return .failure(.init(message: Say.braceNeverClosed, fix: Say.braceNeverClosedFix))
                }
                let body = rest[..<close]
                rest = rest[rest.index(after: close)...]
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                switch placeholder(body) {
                case .success(let segment): segments.append(segment)
                case .failure(let problem): return .failure(problem)
                }
            } else if character.isLetter && character.isASCII || character.isNumber && character.isASCII
                || "-_.".contains(character)
            {
                literal.append(character)
            } else {
                return .failure(.init(
                    message: Say.characterNotInName("\(character)"),
                    fix: Say.characterNotInNameFix))
            }
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        guard segments.contains(where: { if case .slot = $0 { true } else { $0 == .serial } }) else {
            return .failure(.init(
                message: Say.sameNameForAll(template),
                fix: Say.sameNameForAllFix))
        }
        return .success(NamingTemplate(template: template, segments: segments))
    }

    private static func placeholder(_ body: Substring) -> Result<Segment, TemplateProblem> {
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        switch name {
        case "slot":
            guard parts.count == 2 else { return .success(.slot(width: 0)) }
            let format = parts[1]
            guard format.count >= 2, format.first == "0", let width = Int(format.dropFirst()), (1...9).contains(width)
            else {
                return .failure(.init(
                    message: Say.unknownFormat(String(body)), fix: Say.unknownFormatFix))
            }
            return .success(.slot(width: width))
        case "school", "class", "case", "serial":
            guard parts.count == 1 else {
                return .failure(.init(message: Say.takesNoFormat(String(body)), fix: Say.writePlaceholder(String(name))))
            }
            let segments: [String: Segment] = ["school": .school, "class": .class, "case": .case, "serial": .serial]
            return .success(segments[name] ?? .serial)
        default:
            let fix = KeySuggestion.nearest(to: name, among: placeholders).map { Say.didYouMean("{\($0)}") }
                ?? Say.usePlaceholders
            return .failure(.init(message: Say.unknownPlaceholder(String(body)), fix: fix))
        }
    }

    /// Builds a tablet's name.
    public func render(slot: Int, serial: String, school: String?, className: String?, caseName: String? = nil) -> String {
        segments.map { segment in
            switch segment {
            case .literal(let text): return text
            case .slot(let width): return String(slot).leftPadded(to: width)
            case .school: return school ?? ""
            case .class: return className ?? ""
            case .case: return caseName ?? ""
            case .serial: return serial
            }
        }.joined()
    }

    /// Whether the template uses `segment`.
    public func uses(_ segment: Segment) -> Bool { segments.contains(segment) }

    /// The template as written.
    public var description: String { template }

    /// Encodes the template text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(template)
    }

    /// Decodes and parses template text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch Self.parse(text) {
        case .success(let template): self = template
        case .failure(let problem):
            throw DecodingError.dataCorruptedError(in: container, debugDescription: problem.message)
        }
    }
}

/// What is wrong with a naming template, and the fix.
public struct TemplateProblem: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var fix: String
}
