import Foundation

/// `settings get|put|delete|list|reset` over global/secure/system, and `cmd alarm set-timezone`. Lock held.
extension AndroidPersona {
    static let settingsUsage = """
    Settings provider (settings) commands:
      help
          Print this help text.
      get [--user <USER_ID> | current] NAMESPACE KEY
          Retrieve the current value of KEY.
      put [--user <USER_ID> | current] NAMESPACE KEY VALUE [TAG] [default]
          Change the contents of KEY to VALUE.
      delete [--user <USER_ID> | current] NAMESPACE KEY
          Delete the entry for KEY.
      reset [--user <USER_ID> | current] NAMESPACE {PACKAGE_NAME | RESET_MODE}
          Reset the global/secure table for a package with mode.
      list [--user <USER_ID> | current] NAMESPACE
          Print all defined keys.
          NAMESPACE is one of {system, secure, global}, case-insensitive
    """

    func cmdSettings(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        var rest: [String] = []
        var i = 0
        while i < args.count {
            if args[i] == "--user" { i += 2; continue }
            if args[i] == "--lineage" { i += 1; continue }
            rest.append(args[i]); i += 1
        }
        func usage() -> Int32 { io.errLine(Self.settingsUsage); return 255 }
        guard let verb = rest.first else { return usage() }
        if verb == "help" || verb == "-h" { io.line(Self.settingsUsage); return 0 }
        guard rest.count >= 2 else { return usage() }
        let namespace = rest[1].lowercased()
        guard ["global", "secure", "system"].contains(namespace) else { return usage() }
        switch verb {
        case "get":
            guard rest.count >= 3 else { return usage() }
            io.line(settingValue(namespace, rest[2]) ?? "null")
        case "put":
            guard rest.count >= 4 else { return usage() }
            state.settings[namespace, default: [:]][rest[2]] = rest[3]
            record("settings:put:\(namespace)/\(rest[2])")
        case "delete":
            guard rest.count >= 3 else { return usage() }
            let existed = state.settings[namespace]?.removeValue(forKey: rest[2]) != nil
            if existed { record("settings:delete:\(namespace)/\(rest[2])") }
            io.line("Deleted \(existed ? 1 : 0) rows")
        case "list":
            let table = state.settings[namespace] ?? [:]
            for key in table.keys.sorted() { io.line("\(key)=\(table[key] ?? "")") }
        case "reset":
            record("settings:reset:\(namespace)")
        default:
            return usage()
        }
        return 0
    }

    /// Value of a setting, or nil ("null" for `settings get`).
    func settingValue(_ namespace: String, _ key: String) -> String? {
        state.settings[namespace]?[key]
    }

    /// `cmd alarm set-timezone ID`.
    func cmdAlarm(_ args: [String], _ io: inout PersonaIO) -> Int32 {
        guard args.first == "set-timezone" else {
            if args.first == "set-time" { return 0 }
            io.line("Alarm manager service (alarm) commands:\n  help\n    Print this help text.\n  set-time TIME\n    Set the system clock time to TIME where TIME is milliseconds since the Epoch.\n  set-timezone TZ\n    Set the system timezone to TZ where TZ is an Olson id.")
            return args.isEmpty || args.first == "help" ? 0 : 255
        }
        guard args.count >= 2 else {
            io.errLine("Exception occurred while executing 'set-timezone':\njava.lang.IllegalArgumentException: Argument expected after \"set-timezone\"")
            return 255
        }
        let zone = args[1]
        guard Self.isValidTimeZone(zone) else {
            io.errLine("""
            Exception occurred while executing 'set-timezone':
            java.lang.IllegalArgumentException: Timezone "\(zone)" is not valid
            \tat com.android.server.alarm.AlarmManagerService.setTimeZoneImpl(AlarmManagerService.java:2043)
            \tat com.android.server.alarm.AlarmManagerService$5.setTimeZone(AlarmManagerService.java:2810)
            \tat com.android.server.alarm.AlarmManagerService$ShellCmd.onCommand(AlarmManagerService.java:4884)
            \tat com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)
            \tat android.os.ShellCommand.exec(ShellCommand.java:38)
            """)
            return 255
        }
        state.identity.timeZone = zone
        record("alarm:set-timezone")
        return 0
    }

    /// Olson ids that Android's tzdata knows (Foundation's list on the host stands in for it).
    static func isValidTimeZone(_ id: String) -> Bool {
        !id.isEmpty && (TimeZone.knownTimeZoneIdentifiers.contains(id) || id == "UTC" || id == "GMT")
    }
}
