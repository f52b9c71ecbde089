import Foundation

/// A place in a file Valise reads: the file's path and a 1-based line and column.
public struct FileLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The file's path, as the reader reached it.
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1 (in Unicode scalars, as libyaml counts).
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file (line 1, column 1).
    public static func start(of file: String) -> FileLocation {
        FileLocation(file: file, line: 1, column: 1)
    }

    /// `FILE:LINE:COL`.
    public var description: String { "\(file):\(line):\(column)" }

    /// The same location with its path made relative to `base` when the file lies under it.
    public func relative(to base: URL) -> FileLocation {
        let folder = base.standardizedFileURL.path
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        guard file.hasPrefix(prefix) else { return self }
        return FileLocation(file: String(file.dropFirst(prefix.count)), line: line, column: column)
    }

    /// By file, then line, then column.
    public static func < (lhs: FileLocation, rhs: FileLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
