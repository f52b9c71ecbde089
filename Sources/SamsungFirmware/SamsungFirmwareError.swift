import Diagnostics

/// A package or a tablet problem, in words for school IT staff.
public struct SamsungFirmwareError: ValiseError {
    public let summary: String
    public let reason: String
    public let action: String
    public let detail: String?
    public let exitCode: Int32

    /// `problem` found in `package` (the file name), before anything was written.
    public init(package: String, problem: SamsungPackageProblem) {
        summary = Say.packageRefused(package)
        detail = problem.description
        exitCode = 65
        switch problem {
        case .noTrailer, .md5Mismatch:
            reason = Say.packageMD5Failed("\(problem)")
            action = Say.packageMD5FailedFix(package)
        case .truncatedTar, .badTar:
            reason = Say.packageNotWholeTar("\(problem)")
            action = Say.packageNotWholeTarFix(package)
        case .lz4, .lz4WithoutSize, .sizeMismatch:
            reason = Say.packageEntryUnreadable("\(problem)")
            action = Say.packageEntryUnreadableFix(package)
        case .notInPIT:
            reason = Say.packageForOtherModel("\(problem)")
            action = Say.packageForOtherModelFix
        case .unreadable:
            reason = Say.packageUnreadable("\(problem)")
            action = Say.packageUnreadableFix
        }
    }

    /// Tablet `tablet` (slot and port) stopped with `what`.
    public init(tablet: String, what: String) {
        summary = Say.notFlashed(tablet: tablet)
        reason = what
        action = Say.notFlashedFix
        detail = nil
        exitCode = 2
    }
}
