import Diagnostics
import Foundation

/// `HOST:PORT`, or a range `HOST:PORT-PORT`, as given to `--tcp` or `VALISE_TCP`.
public struct TCPAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host: a name, an IPv4 address, or an IPv6 address without brackets.
    public var host: String
    /// The port.
    public var port: UInt16

    /// Creates an address.
    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// "host:port", IPv6 in brackets.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Why an address was refused.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        /// The text as given.
        public let text: String
        /// The explanation.
        public var description: String {
            Say.notTCPAddress(text)
        }
    }

    /// Parses one `HOST:PORT` or `HOST:PORT-PORT` (at most 1024 ports in a range).
    public static func parse(_ text: String) throws -> [TCPAddress] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let host: String
        let ports: Substring
        if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") {
            host = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
            let rest = trimmed[trimmed.index(after: close)...]
            guard rest.hasPrefix(":") else { throw ParseError(text: text) }
            ports = rest.dropFirst()
        } else {
            guard let colon = trimmed.lastIndex(of: ":"), !trimmed[..<colon].contains(":") else { throw ParseError(text: text) }
            host = String(trimmed[..<colon])
            ports = trimmed[trimmed.index(after: colon)...]
        }
        guard !host.isEmpty else { throw ParseError(text: text) }
        let bounds = ports.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count), let first = UInt16(bounds[0]), first > 0,
              let last = bounds.count == 2 ? UInt16(bounds[1]) : first, last >= first, Int(last) - Int(first) < 1024
        else { throw ParseError(text: text) }
        return (first...last).map { TCPAddress(host: host, port: $0) }
    }

    /// Parses every address in `texts` and in a comma-separated `environment` value, without duplicates.
    public static func parseAll(_ texts: [String], environment: String? = nil) throws -> [TCPAddress] {
        let fromEnvironment = environment?.split(separator: ",").map(String.init) ?? []
        var seen = Set<TCPAddress>()
        var out: [TCPAddress] = []
        for text in texts.flatMap({ $0.split(separator: ",").map(String.init) }) + fromEnvironment {
            for address in try parse(text) where seen.insert(address).inserted { out.append(address) }
        }
        return out
    }
}
