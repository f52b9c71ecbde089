/// Suggests the valid key nearest to a misspelt one, by edit distance (with transpositions).
public enum KeySuggestion {
    /// The nearest of `candidates` to `key`, if it is close enough to be a likely typo.
    public static func nearest(to key: String, among candidates: [String]) -> String? {
        let lowered = key.lowercased()
        if lowered.count >= 4, let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(lowered) }) {
            return prefixed
        }
        var best: (key: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(2, min(key.count, best.key.count) / 3)
        return best.distance <= limit ? best.key : nil
    }

    /// The fix for an unknown key: "did you mean 'x'?" or the list of valid keys.
    public static func fix(for key: String, among candidates: [String]) -> String {
        if let nearest = nearest(to: key, among: candidates) { return Say.didYouMean(nearest) }
        return Say.removeKeyValidAre(candidates)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let s = Array(a)
        let t = Array(b)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: t.count + 1), count: s.count + 1)
        for i in 0...s.count { table[i][0] = i }
        for j in 0...t.count { table[0][j] = j }
        for i in 1...s.count {
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    value = min(value, table[i - 2][j - 2] + 1)
                }
                table[i][j] = value
            }
        }
        return table[s.count][t.count]
    }
}
