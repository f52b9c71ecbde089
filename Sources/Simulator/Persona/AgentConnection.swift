import Foundation
import Synchronization
import Signing

/// One stream opened by the host to the device-owner agent's abstract socket `valise-agent`
/// (ADB service `localabstract:valise-agent`). Sans-I/O: the ADB side feeds bytes, sends back what is returned.
///
/// Protocol: one request line ending in "\n", answered by one line ending in "\n"; several requests may share a stream.
/// `STATUS` → `OK <sha256 hex of the applied bundle>` or `OK -`; `TRUST <n>` + n bytes of PEM → `OK`;
/// `APPLY <b> <s> <c>` + b bytes of bundle JSON + s bytes of SHA256withRSA signature + c bytes of the signer's DER
/// certificate → `OK <sha256 hex of the bundle> <read-back report>` (docs/agent-protocol.md).
/// Errors are `ERR <code> <message>` (codes: no-ca, not-owner, bad-signature, bad-json, expired, stale-sequence,
/// too-large, bad-ca, already-trusted, unknown-command). One instance per stream; not shared between threads.
public final class AgentConnection {
    /// Longest request line accepted (without its newline).
    public static let maxLineLength = 1024
    /// Largest bundle accepted by APPLY.
    public static let maxBundleBytes = 8 * 1024 * 1024
    /// Largest signature accepted by APPLY.
    public static let maxSignatureBytes = 64 * 1024
    /// Largest CA certificate accepted by TRUST, and largest signer certificate accepted by APPLY.
    public static let maxCABytes = 64 * 1024

    private enum Phase {
        case line
        case trust(need: Int)
        case apply(bundle: Int, signature: Int, certificate: Int)
        case discard(remaining: Int)
    }

    private let persona: AndroidPersona
    private var phase = Phase.line
    private var pending: [UInt8] = []
    /// True after a fatal framing error (over-long request line); the ADB side should close the stream.
    public private(set) var wantsClose = false

    init(persona: AndroidPersona) { self.persona = persona }

    /// Feed bytes received from the host; returns bytes to send back (possibly empty). Handles requests split
    /// across calls or several in one call.
    public func receive(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count && !wantsClose {
            switch phase {
            case .line:
                if let nl = bytes[i...].firstIndex(of: 0x0A) {
                    pending += bytes[i..<nl]
                    i = nl + 1
                    let line = pending
                    pending = []
                    if line.count > Self.maxLineLength {
                        out += reply("ERR unknown-command request line longer than \(Self.maxLineLength) bytes")
                        wantsClose = true
                    } else {
                        out += handleLine(line)
                    }
                } else {
                    pending += bytes[i...]
                    i = bytes.count
                    if pending.count > Self.maxLineLength {
                        out += reply("ERR unknown-command request line longer than \(Self.maxLineLength) bytes")
                        pending = []
                        wantsClose = true
                    }
                }
            case .discard(let remaining):
                let take = min(remaining, bytes.count - i)
                i += take
                phase = remaining - take == 0 ? .line : .discard(remaining: remaining - take)
            case .trust(let need):
                if let body = collect(need, from: bytes, at: &i) { out += reply(persona.agentTrust(pem: body)) }
            case let .apply(bundle, signature, certificate):
                if let body = collect(bundle + signature + certificate, from: bytes, at: &i) {
                    out += reply(persona.agentApply(bundle: Array(body[..<bundle]), signature: Array(body[bundle..<(bundle + signature)]),
                                                    certificate: Array(body[(bundle + signature)...])))
                }
            }
        }
        return out
    }

    /// Adds to the request body being read what `bytes` holds of it from `i` on; once it has all `need` bytes,
    /// returns it and goes back to reading request lines.
    private func collect(_ need: Int, from bytes: [UInt8], at i: inout Int) -> [UInt8]? {
        let take = min(need - pending.count, bytes.count - i)
        pending += bytes[i..<(i + take)]
        i += take
        guard pending.count == need else { return nil }
        defer { pending = []; phase = .line }
        return pending
    }

    private func reply(_ text: String) -> [UInt8] { Array((text + "\n").utf8) }

    /// Parses one request line and either answers at once or switches to reading a body.
    private func handleLine(_ raw: [UInt8]) -> [UInt8] {
        var line = String(decoding: raw, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first else { return reply("ERR unknown-command empty request") }
        func count(_ text: String) -> Int? {
            guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return Int(text) ?? Int.max
        }
        switch verb {
        case "STATUS" where words.count == 1:
            return reply("OK " + (persona.agentAppliedDigest ?? "-"))
        case "TRUST":
            guard words.count == 2, let n = count(words[1]) else { return reply("ERR unknown-command usage: TRUST <bytes>") }
            if n > Self.maxCABytes {
                phase = n == 0 ? .line : .discard(remaining: n)
                return reply("ERR too-large CA certificate of \(n) bytes exceeds \(Self.maxCABytes)")
            }
            if n == 0 { return reply(persona.agentTrust(pem: [])) }
            phase = .trust(need: n)
            return []
        case "APPLY":
            guard words.count == 4, let b = count(words[1]), let s = count(words[2]), let c = count(words[3]) else {
                return reply("ERR unknown-command usage: APPLY <bundle-bytes> <signature-bytes> <certificate-bytes>")
            }
            if b > Self.maxBundleBytes || s > Self.maxSignatureBytes || c > Self.maxCABytes {
                let total = [b, s, c].reduce(0) { $0 > Int.max - $1 ? Int.max : $0 + $1 }
                phase = .discard(remaining: total)
                return reply("ERR too-large bundle \(b) bytes (max \(Self.maxBundleBytes)), signature \(s) bytes "
                    + "(max \(Self.maxSignatureBytes)), certificate \(c) bytes (max \(Self.maxCABytes))")
            }
            if b + s + c == 0 { return reply(persona.agentApply(bundle: [], signature: [], certificate: [])) }
            phase = .apply(bundle: b, signature: s, certificate: c)
            return []
        default:
            let shown = verb.count > 32 ? String(verb.prefix(32)) + "…" : verb
            return reply("ERR unknown-command \(shown)")
        }
    }
}

extension AndroidPersona {
    /// The device-owner agent (one connection per opened `localabstract:valise-agent` stream).
    public func makeAgentConnection() -> AgentConnection { AgentConnection(persona: self) }

    /// sha256 hex of the last applied bundle, if any.
    var agentAppliedDigest: String? { lock.withLock { state.agent.appliedDigest } }

    /// Handles a TRUST body; returns the reply line (without newline).
    func agentTrust(pem bytes: [UInt8]) -> String {
        if lock.withLock({ state.agent.trustedCAPEM != nil }) { return "ERR already-trusted a CA is already trusted" }
        guard let factory = verifierFactory else { return "ERR bad-ca verification unavailable" }
        let pem = String(decoding: bytes, as: UTF8.self)
        guard pem.contains("-----BEGIN CERTIFICATE-----"), pem.contains("-----END CERTIFICATE-----") else {
            return "ERR bad-ca not a PEM certificate"
        }
        do { _ = try factory.makeVerifier(trustedCAPEM: pem) } catch { return "ERR bad-ca \(Self.oneLine(error))" }
        return mutate {
            if state.agent.trustedCAPEM != nil { return "ERR already-trusted a CA is already trusted" }
            state.agent.trustedCAPEM = pem
            record("agent:trust")
            return "OK"
        }
    }

    /// Handles an APPLY body; returns the reply line (without newline). Nothing is applied unless every check passes.
    func agentApply(bundle: [UInt8], signature: [UInt8], certificate: [UInt8], now: Date = Date()) -> String {
        let (ca, owner) = lock.withLock { (state.agent.trustedCAPEM, effectiveDeviceOwner) }
        guard let ca else { return "ERR no-ca no CA trusted yet: send TRUST first" }
        guard let owner, Self.componentInfo(owner) == Self.componentInfo(Self.agentAdmin) else {
            return "ERR not-owner \(Self.agentPackage) is not device owner"
        }
        guard let factory = verifierFactory else { return "ERR bad-signature verification unavailable" }
        do {
            try factory.makeVerifier(trustedCAPEM: ca).verify(content: bundle, signature: signature, certificate: certificate)
        } catch { return "ERR bad-signature \(Self.oneLine(error))" }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bundle)), let json = object as? [String: Any] else {
            return "ERR bad-json bundle is not a JSON object"
        }
        if let problem = BundleShape.bundle.problem(json, at: "") ?? Self.valueProblem(json) { return "ERR bad-json \(problem)" }
        if let problem = Self.datesProblem(json, now: now) { return "ERR expired \(problem)" }
        let sequence = (json["sequence"] as? NSNumber)?.intValue ?? 0
        let digest = Digest.hex(Digest.sha256(bundle))
        return mutate {
            if let last = state.agent.lastSequence, sequence <= last {
                return "ERR stale-sequence sequence \(sequence) is not greater than last applied \(last)"
            }
            applyBundleLocked(json)
            state.agent.lastSequence = sequence
            state.agent.appliedDigest = digest
            record("agent:apply")
            return "OK \(digest) \(agentReportLocked())"
        }
    }

    /// Values the schema's types allow but Android would not take.
    static func valueProblem(_ json: [String: Any]) -> String? {
        if let format = json["format"] as? Int, format != 1 { return "field \"format\" is \(format); this agent reads format 1" }
        let securities: Set = ["open", "wpa2-psk", "wpa3-sae", "eap-peap", "eap-tls"]
        for (index, network) in (json["wifi"] as? [[String: Any]] ?? []).enumerated() {
            let security = network["security"] as? String ?? ""
            if !securities.contains(security) {
                return "field \"wifi[\(index)].security\" is \"\(security)\"; expected one of \(securities.sorted().joined(separator: ", "))"
            }
            if security == "wpa2-psk" || security == "wpa3-sae", network["passphrase"] == nil {
                return "wifi[\(index)] is \(security) but has no passphrase"
            }
            if security.hasPrefix("eap-"), network["eap"] == nil { return "wifi[\(index)] is \(security) but has no eap settings" }
        }
        if let policy = (json["system_update"] as? [String: Any])?["policy"] as? String,
           !["automatic", "windowed", "postpone", "none"].contains(policy) {
            return "field \"system_update.policy\" is \"\(policy)\"; expected automatic, windowed, postpone or none"
        }
        return nil
    }

    /// The bundle's validity: `expires_at` not past, `issued_at` at most 5 minutes ahead of the tablet's clock.
    /// RFC 3339 dates in UTC ("2026-09-01T08:00:00Z"), read with a format style (no ICU, no lock).
    static func datesProblem(_ json: [String: Any], now: Date) -> String? {
        let rfc3339 = Date.ISO8601FormatStyle()
        let issuedText = json["issued_at"] as? String, expiresText = json["expires_at"] as? String
        guard let issued = issuedText.flatMap({ try? rfc3339.parse($0) }), let expires = expiresText.flatMap({ try? rfc3339.parse($0) }) else {
            return "issued_at or expires_at is not an RFC 3339 date"
        }
        if expires < now { return "bundle expired at \(rfc3339.format(expires))" }
        if issued.timeIntervalSince(now) > 300 { return "bundle issued at \(rfc3339.format(issued)), in the future" }
        return nil
    }

    static func oneLine(_ error: any Error) -> String {
        String(describing: error).replacingOccurrences(of: "\n", with: " ")
    }
}
