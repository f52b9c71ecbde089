/// Merges profile layers: a later layer overrides an earlier one key by key.
///
/// Maps merge deeply; lists and scalars replace. Two maps are not merged but replaced when the later one is a
/// secret reference (`{env: …}`, `{file: …}`, `{secret: …}`) or when both name a different `type:` (a proxy
/// switching from `manual` to `pac`). A later `key: null` removes the inherited key.
enum LayerMerge {
    /// `over` laid on top of `base`.
    static func merge(_ base: ProfileNode, _ over: ProfileNode) -> ProfileNode {
        guard let baseEntries = base.entries, let overEntries = over.entries,
            !SecretReference.looksLikeReference(over), !typeChanges(base, over)
        else { return over }
        var result = baseEntries
        for entry in overEntries {
            let index = result.firstIndex(where: { $0.key == entry.key })
            if case .scalar(_, .null) = entry.value.value {
                if let index { result.remove(at: index) }
                continue
            }
            if let index {
                let merged = merge(result[index].value, entry.value)
                result[index] = .init(key: entry.key, keyLocation: entry.keyLocation, value: merged)
            } else {
                result.append(entry)
            }
        }
        return ProfileNode(value: .mapping(result), location: over.location)
    }

    private static func typeChanges(_ base: ProfileNode, _ over: ProfileNode) -> Bool {
        guard let old = base["type"]?.scalarText, let new = over["type"]?.scalarText else { return false }
        return old != new
    }
}
