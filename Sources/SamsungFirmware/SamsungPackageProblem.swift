/// What is wrong with a package, in technical words (`SamsungPackageError` adds the plain ones).
public enum SamsungPackageProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case noTrailer
    case md5Mismatch(expected: String, computed: String)
    case truncatedTar(offset: Int)
    case badTar(String)
    case lz4(String)
    case lz4WithoutSize(entry: String)
    case sizeMismatch(entry: String, expected: Int, got: Int)
    case notInPIT(entry: String, partitions: [String])
    case unreadable(String)

    public var description: String {
        switch self {
        case .noTrailer: return "no MD5 line at the end (a .tar.md5 ends with \"<md5>  <name>.tar\")"
        case let .md5Mismatch(expected, computed): return "MD5 \(computed), the package says \(expected)"
        case let .truncatedTar(offset): return "the tar ends in the middle of an entry (at byte \(offset))"
        case let .badTar(why): return "bad tar: \(why)"
        case let .lz4(why): return "an lz4 entry does not decode: \(why)"
        case let .lz4WithoutSize(entry): return "\(entry) does not say its size in its lz4 frame header"
        case let .sizeMismatch(entry, expected, got): return "\(entry) gave \(got) bytes, \(expected) announced"
        case let .notInPIT(entry, partitions):
            return "\(entry) names no partition of the tablet's PIT (\(partitions.prefix(12).joined(separator: ", ")))"
        case let .unreadable(why): return why
        }
    }
}
