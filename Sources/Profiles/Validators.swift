import Diagnostics
import Foundation

/// Checks of single values (URLs, package names, SSIDs, passphrases, …), each reporting its own fix.
enum Validators {
    /// An https:// URL with a host; http:// is refused with the https fix.
    static func httpsURL(_ text: String, key: String, at location: FileLocation, sink: DiagnosticSink) -> URL? {
        if text.lowercased().hasPrefix("http://") {
            sink.report(
                location, Say.usesHTTP(key), fix: Say.useHTTPS(String(text.dropFirst("http://".count))))
            return nil
        }
        guard let url = URL(string: text), url.scheme?.lowercased() == "https", let host = url.host, !host.isEmpty
        else {
            sink.report(location, Say.notHTTPS(key), fix: Say.writeFullAddress)
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
                location, Say.pathMissing(key, url.path),
                fix: Say.pathRelativeTo((location.file as NSString).lastPathComponent))
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
                location, Say.notPackageName(text), fix: Say.notPackageNameFix)
            return nil
        }
        return text
    }

    /// An SSID of 1 to 32 bytes in UTF-8.
    static func ssid(_ text: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        let bytes = text.utf8.count
        if bytes == 0 {
            sink.report(location, Say.ssidEmpty, fix: Say.ssidEmptyFix)
            return nil
        }
        guard bytes <= 32 else {
            sink.report(
                location, Say.ssidTooLong(text, bytes: bytes), fix: Say.ssidTooLongFix)
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
            problem = Say.passphraseNotASCII
        } else if value.count < 8 {
            problem = Say.passphraseTooShort
        } else if value.count > 63 {
            problem = Say.passphraseTooLong
        } else {
            problem = nil
        }
        if let problem {
            sink.report(
                location, Say.passphraseProblem(ssid, origin: secret.origin, problem), fix: Say.passphraseFix)
        }
    }

    /// An 802.1X (EAP-PEAP) password: one line of at most 128 characters (RADIUS's limit). Never echoes the value.
    static func eapPassword(_ secret: SecretValue, ssid: String, at location: FileLocation, sink: DiagnosticSink) {
        let value = secret.reveal()
        let problem: String?
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problem = Say.eapPasswordControl
        } else if value.utf8.count > 128 {
            problem = Say.eapPasswordTooLong
        } else {
            problem = nil
        }
        if let problem {
            sink.report(
                location, Say.eapPasswordProblem(ssid, origin: secret.origin, problem), fix: Say.eapPasswordFix)
        }
    }

    /// An Olson time zone known to this system.
    static func timeZone(_ text: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        guard TimeZone(identifier: text) != nil else {
            let nearest = KeySuggestion.nearest(to: text, among: TimeZone.knownTimeZoneIdentifiers)
            sink.report(
                location, Say.notTimeZone(text), fix: nearest.map(Say.didYouMean) ?? Say.useOlsonName)
            return nil
        }
        return text
    }

    /// A locale such as `fr_FR` (language, optional region).
    static func locale(_ text: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        guard text.wholeMatch(of: /^[a-z]{2,3}(_[A-Z]{2})?$/) != nil else {
            sink.report(location, Say.notLocale(text), fix: Say.notLocaleFix)
            return nil
        }
        return text
    }

    /// 64 hex digits (a SHA-256), returned in lower case.
    static func sha256(_ text: String, at location: FileLocation, sink: DiagnosticSink) -> String? {
        guard text.count == 64, text.allSatisfy(\.isHexDigit) else {
            sink.report(location, Say.sha256Invalid, fix: Say.sha256InvalidFix)
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
            sink.report(location, Say.notDate(key), fix: Say.writeForExample(key, "\"2024-06-01\""))
            return nil
        }
        return text
    }
}
