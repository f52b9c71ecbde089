import Diagnostics

/// A reference to a secret as written in a profile: `{env: VAR}`, `{file: PATH}` or `{secret: NAME}`.
enum SecretReference: Sendable, Equatable {
    case env(String)
    case file(String)
    case secret(String)

    /// The keys a reference map may have.
    static let keys = ["env", "file", "secret"]

    /// Every `{secret: NAME}` in `node` and below, each name once, in the order written.
    static func secretNames(in node: ProfileNode) -> [String] {
        var names: [String] = []
        func walk(_ node: ProfileNode) {
            if looksLikeReference(node), let name = node["secret"]?.scalarText, !name.isEmpty {
                if !names.contains(name) { names.append(name) }
                return
            }
            node.entries?.forEach { walk($0.value) }
            node.items?.forEach(walk)
        }
        walk(node)
        return names
    }

    /// Whether `node` is a map made only of reference keys (so layer merging replaces it whole).
    static func looksLikeReference(_ node: ProfileNode) -> Bool {
        guard let entries = node.entries, !entries.isEmpty else { return false }
        return entries.allSatisfy { keys.contains($0.key) }
    }

    /// Reads a reference, reporting what is wrong with it. `what` names the secret ("the Wi-Fi passphrase").
    static func read(_ node: ProfileNode, what: String, sink: DiagnosticSink) -> SecretReference? {
        guard let entries = node.entries else {
            if case .scalar(_, .null) = node.value {
                sink.report(node.location, Say.secretIsEmpty(what), fix: Say.secretIsEmptyFix)
            } else {
                sink.report(
                    node.location, Say.secretWrittenInProfile(what), fix: Say.secretWrittenInProfileFix)
            }
            return nil
        }
        var found: [SecretReference] = []
        for entry in entries {
            guard keys.contains(entry.key) else {
                sink.report(.unknownKey(entry.key, at: entry.keyLocation, among: keys, in: Say.aSecretReference))
                continue
            }
            guard case .scalar(let text, let kind) = entry.value.value, kind != .null, !text.isEmpty else {
                let (noun, example) = describe(entry.key)
                sink.report(
                    entry.value.location, Say.referenceMustName(entry.key, noun),
                    fix: Say.writeForExampleBraces(entry.key, example))
                continue
            }
            switch entry.key {
            case "env": found.append(.env(text))
            case "file": found.append(.file(text))
            default: found.append(.secret(text))
            }
        }
        if found.count > 1 {
            sink.report(
                node.location, Say.secretManySources(what), fix: Say.secretManySourcesFix)
            return nil
        }
        if found.isEmpty && entries.allSatisfy({ keys.contains($0.key) }) {
            sink.report(node.location, Say.secretNoSource(what), fix: Say.secretNoSourceFix)
        }
        return found.first
    }

    private static func describe(_ key: String) -> (noun: String, example: String) {
        switch key {
        case "env": return (Say.anEnvironmentVariable, "WIFI_PSK")
        case "file": return (Say.aFile, "secrets/wifi-psk")
        default: return (Say.aSecretInStore, "wifi-school")
        }
    }
}
