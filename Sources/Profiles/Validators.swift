import Diagnostics
import Foundation

/// Checks of single values (URLs, package names, SSIDs, passphrases, …), each reporting its own fix.
enum Validators {
    /// An https:// URL with a host; http:// is refused with the https fix.
    static func httpsURL(_ text: String, key: String, at location: FileLocation, sink: DiagnosticSink) -> URL? {
        if text.lowercased().hasPrefix("http://") {
            sink.report(
                location, "'\(key)' uses http://, which tablets would send unencrypted",
                fix: "use https://\(text.dropFirst("http://".count))")
            return nil
        }
        guard let url = URL(string: text), url.scheme?.lowercased() == "https", let host = url.host, !host.isEmpty
        else {
            sink.report(location, "'\(key)' is not an https:// address", fix: "write a full address such as https://www.example.fr/")
            return nil
        }
        return url
    }

    /// A path relative to the folder of the file at `location`.
    static func path(
        _ text: String, key: String, at location: FileLocation, mustExist: Bool, sink: DiagnosticSink
    ) -> URL? {
        let base = URL(fileURLWithPath: location.file).deletingLastPathComponent()
        let url = URL(fileURLWithPath: text, relativeTo: base).standardizedFileURL
        if mustExist && !FileManager.default.fileExists(atPath: url.path) {
            sink.report(
                location, "'\(key)' names \(url.path), which does not exist",
                fix: "check the path; it is relative to the folder of \((location.file as NSString).lastPathComponent)")
            return nil
        }
        return url
    }

    /// An Android package name such as `fr.valise.agent`.
    static func isPackageName(_ text: String) -> Bool {
        text.wholeMatch(of: /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/) != nil
    }

    /// Reports `text` unless it is an Android package name.
    @discardableResult
    static func packageName(_ text: String, key: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        guard isPackageName(text) else {
            sink.report(
                location, "'\(text)' is not an Android package name",
                fix: "write the app's package, such as fr.valise.agent (see the Play Store address: ?id=…)")
            return nil
        }
        return text
    }

    /// An SSID of 1 to 32 bytes in UTF-8.
    static func ssid(_ text: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        let bytes = text.utf8.count
        if bytes == 0 {
            sink.report(location, "the SSID is empty", fix: "write the network's name as the tablets see it")
            return nil
        }
        guard bytes <= 32 else {
            sink.report(
                location, "the SSID '\(text)' is \(bytes) bytes long in UTF-8; Wi-Fi allows at most 32",
                fix: "shorten the network's name on the access point and here (accented letters count 2 bytes)")
            return nil
        }
        return text
    }

    /// A WPA passphrase: 8 to 63 printable ASCII characters, or 64 hex digits. Never echoes the value.
    static func passphrase(_ secret: SecretValue, ssid: String, at location: FileLocation, sink: DiagnosticSink) {
        let value = secret.reveal()
        let isHex = value.count == 64 && value.allSatisfy(\.isHexDigit)
        let isASCII = value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        guard !isHex else { return }
        let problem: String?
        if !isASCII {
            problem = "contains characters that are not plain ASCII (accents, emoji or control characters)"
        } else if value.count < 8 {
            problem = "is shorter than 8 characters"
        } else if value.count > 63 {
            problem = "is longer than 63 characters and is not 64 hex digits"
        } else {
            problem = nil
        }
        if let problem {
            sink.report(
                location, "the passphrase of '\(ssid)' (from \(secret.origin)) \(problem)",
                fix: "a WPA passphrase is 8 to 63 ASCII characters or 64 hex digits; change it where it is stored")
        }
    }

    /// An 802.1X (EAP-PEAP) password: one line of at most 128 characters (RADIUS's limit). Never echoes the value.
    static func eapPassword(_ secret: SecretValue, ssid: String, at location: FileLocation, sink: DiagnosticSink) {
        let value = secret.reveal()
        let problem: String?
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problem = "contains line breaks or control characters"
        } else if value.utf8.count > 128 {
            problem = "is longer than 128 bytes"
        } else {
            problem = nil
        }
        if let problem {
            sink.report(
                location, "the 802.1X password of '\(ssid)' (from \(secret.origin)) \(problem)",
                fix: "an 802.1X password is one line of at most 128 characters; change it where it is stored")
        }
    }

    /// An Olson time zone known to this system.
    static func timeZone(_ text: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        guard TimeZone(identifier: text) != nil else {
            let nearest = KeySuggestion.nearest(to: text, among: TimeZone.knownTimeZoneIdentifiers)
            sink.report(
                location, "'\(text)' is not a known time zone",
                fix: nearest.map { "did you mean '\($0)'?" } ?? "use an Olson name such as America/Marigot")
            return nil
        }
        return text
    }

    /// A locale such as `fr_FR` (language, optional region).
    static func locale(_ text: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        guard text.wholeMatch(of: /^[a-z]{2,3}(_[A-Z]{2})?$/) != nil else {
            sink.report(location, "'\(text)' is not a locale such as fr_FR", fix: "write the language in lower case, an underscore, then the country in upper case: fr_FR")
            return nil
        }
        return text
    }

    /// 64 hex digits (a SHA-256), returned in lower case.
    static func sha256(_ text: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        guard text.count == 64, text.allSatisfy(\.isHexDigit) else {
            sink.report(location, "'sha256' must be 64 hex digits", fix: "run: sha256sum FILE.apk and copy the first column")
            return nil
        }
        return text.lowercased()
    }

    /// A date written YYYY-MM-DD.
    static func date(_ text: String, key: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        if parts.count == 3, text.count == 10 {
            (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard components.year != nil, components.isValidDate(in: calendar) else {
            sink.report(location, "'\(key)' is not a date written YYYY-MM-DD", fix: "write for example \(key): \"2024-06-01\"")
            return nil
        }
        return text
    }
}
