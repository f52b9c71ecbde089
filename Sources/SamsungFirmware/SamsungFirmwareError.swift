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
        summary = "The firmware package \(package) was refused; no tablet was touched."
        detail = problem.description
        exitCode = 65
        switch problem {
        case .noTrailer, .md5Mismatch:
            reason = "Its MD5 check failed (\(problem)): the file is damaged or incomplete."
            action = "Download \(package) again from the district's firmware share, then run the same command."
        case .truncatedTar, .badTar:
            reason = "It is not a whole tar archive (\(problem)): the copy stopped early or the file is not a package."
            action = "Copy \(package) again (check the free space on the disk), then run the same command."
        case .lz4, .lz4WithoutSize, .sizeMismatch:
            reason = "A compressed entry inside cannot be read (\(problem))."
            action = "Download \(package) again; if it still fails, the package is damaged at its source: ask for another one."
        case .notInPIT:
            reason = "It holds a file for a partition these tablets do not have (\(problem)): it is for another model."
            action = "Use the package built for this tablet model (the model is on the label under the tablet's stand)."
        case .unreadable:
            reason = "It cannot be read (\(problem))."
            action = "Check that the file exists and that you can read it, then run the same command."
        }
    }

    /// Tablet `tablet` (slot and port) stopped with `what`.
    public init(tablet: String, what: String) {
        summary = "Tablet \(tablet) was not flashed."
        reason = what
        action = "Check its cable, put it back in Download mode (Volume Down + Volume Up while plugging it in), then run the same command for it."
        detail = nil
        exitCode = 2
    }
}
