import ADB
import Diagnostics
import Transports

/// How much Valise takes from a tablet before it stops that tablet with an error (README, "Under faults and
/// hostile input"). Every figure bounds memory and what is stored, whatever the tablet sends; a tablet past one
/// fails alone, the others carry on.
public enum TabletLimits {
    /// Output (standard output and error together) of a command Valise runs for itself (`getprop`, `dumpsys`, `pm`).
    /// `valise shell` streams instead, without a bound (Ctrl-C stops it).
    public static let shellOutputBytes = 1 << 20
    /// One property value as `getprop` prints it. What is kept of it is then cut to `TabletText.maxValueLength`.
    public static let propertyBytes = 4 << 10
    /// Entries of one directory listing over sync (each name at most 4 KiB, checked by the decoder).
    public static let listEntries = 100_000
    /// The device's CNXN banner: nothing over 4 KiB is read before the handshake (the ADB v1 payload size).
    public static let bannerBytes = ADBProtocol.maxPayloadV1
    /// One answer line of the device-owner agent (checked by `AgentClient`).
    public static let agentLineBytes = AgentClient.maxAnswerBytes

    /// The error of a tablet that sent more than `limit` bytes where Valise reads at most that.
    static func tooMuch(_ label: String, _ what: String, limit: Int) -> DeviceError {
        tooMuch(label, what, limit: byteText(limit))
    }

    /// The error of a tablet that sent more than `limit` (a size, a count) where Valise reads at most that.
    static func tooMuch(_ label: String, _ what: String, limit: String) -> DeviceError {
        DeviceError(.protocolViolation, tablet: label, summary: Say.tabletSentMoreThanRead(label, what),
                    reason: Say.readsAtMost(limit), action: Say.tooMuchFix,
                    helpTopic: "tablet-protocol-error", detail: "\(what): over \(limit) bytes")
    }

    static func byteText(_ bytes: Int) -> String { Say.byteCount(bytes) }
}

extension ADBDevice {
    /// The tablet on `session`, named by `serial` (from USB or `getprop ro.serialno`; empty: `place`). A serial outside
    /// Android's set (letters, digits, `.`, `-`, `_`, `:`; at most `TabletText.maxSerialLength`) is refused before it is
    /// used anywhere (files, journal, reports, commands), and the connection is closed.
    public static func named(_ serial: String, session: ADBSession, place: String) throws -> ADBDevice {
        if serial.isEmpty { return ADBDevice(session: session, serial: place) }
        guard TabletText.isValidSerial(serial) else {
            session.close()
            throw DeviceError(.badInput, tablet: place, summary: Say.unusableSerial(place, serial: TabletText.clean(serial, limit: 40)),
                              reason: Say.unusableSerialReason(maxLength: TabletText.maxSerialLength),
                              action: Say.unusableSerialFix,
                              helpTopic: "invalid-serial")
        }
        return ADBDevice(session: session, serial: serial)
    }

    /// Reads `ro.serialno` within the session's step deadline and names the tablet by it.
    static func identify(_ session: ADBSession, place: String) throws -> ADBDevice {
        do {
            let serial = try session.withDeadline(session.options.stepTimeout, Say.deadlineToSaySerial) {
                try ADBDevice(session: session, serial: place).property("ro.serialno")
            }
            return try named(serial, session: session, place: place)
        } catch {
            session.close()
            throw error
        }
    }
}
