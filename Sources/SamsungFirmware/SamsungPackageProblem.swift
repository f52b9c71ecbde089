import Diagnostics

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
        case .noTrailer: return Say.packageNoMD5Line
        case let .md5Mismatch(expected, computed): return Say.packageMD5Differs(computed: computed, expected: expected)
        case let .truncatedTar(offset): return Say.packageTarCut(at: offset)
        case let .badTar(why): return Say.packageBadTar(why)
        case let .lz4(why): return Say.packageLZ4(why)
        case let .lz4WithoutSize(entry): return Say.packageLZ4WithoutSize(entry)
        case let .sizeMismatch(entry, expected, got): return Say.packageEntrySize(entry, expected: expected, got: got)
        case let .notInPIT(entry, partitions): return Say.packageEntryNotInPIT(entry, partitions: Array(partitions.prefix(12)))
        case let .unreadable(why): return why
        }
    }
}
