/// The kinds of one family of tablet errors (ADB, fastboot, firmware flash): what callers branch on.
public protocol TabletErrorKind: RawRepresentable, Hashable, Sendable where RawValue == String {
    /// The exit status an error of this family calls for (see `ValiseError.exitCode`).
    static var exitCode: Int32 { get }
    /// Whether trying again (after a replug) may succeed: unplugged, offline, slow.
    var isTransient: Bool { get }
}

extension TabletErrorKind {
    /// The run failed.
    public static var exitCode: Int32 { 1 }
    /// Not transient unless the family says so.
    public var isTransient: Bool { false }
}

/// One tablet could not do what Valise asked, in words for school IT staff. `Kind` names the family:
/// `DeviceError` (ADB), `FastbootError`, `FirmwareFlashError`; each family adds its own constructors.
public struct TabletError<Kind: TabletErrorKind>: ValiseError, Equatable, CustomStringConvertible {
    /// The kind.
    public var kind: Kind
    /// The tablet, as people know it: "VAL1A2B3C4D (127.0.0.1:5555)".
    public var tablet: String
    public var summary: String
    public var reason: String
    public var action: String
    public var helpTopic: String?
    public var detail: String?
    public var exitCode: Int32 { Kind.exitCode }

    /// Creates an error.
    public init(_ kind: Kind, tablet: String, summary: String, reason: String, action: String,
                helpTopic: String? = nil, detail: String? = nil) {
        self.kind = kind
        self.tablet = tablet
        self.summary = summary
        self.reason = reason
        self.action = action
        self.helpTopic = helpTopic
        self.detail = detail
    }

    /// Whether trying again later may succeed (unplugged, offline, slow).
    public var isTransient: Bool { kind.isTransient }

    /// "summary — reason".
    public var description: String { "\(summary) — \(reason)" }
}
