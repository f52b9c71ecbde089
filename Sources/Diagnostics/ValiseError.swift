/// An error written for school IT staff: what happened, why, and the exact fix.
///
/// The command line renders these, and every other error, in one place (ValiseCLI's `ErrorRenderer`):
/// `Error: <summary>` / `Why: <reason>` / `Fix: <action>` / `Help: docs/troubleshooting.md#<topic>`.
/// Callers decide on an error's kind (`TabletError.kind`, `InventoryError.kind`), never on its words or its help topic.
public protocol ValiseError: Error, Sendable {
    /// What happened, naming the tablet (slot and serial) or the file.
    var summary: String { get }
    /// Why it happened, in plain words.
    var reason: String { get }
    /// The exact fix: what to do or run.
    var action: String { get }
    /// A help topic (a heading in docs/), when one exists.
    var helpTopic: String? { get }
    /// Technical detail (errno, protocol state) shown only with --verbose.
    var detail: String? { get }
    /// The process exit status this error calls for (1: the run failed; 2: some tablets need attention; 65: bad input).
    var exitCode: Int32 { get }
}

extension ValiseError {
    /// No help topic by default.
    public var helpTopic: String? { nil }
    /// No technical detail by default.
    public var detail: String? { nil }
    /// The run failed.
    public var exitCode: Int32 { 1 }
}
