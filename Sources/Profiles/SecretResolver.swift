import Diagnostics
import Foundation

/// Turns secret references into `SecretValue`s: environment variables, 0600 files next to the profile, and
/// named secrets in `$VALISE_HOME/secrets.yaml` (itself 0600). Never puts a secret's value in a diagnostic.
final class SecretResolver {
    private enum StoreState {
        case notLoaded
        case unusable
        case loaded([String: String], file: String)
    }

    private let environment: [String: String]
    private let sink: DiagnosticSink
    private var store: StoreState = .notLoaded
    /// Every named secret the profile uses: a missing secrets.yaml names them all at once.
    private let needed: [String]

    init(environment: [String: String], sink: DiagnosticSink, needed: [String] = []) {
        self.environment = environment
        self.sink = sink
        self.needed = needed
    }

    /// The folder holding `secrets.yaml`: `$VALISE_HOME`, else `~/.local/share/valise`.
    var valiseHome: URL {
        if let home = environment["VALISE_HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        let userHome = environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return userHome.appendingPathComponent(".local/share/valise")
    }

    /// Resolves the reference written at `node`; `what` names the secret for messages. A value that holds a PEM
    /// block (a key or a certificate) is refused whatever its source: no password or passphrase looks like that.
    func resolve(_ node: ProfileNode, what: String) -> SecretValue? {
        guard let value = lookUp(node, what: what) else { return nil }
        if SecretShape.holdsPEM(value.reveal()) {
            sink.report(
                node.location, Say.secretHoldsPEM(what, origin: value.origin), fix: Say.secretHoldsPEMFix)
            return nil
        }
        return value
    }

    private func lookUp(_ node: ProfileNode, what: String) -> SecretValue? {
        guard let reference = SecretReference.read(node, what: what, sink: sink) else { return nil }
        switch reference {
        case .env(let name):
            guard let value = environment[name], !value.isEmpty else {
                sink.report(
                    node.location, Say.secretEnvNotSet(what, name), fix: Say.secretEnvNotSetFix(name))
                return nil
            }
            return SecretValue(value, origin: "env \(name)")
        case .file(let path):
            let base = URL(fileURLWithPath: node.location.file).deletingLastPathComponent()
            let url = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
            return readSecretFile(url, what: what, at: node.location)
        case .secret(let name):
            return named(name, what: what, at: node.location)
        }
    }

    private func readSecretFile(_ url: URL, what: String, at location: FileLocation) -> SecretValue? {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            sink.report(
                location, Say.secretFileMissing(what, path), fix: Say.secretFileMissingFix(path))
            return nil
        }
        guard !isKeyMaterial(path, what: what, at: location) else { return nil }
        guard FileModes.isPrivate(path, reportingTo: sink, at: location) else { return nil }
        guard let data = FileContents.read(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            sink.report(location, Say.secretFileNotText(path), fix: Say.secretFileNotTextFix)
            return nil
        }
        let value = Self.trimmingLineEnd(text)
        guard !value.isEmpty else {
            sink.report(location, Say.secretFileEmpty(path), fix: Say.secretFileEmptyFix)
            return nil
        }
        return SecretValue(value, origin: Say.secretFromFile(path))
    }

    /// Whether `path` is Valise's own key material (anything under `$VALISE_HOME/keys`, the ADB keys), links and
    /// ".." resolved first; if so, reports it without reading it.
    func isKeyMaterial(_ path: String, what: String, at location: FileLocation,
                       fix: String = Say.keyMaterialFix) -> Bool {
        let real = SecretShape.realPath(path)
        let keys = SecretShape.realPath(valiseHome.appendingPathComponent("keys").path)
        let adbKeys = [valiseHome.appendingPathComponent("adbkey").path,
                       (environment["HOME"] ?? NSHomeDirectory()) + "/.android/adbkey"].map(SecretShape.realPath)
        guard real == keys || real.hasPrefix(keys + "/") || adbKeys.contains(real) else { return false }
        sink.report(
            location, Say.isKeyMaterial(what, path, real: real == path ? nil : real), fix: fix)
        return true
    }

    private func named(_ name: String, what: String, at location: FileLocation) -> SecretValue? {
        let file = valiseHome.appendingPathComponent("secrets.yaml").standardizedFileURL.path
        if case .notLoaded = store { store = loadStore(file, firstUse: location) }
        guard case .loaded(let secrets, let storePath) = store else { return nil }
        guard let value = secrets[name] else {
            sink.report(
                location, Say.secretNotInStore(what, name, storePath), fix: Say.addSecretLine(name, storePath))
            return nil
        }
        return SecretValue(value, origin: "secret '\(name)'")
    }

    private func loadStore(_ path: String, firstUse location: FileLocation) -> StoreState {
        guard FileManager.default.fileExists(atPath: path) else {
            sink.report(location, Say.secretStoreMissing(needed, path), fix: Say.secretStoreMissingFix(needed, path))
            return .unusable
        }
        guard FileModes.isPrivate(path, reportingTo: sink, at: .start(of: path)) else { return .unusable }
        switch LayerParser.parse(fileAt: URL(fileURLWithPath: path), displayPath: path) {
        case .failure(let diagnostic):
            sink.append(contentsOf: [diagnostic])
            return .unusable
        case .success(let node):
            guard let entries = node.entries else {
                sink.report(node.location, Say.secretStoreNotMap, fix: Say.secretStoreNotMapFix)
                return .unusable
            }
            var secrets: [String: String] = [:]
            for entry in entries {
                guard case .scalar(let text, let kind) = entry.value.value, kind != .null, !text.isEmpty else {
                    sink.report(
                        entry.value.location, Say.secretNoText(entry.key), fix: Say.secretNoTextFix(entry.key))
                    continue
                }
                secrets[entry.key] = text
            }
            return .loaded(secrets, file: path)
        }
    }

    static func trimmingLineEnd(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == "\n" || last == "\r\n" || last == "\r" { result = result.dropLast() }
        return String(result)
    }
}

/// What a secret's value may look like, and where it may come from.
enum SecretShape {
    /// Whether `text` holds a PEM block ("-----BEGIN …", a private key in particular).
    static func holdsPEM(_ text: String) -> Bool {
        text.contains("-----BEGIN ") || text.contains("PRIVATE KEY-----")
    }

    /// `path` with every link and "." or ".." resolved (realpath(3)); as given when it does not exist.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return URL(fileURLWithPath: path).standardizedFileURL.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// File permission checks for secret and key files.
enum FileModes {
    /// Whether only the owner can read `path` (a link: the file it points to, whose mode is what counts);
    /// if not, reports the file and the `chmod 600` fix, naming the link's target.
    static func isPrivate(_ path: String, reportingTo sink: DiagnosticSink, at location: FileLocation) -> Bool {
        let target = SecretShape.realPath(path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: target),
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue
        else {
            sink.report(location, Say.permissionsUnreadable(path), fix: Say.permissionsUnreadableFix)
            return false
        }
        guard mode & 0o077 == 0 else {
            let shown = String(mode & 0o777, radix: 8, uppercase: false).leftPadded(to: 4)
            sink.report(
                location, Say.readableByOthers(path, linkTo: target == path ? nil : target, mode: shown),
                fix: Say.runChmod600(target))
            return false
        }
        return true
    }
}

extension String {
    /// The string padded on the left with zeros to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
