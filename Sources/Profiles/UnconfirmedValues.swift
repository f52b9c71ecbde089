import Diagnostics
import Foundation

/// A value written in a profile but not confirmed yet: its line carries the comment `# to confirm`, or it names a
/// placeholder file (`PLACEHOLDER` in the name). `valise profile check` lists them; commands that write to tablets
/// refuse them unless told (`--allow-unconfirmed`).
public struct UnconfirmedValue: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The dotted key (`ent.portal_url`, `filtering.ca_certificates[0]`).
    public let key: String
    /// Where it is written.
    public let location: FileLocation
    /// Why it counts as unconfirmed.
    public let why: String

    /// `FILE:LINE:COL: KEY — WHY`.
    public var description: String { "\(location): \(key) — \(why)" }

    /// The same value with its file shown relative to `base` when it lies below it.
    public func relative(to base: URL) -> UnconfirmedValue {
        UnconfirmedValue(key: key, location: location.relative(to: base), why: why)
    }

    /// The marker comment, as the district's profiles write it.
    public static let marker = "to confirm"

    /// The unconfirmed values among `origins` (dotted key → where it is written), one per line, in file and line
    /// order. Of the keys on one line, a one-line map (`{from: 06-10, to: 07-05}`) is named whole, else the deepest key.
    static func find(in origins: [String: FileLocation]) -> [UnconfirmedValue] {
        var lines: [String: [Substring]] = [:]
        var found: [FileLocation: [UnconfirmedValue]] = [:]
        for (key, location) in origins {
            if lines[location.file] == nil {
                lines[location.file] = (FileContents.read(atPath: location.file).map { String(decoding: $0, as: UTF8.self) } ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            }
            guard let text = lines[location.file], location.line >= 1, location.line <= text.count else { continue }
            let line = text[location.line - 1]
            let why: String
            if let hash = line.firstIndex(of: "#"), line[hash...].lowercased().contains(marker) {
                why = Say.markedToConfirm(marker)
            } else if line.contains("PLACEHOLDER") {
                why = Say.namesPlaceholderFile
            } else {
                continue
            }
            found[FileLocation(file: location.file, line: location.line, column: 1), default: []]
                .append(UnconfirmedValue(key: key, location: location, why: why))
        }
        return found.values.map { sameLine in
            // The values written on the line, and the deepest key holding them all (the one-line map, or the value).
            func contains(_ outer: String, _ inner: String) -> Bool { inner.hasPrefix(outer + ".") || inner.hasPrefix(outer + "[") }
            let leaves = sameLine.filter { value in !sameLine.contains { contains(value.key, $0.key) } }
            let holders = sameLine.filter { holder in leaves.allSatisfy { $0.key == holder.key || contains(holder.key, $0.key) } }
            return holders.max { $0.key.count < $1.key.count } ?? leaves[0]
        }.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
    }
}
